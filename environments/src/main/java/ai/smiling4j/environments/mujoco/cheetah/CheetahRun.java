package ai.smiling4j.environments.mujoco.cheetah;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.task.JointRandomizer;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's cheetah-run on MuJoCo: run forward as fast as possible. Observation: the
 * positions without the root's x (root z, root pitch, six leg joints: 8) and all nine velocities.
 * Reward: the torso subtree's forward speed over 10 m/s, 1 from there on, falling linearly to 0 at
 * rest and below. Episodes start from a random pose (every limited joint uniform in its range, any
 * pitch) left to settle for 200 physics steps with no control. Control every 0.01 s, one physics
 * step each.
 */
final class CheetahRun extends MujocoTask {
    static final String NAME = "cheetah-run";
    static final double RUN_SPEED = 10;
    private static final double CONTROL_TIMESTEP = 0.01;
    private static final int SETTLING_STEPS = 200;

    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer torsoVelocity;

    CheetahRun(long seed, int maxSteps) {
        super(spec(maxSteps), "cheetah.xml", CONTROL_TIMESTEP, seed);
        qpos = data().qpos();
        qvel = data().qvel();
        torsoVelocity = data().sensor("torso_velocity");
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(17), Box.uniform(6, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        JointRandomizer.randomize(data(), random);
        data().step(SETTLING_STEPS);
        data().setTime(0);
    }

    @Override
    protected void observe(float[] out) {
        copy(qvel, 0, 9, out, copy(qpos, 1, 8, out, 0));
    }

    @Override
    protected double reward() {
        return Tolerance.tolerance(torsoVelocity.get(0), RUN_SPEED, Double.POSITIVE_INFINITY, RUN_SPEED,
                Sigmoid.LINEAR, 0);
    }
}
