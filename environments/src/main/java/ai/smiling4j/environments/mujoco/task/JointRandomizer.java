package ai.smiling4j.environments.mujoco.task;

import static ai.smiling4j.environments.mujoco.global.mujoco.mjJNT_BALL;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjJNT_FREE;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjJNT_HINGE;
import static ai.smiling4j.environments.mujoco.global.mujoco.mjJNT_SLIDE;

import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.binding.mjModel;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * DeepMind Control's initial-state randomizer for articulated bodies: every limited hinge or slide
 * takes a uniform value in its range, every unlimited hinge a uniform angle in [-pi, pi), and every
 * ball joint and the orientation of every free joint a uniform random rotation. Positions of free
 * joints and unlimited slides keep their reference values.
 */
public final class JointRandomizer {

    private JointRandomizer() {
    }

    /** Randomizes the joints of {@code data}'s positions as the class describes. */
    public static void randomize(MjData data, SplittableRandom random) {
        mjModel m = data.model().raw();
        DoubleBuffer qpos = data.qpos();
        for (int j = 0; j < m.njnt(); j++) {
            int type = m.jnt_type().get(j);
            int adr = m.jnt_qposadr().get(j);
            boolean limited = m.jnt_limited().get(j) != 0;
            if (type == mjJNT_HINGE || type == mjJNT_SLIDE) {
                if (limited) {
                    qpos.put(adr, random.nextDouble(m.jnt_range().get(2L * j), m.jnt_range().get(2L * j + 1)));
                } else if (type == mjJNT_HINGE) {
                    qpos.put(adr, random.nextDouble(-Math.PI, Math.PI));
                }
            } else if (type == mjJNT_BALL) {
                putRandomRotation(qpos, adr, random);
            } else if (type == mjJNT_FREE) {
                putRandomRotation(qpos, adr + 3, random);
            }
        }
    }

    /**
     * Randomizes as {@link #randomize} does until the bodies touch nothing, the way DeepMind
     * Control starts its humanoid without interpenetration.
     */
    public static void randomizeUntilClear(MjData data, SplittableRandom random) {
        do {
            randomize(data, random);
            data.forward();
        } while (data.ncon() > 0);
    }

    /** A uniform unit quaternion: a normalized 4-D Gaussian. */
    private static void putRandomRotation(DoubleBuffer qpos, int adr, SplittableRandom random) {
        double[] q = new double[4];
        double norm = 0;
        for (int i = 0; i < 4; i++) {
            q[i] = gaussian(random);
            norm += q[i] * q[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < 4; i++) {
            qpos.put(adr + i, q[i] / norm);
        }
    }

    /** A standard normal draw (Box-Muller), since SplittableRandom has none. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
