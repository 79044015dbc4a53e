package ai.smiling4j.environments.mujoco.presets;

import org.bytedeco.javacpp.annotation.Platform;
import org.bytedeco.javacpp.annotation.Properties;
import org.bytedeco.javacpp.tools.Info;
import org.bytedeco.javacpp.tools.InfoMap;
import org.bytedeco.javacpp.tools.InfoMapper;

/**
 * JavaCPP preset for the MuJoCo C API as shipped by Debian's {@code libmujoco-dev} (2.2.x).
 *
 * <p>The parser turns the headers below into {@code ai.smiling4j.environments.mujoco.binding.*}
 * (one class per struct / callback type) and {@code ai.smiling4j.environments.mujoco.global.mujoco}
 * (functions, enums, constants). The builder then compiles the JNI glue against
 * {@code /usr/include/mujoco} and links it to the system {@code libmujoco.so}.
 */
@Properties(
        target = "ai.smiling4j.environments.mujoco.binding",
        global = "ai.smiling4j.environments.mujoco.global.mujoco",
        value = @Platform(
                value = "linux-x86_64",
                // mjexport.h is deliberately absent: it only defines MJAPI/MJLOCAL (mapped below).
                include = {
                        "mujoco/mjtnum.h",
                        "mujoco/mjmodel.h",
                        "mujoco/mjdata.h",
                        "mujoco/mjvisualize.h",
                        "mujoco/mjrender.h",
                        "mujoco/mjui.h",
                        "mujoco/mujoco.h",
                },
                link = "mujoco"))
public class mujoco implements InfoMapper {

    /** Every {@code struct X_ {...}; typedef struct X_ X;} pair in the 2.2 headers. */
    private static final String[] STRUCTS = {
            "mjContact", "mjData", "mjLROpt", "mjModel", "mjOption", "mjSolverStat", "mjStatistic",
            "mjTimerStat", "mjUI", "mjVFS", "mjVisual", "mjWarningStat", "mjrContext", "mjrRect",
            "mjuiDef", "mjuiItemEdit", "mjuiItemMulti", "mjuiItemSingle", "mjuiItemSlider", "mjuiItem",
            "mjuiSection", "mjuiState", "mjuiThemeColor", "mjuiThemeSpacing", "mjvCamera", "mjvFigure",
            "mjvGLCamera", "mjvGeom", "mjvLight", "mjvOption", "mjvPerturb", "mjvScene",
    };

    @Override
    public void map(InfoMap infoMap) {
        // 1. Visibility macros from mjexport.h carry no type information: expand them to nothing
        //    (mapping them to empty annotations instead makes `MJAPI extern void (*f)(...)` come out
        //    as a bogus @Convention("MJAPI") on the callback classes).
        infoMap.put(new Info("MJAPI").cppText("#define MJAPI"));
        infoMap.put(new Info("MJLOCAL").cppText("#define MJLOCAL"));

        // 2. Name the Java class after the typedef, not after the tagged struct.
        for (String name : STRUCTS) {
            infoMap.put(new Info("struct " + name + "_", name + "_").pointerTypes(name));
        }

        // 3. Macro aliases of libm functions (mju_sqrt -> sqrt, ...) and statement macros: not API.
        infoMap.put(new Info("mju_sqrt", "mju_exp", "mju_sin", "mju_cos", "mju_tan", "mju_asin", "mju_acos",
                "mju_atan2", "mju_tanh", "mju_pow", "mju_abs", "mju_log", "mju_log10", "mju_floor", "mju_ceil",
                "mjMARKSTACK", "mjFREESTACK", "mjDISABLED", "mjENABLED").skip());

        // 4. A 2-D table of collision function pointers has no useful Java mapping.
        infoMap.put(new Info("mjCOLLISIONFUNC").skip());
    }
}
