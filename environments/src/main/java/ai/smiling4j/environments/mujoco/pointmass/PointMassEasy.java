package ai.smiling4j.environments.mujoco.pointmass;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's point_mass-easy on MuJoCo: push a point mass onto the target at the table's
 * centre. Observation: position and velocity (x, y each). Reward: 1 while the mass lies within the
 * target's radius, falling off over one more radius, times a factor in [0.8, 1] that favours small
 * controls. Episodes start at rest anywhere on the table.
 * Control every 0.02 s, one physics step each.
 */
final class PointMassEasy extends MujocoTask {
    static final String NAME = "point_mass-easy";
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final String[] JOINTS = {"root_x", "root_y"};

    private final double targetSize;
    private final int mass;
    private final int target;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer ctrl;
    private final DoubleBuffer geomXpos;

    PointMassEasy(long seed, int maxSteps) {
        super(spec(maxSteps), "point_mass.xml", CONTROL_TIMESTEP, seed);
        targetSize = model().geomSize("target")[0];
        mass = 3 * model().requireId(MjObject.GEOM, "pointmass");
        target = 3 * model().requireId(MjObject.GEOM, "target");
        qpos = data().qpos();
        qvel = data().qvel();
        ctrl = data().ctrl();
        geomXpos = data().geomXpos();
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(4), Box.uniform(2, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        for (String joint : JOINTS) {
            double[] range = model().jointRange(joint);
            qpos.put(model().jointQposAddress(joint), random.nextDouble(range[0], range[1]));
        }
    }

    @Override
    protected void observe(float[] out) {
        out[0] = (float) qpos.get(0);
        out[1] = (float) qpos.get(1);
        out[2] = (float) qvel.get(0);
        out[3] = (float) qvel.get(1);
    }

    @Override
    protected double reward() {
        double nearTarget = Tolerance.tolerance(distanceToTarget(), 0, targetSize, targetSize, Sigmoid.GAUSSIAN);
        double control = 0;
        for (int i = 0; i < ctrl.capacity(); i++) {
            control += Tolerance.tolerance(ctrl.get(i), 0, 0, 1, Sigmoid.QUADRATIC, 0);
        }
        double smallControl = (control / ctrl.capacity() + 4) / 5;
        return nearTarget * smallControl;
    }

    private double distanceToTarget() {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            double d = geomXpos.get(target + k) - geomXpos.get(mass + k);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
