package ai.smiling4j.environments.mujoco.reacher;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;
import ai.smiling4j.environments.shared.reward.Sigmoid;
import ai.smiling4j.environments.shared.reward.Tolerance;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's reacher-easy on MuJoCo: touch the target with the fingertip of a two-link
 * arm. Observation: the two joint angles, the target's offset from the fingertip in the table's
 * plane, and the two joint velocities. Reward 1 while fingertip and target (radius 5 cm) overlap,
 * else 0. Episodes start at rest with the shoulder at any angle, the wrist anywhere in its range,
 * and the target at a uniform angle and a distance from 5 to 20 cm from the shoulder.
 * Control every 0.02 s, one physics step each.
 */
final class ReacherEasy extends MujocoTask {
    static final String NAME = "reacher-easy";
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final double MIN_TARGET_DISTANCE = 0.05;
    private static final double MAX_TARGET_DISTANCE = 0.20;

    private final int shoulder;
    private final int wrist;
    private final double[] wristRange;
    private final double touchDistance;
    private final int finger;
    private final int target;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer mocapPos;
    private final DoubleBuffer geomXpos;

    ReacherEasy(long seed, int maxSteps) {
        super(spec(maxSteps), "reacher.xml", CONTROL_TIMESTEP, seed);
        shoulder = model().jointQposAddress("shoulder");
        wrist = model().jointQposAddress("wrist");
        wristRange = model().jointRange("wrist");
        touchDistance = model().geomSize("target")[0] + model().geomSize("finger")[0];
        finger = 3 * model().requireId(MjObject.GEOM, "finger");
        target = 3 * model().requireId(MjObject.GEOM, "target");
        qpos = data().qpos();
        qvel = data().qvel();
        mocapPos = data().mocapPos();
        geomXpos = data().geomXpos();
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(6), Box.uniform(2, -1, 1), maxSteps, 0, 1);
    }

    @Override
    protected void initializeEpisode(SplittableRandom random) {
        qpos.put(shoulder, random.nextDouble(-Math.PI, Math.PI));
        qpos.put(wrist, random.nextDouble(wristRange[0], wristRange[1]));
        double angle = random.nextDouble(0, 2 * Math.PI);
        double distance = random.nextDouble(MIN_TARGET_DISTANCE, MAX_TARGET_DISTANCE);
        mocapPos.put(0, distance * Math.sin(angle));
        mocapPos.put(1, distance * Math.cos(angle));
    }

    @Override
    protected void observe(float[] out) {
        out[0] = (float) qpos.get(shoulder);
        out[1] = (float) qpos.get(wrist);
        out[2] = (float) toTarget(0);
        out[3] = (float) toTarget(1);
        out[4] = (float) qvel.get(shoulder);
        out[5] = (float) qvel.get(wrist);
    }

    @Override
    protected double reward() {
        return Tolerance.tolerance(Math.hypot(toTarget(0), toTarget(1)), 0, touchDistance, 0, Sigmoid.GAUSSIAN);
    }

    /** Coordinate {@code k} (0 = x, 1 = y) of the target's offset from the fingertip. */
    private double toTarget(int k) {
        return geomXpos.get(target + k) - geomXpos.get(finger + k);
    }
}
