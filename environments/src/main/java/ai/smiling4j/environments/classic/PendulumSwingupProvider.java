package ai.smiling4j.environments.classic;

import ai.smiling4j.environments.shared.TaskProvider;

/** Provides {@code java-pendulum-swingup}, a pure-Java pendulum swing-up (observation 3, action 1). */
public final class PendulumSwingupProvider extends TaskProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PendulumSwingupProvider() {
        super(PendulumSwingup.NAME, "pendulum swing-up in pure Java, like DMC pendulum-swingup (obs 3, act 1)",
                PendulumSwingup::spec, PendulumSwingup::new);
    }
}
