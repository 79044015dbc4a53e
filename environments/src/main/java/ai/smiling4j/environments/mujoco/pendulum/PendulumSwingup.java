package ai.smiling4j.environments.mujoco.pendulum;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's pendulum-swingup on MuJoCo: swing the pendulum up and keep it within 30
 * degrees of upright. Observation: the pole's orientation {@code [cos, sin]} of its angle from
 * upright (the zz and xz entries of its rotation matrix) and its angular velocity. Reward 1 while
 * within the bound, else 0. Episodes start at rest at an angle drawn uniformly from the circle.
 * Control every 0.02 s, one physics step each.
 */
final class PendulumSwingup extends MujocoTask {
    static final String NAME = "pendulum-swingup";
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final double COSINE_BOUND = Math.cos(Math.toRadians(30));
    private static final int ZZ = 8;
    private static final int XZ = 2;

    private final int hinge;
    private final int pole;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer xmat;

    PendulumSwingup(long seed, int maxSteps) {
        super(spec(maxSteps), "pendulum.xml", CONTROL_TIMESTEP, seed);
        hinge = model().jointQposAddress("hinge");
        pole = 9 * model().requireId(MjObject.BODY, "pole");
        qpos = data().qpos();
        qvel = data().qvel();
        xmat = data().xmat();
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(3), Box.uniform(1, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        qpos.put(hinge, random.nextDouble(-Math.PI, Math.PI));
    }

    @Override
    protected void observe(float[] out) {
        out[0] = (float) xmat.get(pole + ZZ);
        out[1] = (float) xmat.get(pole + XZ);
        out[2] = (float) qvel.get(hinge);
    }

    @Override
    protected double reward() {
        return Tolerance.tolerance(xmat.get(pole + ZZ), COSINE_BOUND, 1, 0, Sigmoid.GAUSSIAN);
    }
}
