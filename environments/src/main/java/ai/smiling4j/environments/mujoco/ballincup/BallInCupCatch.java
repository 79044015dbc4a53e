package ai.smiling4j.environments.mujoco.ballincup;

import ai.smiling4j.api.Box;
import ai.smiling4j.api.EnvironmentSpec;
import ai.smiling4j.environments.mujoco.MjObject;
import ai.smiling4j.environments.mujoco.task.MujocoTask;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's ball_in_cup-catch on MuJoCo: swing the ball on its string into the cup.
 * Observation: the joint positions (cup x, cup z, ball x, ball z) and their velocities. Reward 1
 * while the whole ball lies inside the cup's target box (in x and z), else 0. Episodes start at
 * rest with the cup centred and the ball anywhere in a box around it that it does not touch the cup
 * in. Control every 0.02 s, two physics steps each.
 */
final class BallInCupCatch extends MujocoTask {
    static final String NAME = "ball_in_cup-catch";
    private static final double CONTROL_TIMESTEP = 0.02;
    private static final double[] BALL_X = {-0.2, 0.2};
    private static final double[] BALL_Z = {0.2, 0.5};
    private static final int X = 0;
    private static final int Z = 2;

    private final int ballX;
    private final int ballZ;
    private final int ball;
    private final int target;
    private final double[] targetHalfSize;
    private final double ballRadius;
    private final DoubleBuffer qpos;
    private final DoubleBuffer qvel;
    private final DoubleBuffer xpos;
    private final DoubleBuffer siteXpos;

    BallInCupCatch(long seed, int maxSteps) {
        super(spec(maxSteps), "ball_in_cup.xml", CONTROL_TIMESTEP, seed);
        ballX = model().jointQposAddress("ball_x");
        ballZ = model().jointQposAddress("ball_z");
        ball = 3 * model().requireId(MjObject.BODY, "ball");
        target = 3 * model().requireId(MjObject.SITE, "target");
        targetHalfSize = model().siteSize("target");
        ballRadius = model().geomSize("ball")[0];
        qpos = data().qpos();
        qvel = data().qvel();
        xpos = data().xpos();
        siteXpos = data().siteXpos();
    }

    static EnvironmentSpec spec(int maxSteps) {
        return new EnvironmentSpec(NAME, Box.unbounded(8), Box.uniform(2, -1, 1), maxSteps, 0, 1);
    }

    /** Draws ball positions until the ball touches nothing, as DeepMind Control does. */
    @Override
    protected void initializeEpisode(SplittableRandom random) {
        do {
            qpos.put(ballX, random.nextDouble(BALL_X[0], BALL_X[1]));
            qpos.put(ballZ, random.nextDouble(BALL_Z[0], BALL_Z[1]));
            data().forward();
        } while (data().ncon() > 0);
    }

    @Override
    protected void observe(float[] out) {
        for (int i = 0; i < 4; i++) {
            out[i] = (float) qpos.get(i);
            out[4 + i] = (float) qvel.get(i);
        }
    }

    @Override
    protected double reward() {
        return inside(X) && inside(Z) ? 1 : 0;
    }

    private boolean inside(int axis) {
        double offset = Math.abs(siteXpos.get(target + axis) - xpos.get(ball + axis));
        return offset < targetHalfSize[axis] - ballRadius;
    }
}
