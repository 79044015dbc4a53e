package ai.smiling4j.environments.mujoco.task;

import ai.smiling4j.environments.mujoco.MjData;
import ai.smiling4j.environments.mujoco.MjModel;
import org.junit.jupiter.api.Test;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JointRandomizerTest {
    /**
     * A free body carrying a limited hinge, an unlimited hinge and an unlimited slide, over a
     * floor; only the free body's sphere collides.
     */
    private static final String MODEL = "<mujoco><default><geom contype='0' conaffinity='0'/></default><worldbody>"
            + "<geom type='plane' size='1 1 0.1' conaffinity='1'/>"
            + "<body pos='0 0 2'><freejoint/><geom size='0.1' pos='0 0 0.2' contype='1'/>"
            + "<body><joint name='limited' axis='0 1 0' limited='true' range='-30 60'/><geom size='0.1'/>"
            + "<body><joint name='free_hinge' axis='0 1 0'/><geom size='0.1'/>"
            + "<body><joint name='slide' type='slide' axis='1 0 0'/><geom size='0.1'/>"
            + "</body></body></body></body></worldbody></mujoco>";

    @Test
    void limitedJointsStayInRangeHingesTurnAnywhereAndTheFreeBodyTurnsAtRandom() {
        try (MjModel model = MjModel.fromXml(MODEL)) {
            MjData data = model.makeData();
            DoubleBuffer qpos = data.qpos();
            SplittableRandom random = new SplittableRandom(0);
            double widest = 0;
            for (int draw = 0; draw < 200; draw++) {
                data.reset();
                JointRandomizer.randomize(data, random);
                double limited = qpos.get(model.jointQposAddress("limited"));
                assertTrue(limited >= Math.toRadians(-30) && limited <= Math.toRadians(60), "limited " + limited);
                double hinge = qpos.get(model.jointQposAddress("free_hinge"));
                assertTrue(Math.abs(hinge) <= Math.PI);
                widest = Math.max(widest, Math.abs(hinge));
                assertEquals(0, qpos.get(model.jointQposAddress("slide")), "unlimited slides keep their place");
                assertEquals(2, qpos.get(2), "the free body keeps its position");
                double norm = 0;
                for (int i = 3; i < 7; i++) {
                    norm += qpos.get(i) * qpos.get(i);
                }
                assertEquals(1, norm, 1e-12);
            }
            assertTrue(widest > 3, "unlimited hinges should reach nearly pi: " + widest);
        }
    }

    @Test
    void redrawingUntilClearLeavesNoContact() {
        try (MjModel model = MjModel.fromXml(MODEL.replace("pos='0 0 2'", "pos='0 0 0.15'"))) {
            MjData data = model.makeData();
            for (long seed = 0; seed < 20; seed++) {
                data.reset();
                JointRandomizer.randomizeUntilClear(data, new SplittableRandom(seed));
                assertEquals(0, data.ncon());
            }
        }
    }
}
