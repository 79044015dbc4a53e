package ai.smiling4j.environments.classic;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code java-point-mass}, a pure-Java point mass to push onto a target (observation 4, action 2). */
public final class PointMassProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PointMassProvider() {
        super(PointMassReach.NAME, "point mass to push onto a target in pure Java, like DMC point_mass-easy (obs 4, act 2)",
                PointMassReach::spec, PointMassReach::new);
    }
}
