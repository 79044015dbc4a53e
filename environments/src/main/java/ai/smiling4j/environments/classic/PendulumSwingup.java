package ai.smiling4j.environments.classic;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.util.SplittableRandom;

/**
 * Swing a torque-limited pendulum ({@link Pendulum.Constants#DMC}) up and balance it, like
 * DeepMind Control's pendulum-swingup. Observation: {@code [cos theta, sin theta, theta']}
 * (theta from upright); action: torque in [-1, 1] times 1 N m; reward 1 while the pendulum is
 * within 30 degrees of upright, else 0. Episodes start at rest at an angle drawn uniformly from
 * the circle, as DeepMind Control's do; the motor is too weak to hold the pendulum more than
 * about 12 degrees from upright, so even a start near the top must be caught or swung up.
 */
final class PendulumSwingup extends SimulatedTask {
    static final String NAME = "java-pendulum-swingup";
    private static final double COSINE_BOUND = Math.cos(Math.toRadians(30));

    private final Pendulum pendulum = new Pendulum(Pendulum.Constants.DMC);

    PendulumSwingup(long seed, int maxSteps) {
        super(spec(maxSteps), Pendulum.Constants.DMC.controlDt(), seed);
    }

    static EnvironmentSpec spec(int maxSteps) {
        Box observations = new Box(new float[]{-1, -1, Float.NEGATIVE_INFINITY},
                new float[]{1, 1, Float.POSITIVE_INFINITY});
        return new EnvironmentSpec(NAME, observations, Box.uniform(1, -1, 1), maxSteps, 0, 1);
    }

    @Override
    void begin(SplittableRandom random) {
        pendulum.set(random.nextDouble(-Math.PI, Math.PI), 0);
    }

    @Override
    double advance(double[] action) {
        pendulum.advance(action[0]);
        return Tolerance.tolerance(Math.cos(pendulum.theta()), COSINE_BOUND, 1, 0, Sigmoid.GAUSSIAN);
    }

    @Override
    void observe(float[] out) {
        out[0] = (float) Math.cos(pendulum.theta());
        out[1] = (float) Math.sin(pendulum.theta());
        out[2] = (float) pendulum.omega();
    }

    @Override
    double viewHalfHeight() {
        return 1.4 * Pendulum.Constants.DMC.length();
    }

    /** Seen from the side: the hinge at the centre, the bob above it when upright. */
    @Override
    void draw(Sketch frame) {
        double length = Pendulum.Constants.DMC.length();
        double x = length * Math.sin(pendulum.theta());
        double y = length * Math.cos(pendulum.theta());
        frame.segment(0, 0, x, y, 0.02, 0xb4b9c0);
        frame.disc(x, y, 0.05, 0xe8863a);
        frame.disc(0, 0, 0.03, 0x6c737d);
    }

    @Override
    int stateSize() {
        return 2;
    }

    @Override
    void saveState(double[] out, int offset) {
        out[offset] = pendulum.theta();
        out[offset + 1] = pendulum.omega();
    }

    @Override
    void loadState(double[] in, int offset) {
        pendulum.set(in[offset], in[offset + 1]);
    }
}
