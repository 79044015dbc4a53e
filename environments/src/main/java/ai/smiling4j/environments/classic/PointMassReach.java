package ai.smiling4j.environments.classic;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.util.SplittableRandom;

/**
 * Push a point mass ({@link PointMass.Constants#DMC}) onto a target of radius 0.015 m at the
 * centre of the arena, like DeepMind Control's point_mass-easy. Observation: position (2) and
 * velocity (2); action: force in [-1, 1]^2 times 0.1 N. Reward: 1 on the target, falling off as a
 * Gaussian of the distance beyond its edge that reaches 0.1 at 0.3 m (the arena's half-width; DeepMind
 * Control's margin is the target radius, which makes a much sparser reward, and it also pays a
 * small control cost). Episodes start at rest, uniformly inside the walls.
 */
final class PointMassReach extends SimulatedTask {
    static final String NAME = "java-point-mass";
    static final double TARGET_RADIUS = 0.015;
    static final double REWARD_MARGIN = 0.3;
    /** Drawn size of the point mass (DeepMind Control's sphere), which the walls stop at its centre's range. */
    static final double POINT_RADIUS = 0.01;

    private final PointMass mass = new PointMass(PointMass.Constants.DMC);

    PointMassReach(long seed, int maxSteps) {
        super(spec(maxSteps), PointMass.Constants.DMC.controlDt(), seed);
    }

    static EnvironmentSpec spec(int maxSteps) {
        float wall = (float) PointMass.Constants.DMC.wall();
        Box observations = new Box(new float[]{-wall, -wall, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY},
                new float[]{wall, wall, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY});
        return new EnvironmentSpec(NAME, observations, Box.uniform(2, -1, 1), maxSteps, 0, 1);
    }

    @Override
    void begin(SplittableRandom random) {
        double wall = PointMass.Constants.DMC.wall();
        mass.set(random.nextDouble(-wall, wall), random.nextDouble(-wall, wall), 0, 0);
    }

    @Override
    double advance(double[] action) {
        mass.advance(action[0], action[1]);
        double distance = Math.sqrt(mass.x() * mass.x() + mass.y() * mass.y());
        return Tolerance.tolerance(distance, 0, TARGET_RADIUS, REWARD_MARGIN, Sigmoid.GAUSSIAN);
    }

    @Override
    void observe(float[] out) {
        out[0] = (float) mass.x();
        out[1] = (float) mass.y();
        out[2] = (float) mass.vx();
        out[3] = (float) mass.vy();
    }

    @Override
    double viewHalfHeight() {
        return 1.15 * (PointMass.Constants.DMC.wall() + POINT_RADIUS);
    }

    /** Seen from above: the arena inside its walls, the target at its centre, the point mass. */
    @Override
    void draw(Sketch frame) {
        double edge = PointMass.Constants.DMC.wall() + POINT_RADIUS;
        double wall = 0.01;
        frame.rectangle(-edge - wall, -edge - wall, edge + wall, edge + wall, 0x6c737d);
        frame.rectangle(-edge, -edge, edge, edge, 0xd2d6db);
        frame.disc(0, 0, TARGET_RADIUS, 0xd23c3c);
        frame.disc(mass.x(), mass.y(), POINT_RADIUS, 0x2f5fb3);
    }

    @Override
    int stateSize() {
        return 4;
    }

    @Override
    void saveState(double[] out, int offset) {
        out[offset] = mass.x();
        out[offset + 1] = mass.y();
        out[offset + 2] = mass.vx();
        out[offset + 3] = mass.vy();
    }

    @Override
    void loadState(double[] in, int offset) {
        mass.set(in[offset], in[offset + 1], in[offset + 2], in[offset + 3]);
    }
}
