package ai.smiling4j.environments.mujoco;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.smiling4j.environments.mujoco.global.mujoco;
import java.io.IOException;
import java.io.InputStream;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MujocoTest {

    private static final double G = 9.81;
    private static final double L = 1.0;

    private MjModel model;
    private MjData data;

    static String pendulumXml() throws IOException {
        try (InputStream in = MujocoTest.class.getResourceAsStream("pendulum.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void load() throws IOException {
        model = MjModel.fromXml(pendulumXml());
        data = model.makeData();
    }

    @AfterEach
    void free() {
        model.close();
    }

    private double hinge() {
        return data.qpos().get(model.jointQposAddress("hinge"));
    }

    @Test
    void versionIsTheDebianLibrary() {
        assertTrue(Mujoco.version().startsWith("2."), Mujoco.version());
    }

    @Test
    void sizesAndNamedLookups() {
        assertAll(
                () -> assertEquals(8, model.nq()),
                () -> assertEquals(7, model.nv()),
                () -> assertEquals(1, model.nu()),
                () -> assertEquals(0.001, model.timestep()),
                () -> assertTrue(model.usesRungeKutta()),
                () -> assertEquals(1, model.requireId(MjObject.BODY, "pole")),
                () -> assertEquals(2, model.requireId(MjObject.BODY, "ball")),
                () -> assertEquals(0, model.jointQposAddress("hinge")),
                () -> assertEquals(1, model.jointQposAddress("free")),
                () -> assertEquals(1, model.jointDofAddress("free")),
                () -> assertEquals(0, model.requireId(MjObject.ACTUATOR, "torque")),
                () -> assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                        model.controlRange(0)),
                () -> assertEquals(0.1, model.geomSize("ball")[0]),
                () -> assertEquals(0, model.requireId(MjObject.SITE, "tip")),
                () -> assertEquals(0, model.sensorAddress("angle")),
                () -> assertEquals(1, model.sensorAddress("tip_pos")),
                () -> assertEquals(3, model.sensorDimension("tip_pos")),
                () -> assertEquals("pole", model.name(MjObject.BODY, 1)),
                () -> assertNull(model.name(MjObject.BODY, 99)),
                () -> assertEquals(-1, model.id(MjObject.BODY, "nope")),
                () -> assertThrows(IllegalArgumentException.class, () -> model.requireId(MjObject.BODY, "nope")));
    }

    @Test
    void fileAndStringLoadingAgree(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pendulum.xml");
        Files.writeString(file, pendulumXml());
        try (MjModel fromFile = MjModel.fromFile(file)) {
            assertEquals(model.nq(), fromFile.nq());
            assertEquals(model.nv(), fromFile.nv());
            assertEquals(model.timestep(), fromFile.timestep());
        }
    }

    @Test
    void freeFallMatchesAnalyticSolution() {
        int z = model.jointQposAddress("free") + 2;
        int vz = model.jointDofAddress("free") + 2;
        int ball = model.requireId(MjObject.BODY, "ball");
        data.step(1000); // 1 s
        double t = data.time();
        assertEquals(1.0, t, 1e-9);
        // RK4 integrates constant acceleration exactly.
        assertEquals(10 - 0.5 * G * t * t, data.qpos().get(z), 1e-9);
        assertEquals(-G * t, data.qvel().get(vz), 1e-9);
        data.forward();
        assertEquals(10 - 0.5 * G * t * t, data.xpos().get(3 * ball + 2), 1e-9);
        assertEquals(10 - 0.5 * G * t * t, data.subtreeCom().get(3 * ball + 2), 1e-9);
    }

    @Test
    void pendulumHasTheSmallAnglePeriod() {
        double theta0 = 0.05;
        data.qpos().put(0, theta0);
        data.forward();
        double dt = model.timestep();
        // upward zero crossings of the angle, linearly interpolated
        List<Double> crossings = new ArrayList<>();
        double previous = hinge();
        for (int i = 1; i <= 8000; i++) {
            data.step();
            double current = hinge();
            if (previous < 0 && current >= 0) {
                crossings.add((i - 1 + (-previous) / (current - previous)) * dt);
            }
            previous = current;
        }
        assertTrue(crossings.size() >= 3, "crossings: " + crossings);
        double measured = (crossings.get(crossings.size() - 1) - crossings.get(0)) / (crossings.size() - 1);
        double smallAngle = 2 * Math.PI * Math.sqrt(L / G);
        double withAmplitude = smallAngle * (1 + theta0 * theta0 / 16);
        assertEquals(smallAngle, measured, smallAngle * 1e-3);
        assertEquals(withAmplitude, measured, smallAngle * 1e-5);
    }

    @Test
    void totalEnergyIsConserved() {
        data.qpos().put(0, 1.0); // large swing, far from linear
        data.forward();
        DoubleBuffer energy = data.energy();
        double e0 = energy.get(0) + energy.get(1);
        double potential0 = energy.get(0);
        data.step(5000);
        data.forward();
        double e1 = energy.get(0) + energy.get(1);
        assertTrue(Math.abs(potential0 - energy.get(0)) > 1, "energy view did not change");
        assertEquals(e0, e1, 1e-6);
    }

    @Test
    void sensorsSitesAndBodiesAreLiveViews() {
        DoubleBuffer sensordata = data.sensordata();
        DoubleBuffer siteXpos = data.siteXpos();
        DoubleBuffer xquat = data.xquat();
        DoubleBuffer tip = data.sensor("tip_pos");
        double theta = 0.3;
        data.qpos().put(0, theta);
        data.forward();
        // hinge about +y: the bob at (0,0,-L) rotates to (-L sin, 0, -L cos), pole pivot at z=2
        double[] expected = {-L * Math.sin(theta), 0, 2 - L * Math.cos(theta)};
        assertEquals(theta, sensordata.get(model.sensorAddress("angle")), 1e-12);
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k], siteXpos.get(3 * model.requireId(MjObject.SITE, "tip") + k), 1e-12);
            assertEquals(expected[k], tip.get(k), 1e-12);
        }
        int pole = model.requireId(MjObject.BODY, "pole");
        assertEquals(Math.cos(theta / 2), xquat.get(4 * pole), 1e-12);
        assertEquals(Math.sin(theta / 2), xquat.get(4 * pole + 2), 1e-12);
        assertTrue(sensordata.isDirect());
        data.step(100);
        data.forward(); // sensors are evaluated before integration: refresh them for the new qpos
        assertEquals(hinge(), sensordata.get(0), 0.0, "stale view after stepping");
        assertEquals(-L * Math.sin(hinge()), siteXpos.get(0), 1e-12);
    }

    @Test
    void writingCtrlThroughTheViewDrivesTheStep() {
        DoubleBuffer ctrl = data.ctrl();
        DoubleBuffer qacc = data.qacc();
        assertEquals(1, ctrl.capacity());
        data.step();
        assertEquals(0.0, data.qvel().get(0), 0.0, "pendulum at rest must stay at rest");

        data.reset();
        double torque = 2.0;
        ctrl.put(0, torque);
        data.step();
        double inertia = 1.0 * L * L;
        assertEquals(torque, data.actuatorForce().get(0), 1e-12);
        assertEquals(torque, data.qfrcActuator().get(0), 1e-12);
        // qacc is left from RK4's last stage, where gravity has barely started to act
        assertEquals(torque / inertia, qacc.get(0), 1e-4);
        assertEquals(torque / inertia * model.timestep(), data.qvel().get(0), 1e-6);
    }

    @Test
    void includedFilesComeFromMemoryAndContactsNameTheirGeoms() {
        String ball = "<mujoco><worldbody><body pos='0 0 0.09'><freejoint/>"
                + "<geom name='ball' type='sphere' size='0.1'/></body></worldbody></mujoco>";
        String scene = "<mujoco><include file='ball.xml'/>"
                + "<worldbody><geom name='floor' type='plane' size='1 1 0.1'/></worldbody></mujoco>";
        try (MjModel m = MjModel.fromXml(scene, Map.of("ball.xml", ball))) {
            MjData d = m.makeData();
            d.forward();
            assertEquals(1, d.ncon());
            List<String> touching = List.of(m.name(MjObject.GEOM, d.contactGeom1(0)),
                    m.name(MjObject.GEOM, d.contactGeom2(0)));
            assertTrue(touching.containsAll(List.of("floor", "ball")), touching.toString());
            assertThrows(IndexOutOfBoundsException.class, () -> d.contactGeom1(1));
        }
        assertThrows(MujocoException.class, () -> MjModel.fromXml("<mujoco><include file='absent.xml'/></mujoco>"));
    }

    @Test
    void badXmlRaisesMujocoExceptionWithItsMessage() {
        MujocoException malformed = assertThrows(MujocoException.class,
                () -> MjModel.fromXml("<mujoco><worldbody><body></worldbody></mujoco>"));
        assertFalse(malformed.getMessage().isBlank());
        assertTrue(malformed.getMessage().contains("XML"), malformed.getMessage());

        MujocoException semantic = assertThrows(MujocoException.class, () -> MjModel.fromXml(
                "<mujoco><worldbody><body><joint type='bogus'/><geom size='1'/></body></worldbody></mujoco>"));
        assertTrue(semantic.getMessage().contains("bogus") || semantic.getMessage().contains("type"),
                semantic.getMessage());

        assertThrows(MujocoException.class, () -> MjModel.fromFile(Path.of("/nonexistent/model.xml")));
    }

    @Test
    void runtimeErrorBecomesAnExceptionAndTheJvmSurvives() throws IOException {
        try (MjModel m = MjModel.fromXml(pendulumXml())) {
            // a 20-number mjData stack cannot hold the work arrays of mj_step: MuJoCo calls
            // mju_error("Stack overflow"), whose default handler would exit the process
            m.raw().nstack(20);
            MjData d = m.makeData();
            for (int attempt = 0; attempt < 50; attempt++) {
                MujocoException e = assertThrows(MujocoException.class, d::step);
                assertTrue(e.getMessage().toLowerCase().contains("stack"), e.getMessage());
                d.reset();
            }
        }
        // MuJoCo still works after the errors
        assertDoesNotThrow(() -> data.step(10));
        assertEquals(0.01, data.time(), 1e-12);
    }

    @Test
    void warningsAreCountedNotThrown() {
        data.qpos().put(0, Double.NaN);
        assertDoesNotThrow(() -> data.step());
        assertEquals(1, data.raw().warning(mujoco.mjWARN_BADQPOS).number());
        assertFalse(Double.isNaN(hinge()), "MuJoCo resets an unstable state");
    }

    @Test
    void closeIsIdempotentAndClosesChildren() {
        MjData second = model.makeData();
        second.close();
        assertDoesNotThrow(second::close);
        assertTrue(second.isClosed());
        assertThrows(IllegalStateException.class, second::step);

        model.close();
        assertDoesNotThrow(model::close);
        assertTrue(model.isClosed());
        assertTrue(data.isClosed(), "closing the model closes its data");
        assertThrows(IllegalStateException.class, data::step);
        assertThrows(IllegalStateException.class, model::nq);
        assertThrows(IllegalStateException.class, model::makeData);
    }
}
