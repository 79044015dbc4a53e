package ai.smiling4j.solvers.common;

import ai.smiling4j.api.plugin.OptionSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a solver computes its deterministic actions (evaluation, deterministic rollouts):
 * sampled actions during training always take the plain-Java path.
 */
public enum PolicyEngine {
    /** A plain-Java snapshot of the network ({@link PlainMlp}): no engine call, bit for bit repeatable. */
    JAVA,
    /** The training network itself, on DJL's PyTorch engine. */
    PYTORCH,
    /** The policy exported as ONNX, run by ONNX Runtime through DJL ({@link OnnxRuntimePolicy}). */
    ONNXRUNTIME;

    /** The {@code engine} option of a solver that offers every engine. */
    public static final OptionSpec OPTION = OptionSpec.choice("engine", "java",
            Arrays.stream(values()).map(PolicyEngine::configName).toList(),
            "where deterministic actions (evaluation, rollouts) are computed: java (plain-Java copy), "
                    + "pytorch (the network on DJL's PyTorch), onnxruntime (the policy exported as ONNX, on ONNX Runtime)");

    /** The configuration word ({@code onnxruntime}). */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine a configuration word names. */
    public static PolicyEngine fromConfig(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** Every configuration word. */
    public static List<String> configNames() {
        return Arrays.stream(values()).map(PolicyEngine::configName).toList();
    }
}
