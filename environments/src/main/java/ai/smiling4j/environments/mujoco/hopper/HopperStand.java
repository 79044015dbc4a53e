package ai.smiling4j.environments.mujoco.hopper;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.JointRandomizer;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Locomotion;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's hopper-stand on MuJoCo: stand up on the one leg and stay up. Observation: the
 * positions without the root's x (6), all seven velocities, and {@code log(1 + force)} of the toe's
 * and the heel's touch sensors (2). Reward: standing times small control. Standing is 1 while the
 * torso's origin lies between 0.6 m and 2 m above the ankle, else 0; small control is
 * {@link Locomotion#smallControl} of the controls with margin 1. Episodes start at rest from a
 * random pose (every limited joint uniform in its range, any pitch). Control every 0.02 s, four
 * physics steps each.
 */
final class HopperStand extends MujocoTask {
    static final String NAME = "hopper-stand";
    static final double STAND_HEIGHT = 0.6;
    private static final double MAX_HEIGHT = 2;
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final int Z = 2;

    private final int torso;
    private final int foot;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer xpos;
    private final DoubleBuffer toe;
    private final DoubleBuffer heel;

    HopperStand(long seed, int maxSteps) {
        super(spec(maxSteps), "hopper.xml", CONTROL_TIMESTEP, seed);
        torso = 3 * model().requireId(MjObject.BODY, "torso");
        foot = 3 * model().requireId(MjObject.BODY, "foot");
        qpos = data().qpos();
        qvel = data().qvel();
        ctrl = data().ctrl();
        xpos = data().xpos();
        toe = data().sensor("toe");
        heel = data().sensor("heel");
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(15), Box.uniform(4, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        JointRandomizer.randomize(data(), random);
    }

    @Override
    protected void observe(float[] out) {
        int at = copy(qvel, 0, 7, out, copy(qpos, 1, 6, out, 0));
        out[at] = (float) Math.log1p(toe.get(0));
        out[at + 1] = (float) Math.log1p(heel.get(0));
    }

    @Override
    protected double reward() {
        double height = xpos.get(torso + Z) - xpos.get(foot + Z);
        double standing = Tolerance.tolerance(height, STAND_HEIGHT, MAX_HEIGHT, 0, Sigmoid.GAUSSIAN);
        return standing * Locomotion.smallControl(ctrl, 1);
    }
}
