package ai.smiling4j.environments.mujoco.cartpole;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's cartpole-swingup on MuJoCo: swing the pole up from hanging and balance it
 * with the cart near the centre. Observation: cart position, the pole's {@code [cos, sin]} of its
 * angle from upright, cart velocity and pole angular velocity. The smooth reward multiplies how
 * upright the pole is, {@code (cos + 1) / 2}, with three factors that only shade it: cart
 * centred, small control, slow pole. Episodes start near hanging at rest, with small Gaussian
 * noise on every coordinate. Control every 0.01 s, one Runge-Kutta step each.
 */
final class CartpoleSwingup extends MujocoTask {
    static final String NAME = "cartpole-swingup";
    private static final double CONTROL_TIMESTEP = 0.01;
    private static final int ZZ = 8;
    private static final int XZ = 2;

    private final int slider;
    private final int hinge;
    private final int pole;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer xmat;

    CartpoleSwingup(long seed, int maxSteps) {
        super(spec(maxSteps), "cartpole.xml", CONTROL_TIMESTEP, seed);
        slider = model().jointQposAddress("slider");
        hinge = model().jointQposAddress("hinge");
        pole = 9 * model().requireId(MjObject.BODY, "pole");
        qpos = data().qpos();
        qvel = data().qvel();
        ctrl = data().ctrl();
        xmat = data().xmat();
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(5), Box.uniform(1, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        qpos.put(slider, 0.01 * random.nextGaussian());
        qpos.put(hinge, Math.PI + 0.01 * random.nextGaussian());
        for (int i = 0; i < qvel.capacity(); i++) {
            qvel.put(i, 0.01 * random.nextGaussian());
        }
    }

    @Override
    protected void observe(float[] out) {
        out[0] = (float) qpos.get(slider);
        out[1] = (float) xmat.get(pole + ZZ);
        out[2] = (float) xmat.get(pole + XZ);
        out[3] = (float) qvel.get(slider);
        out[4] = (float) qvel.get(hinge);
    }

    @Override
    protected double reward() {
        double upright = (xmat.get(pole + ZZ) + 1) / 2;
        double centered = (1 + Tolerance.tolerance(qpos.get(slider), 0, 0, 2, Sigmoid.GAUSSIAN)) / 2;
        double smallControl = (4 + Tolerance.tolerance(ctrl.get(0), 0, 0, 1, Sigmoid.QUADRATIC, 0)) / 5;
        double smallVelocity = (1 + Tolerance.tolerance(qvel.get(hinge), 0, 0, 5, Sigmoid.GAUSSIAN)) / 2;
        return upright * centered * smallControl * smallVelocity;
    }
}
