package ai.smiling4j.environments.mujoco.walker;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.JointRandomizer;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's walker-walk on MuJoCo: walk forward at 1 m/s without falling. Observation:
 * for each of the seven bodies (torso, right thigh, leg, foot, left thigh, leg, foot) the x and z
 * components of its x axis (14), the torso's height (1) and all nine velocities. Reward: stand
 * times move. Stand is {@code (3 standing + upright) / 4}, standing being 1 with the torso's centre
 * at 1.2 m or higher (Gaussian fall-off, 0.1 at 0.6 m) and upright {@code (1 + cos(pitch)) / 2};
 * move is {@code (5 m + 1) / 6}, m being 1 at a torso-subtree speed of 1 m/s or more and falling
 * linearly to 0.5 at 0.5 m/s. Episodes start at rest from a random pose (every limited joint
 * uniform in its range, any pitch). Control every 0.025 s, ten physics steps each.
 */
final class WalkerWalk extends MujocoTask {
    static final String NAME = "walker-walk";
    static final double STAND_HEIGHT = 1.2;
    static final double WALK_SPEED = 1;
    private static final double CONTROL_TIMESTEP = 0.025;
    private static final int BODIES = 7;
    private static final int XX = 0;
    private static final int XZ = 2;
    private static final int ZZ = 8;
    private static final int Z = 2;

    private final int torso;
    private final DoubleBuffer qvel;
    private final DoubleBuffer xpos;
    private final DoubleBuffer xmat;
    private final DoubleBuffer torsoVelocity;

    WalkerWalk(long seed, int maxSteps) {
        super(spec(maxSteps), "walker.xml", CONTROL_TIMESTEP, seed);
        torso = model().requireId(MjObject.BODY, "torso");
        qvel = data().qvel();
        xpos = data().xpos();
        xmat = data().xmat();
        torsoVelocity = data().sensor("torso_velocity");
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(24), Box.uniform(6, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        JointRandomizer.randomize(data(), random);
    }

    @Override
    protected void observe(float[] out) {
        for (int b = 0; b < BODIES; b++) {
            out[2 * b] = (float) xmat.get(9 * (b + 1) + XX);
            out[2 * b + 1] = (float) xmat.get(9 * (b + 1) + XZ);
        }
        out[2 * BODIES] = (float) torsoHeight();
        copy(qvel, 0, 9, out, 2 * BODIES + 1);
    }

    @Override
    protected double reward() {
        double standing = Tolerance.tolerance(torsoHeight(), STAND_HEIGHT, Double.POSITIVE_INFINITY, STAND_HEIGHT / 2,
                Sigmoid.GAUSSIAN);
        double upright = (1 + xmat.get(9 * torso + ZZ)) / 2;
        double stand = (3 * standing + upright) / 4;
        double move = Tolerance.tolerance(torsoVelocity.get(0), WALK_SPEED, Double.POSITIVE_INFINITY, WALK_SPEED / 2,
                Sigmoid.LINEAR, 0.5);
        return stand * (5 * move + 1) / 6;
    }

    private double torsoHeight() {
        return xpos.get(3 * torso + Z);
    }
}
