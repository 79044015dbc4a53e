package ai.smiling4j.environments.mujoco;

import ai.smiling4j.environments.mujoco.global.mujoco;

/** The kinds of MuJoCo objects looked up by name ({@code mjtObj}). */
public enum MjObject {
    BODY(mujoco.mjOBJ_BODY),
    JOINT(mujoco.mjOBJ_JOINT),
    GEOM(mujoco.mjOBJ_GEOM),
    SITE(mujoco.mjOBJ_SITE),
    ACTUATOR(mujoco.mjOBJ_ACTUATOR),
    SENSOR(mujoco.mjOBJ_SENSOR);

    final int code;

    MjObject(int code) {
        this.code = code;
    }
}
