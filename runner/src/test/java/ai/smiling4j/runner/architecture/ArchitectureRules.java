package ai.smiling4j.runner.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import ai.djl.ndarray.NDArray;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * DESIGN.md's dependency rules, for a code base rooted at {@code root} (the real one,
 * {@code ai.smiling4j}, or a fixture that breaks every rule on purpose).
 */
final class ArchitectureRules {
    static final List<String> PLUGIN_MODULES = List.of("diffusion", "divergences", "solvers", "environments");
    /** Packages that plugins of one module share (building blocks, not plugins). */
    static final List<String> SHARED_PACKAGES = List.of("common", "shared", "bench", "reward", "mujoco", "vector");
    private static final Set<String> UNSAFE_NUMBER_OPERATIONS = Set.of("mul", "muli", "div", "divi", "pow", "powi",
            "maximum", "minimum");
    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** api: the JDK and DJL's engine-neutral api (ndarray, nn, training) only. */
    ArchRule apiDependsOnlyOnJdkAndEngineNeutralDjl() {
        return classes().that().resideInAPackage(root + ".api..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                        "are in java, ai.djl.ndarray, ai.djl.nn, ai.djl.training or the api",
                        (JavaClass c) -> allowedInApi(c)))
                .as("the api depends on the JDK and DJL's engine-neutral api only");
    }

    private boolean allowedInApi(JavaClass c) {
        JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
        if (base.isPrimitive()) {
            return true;
        }
        String p = base.getPackageName();
        return p.startsWith("java.") || p.startsWith("ai.djl.ndarray") || p.startsWith("ai.djl.nn")
                || p.startsWith("ai.djl.training") || p.startsWith(root + ".api");
    }

    /** Plugin modules depend on the api, never on each other or on the runner. */
    ArchRule pluginModulesAreIndependent() {
        return slices().matching(root + ".(*)..")
                .that(DescribedPredicate.describe("are plugin modules or the runner",
                        s -> PLUGIN_MODULES.contains(s.getNamePart(1)) || s.getNamePart(1).equals("runner")))
                .should().notDependOnEachOther()
                .as("plugin modules and the runner do not depend on each other (only on the api)");
    }

    /** The runner depends on the api at compile time only; plugins arrive through ServiceLoader. */
    ArchRule runnerImportsNoPlugin() {
        String[] plugins = PLUGIN_MODULES.stream().map(m -> root + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".runner..")
                .should().dependOnClassesThat().resideInAnyPackage(plugins)
                .as("the runner imports no plugin package");
    }

    /** No package depends on itself through others. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .as("no package cycles");
    }

    /** Inside a plugin module, one plugin's package does not use another's (shared packages excepted). */
    ArchRule pluginPackagesAreIndependent() {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        String p = c.getPackageName();
                        for (String module : PLUGIN_MODULES) {
                            String prefix = root + "." + module + ".";
                            if (p.startsWith(prefix)) {
                                String plugin = p.substring(prefix.length()).split("\\.")[0];
                                return SHARED_PACKAGES.contains(plugin) ? SliceIdentifier.ignore()
                                        : SliceIdentifier.of(module, plugin);
                            }
                        }
                        return SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "plugin packages of " + root;
                    }
                })
                .should().notDependOnEachOther()
                .as("plugin packages do not import each other");
    }

    /**
     * TensorFlow Java (160 MB of natives) is touched by one package, the SavedModel export, so
     * that no other command loads it.
     */
    ArchRule onlyTheSavedModelExportTouchesTensorFlow() {
        return noClasses().that().resideOutsideOfPackage(root + ".runner.export.tensorflow..")
                .should().dependOnClassesThat().resideInAPackage("org.tensorflow..")
                .as("only the SavedModel export (runner.export.tensorflow) touches TensorFlow");
    }

    /** ONNX Runtime is reached through DJL's engine-neutral api only, so it loads only when chosen. */
    ArchRule onnxRuntimeOnlyThroughDjl() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl.onnxruntime..")
                .as("ONNX Runtime is reached through DJL's engine-neutral api only");
    }

    /**
     * DJL's array-with-a-number arithmetic hands PyTorch's autograd a tensor over a Java buffer
     * that the JVM may free before the backward pass (see the api's {@code Scalars}); code uses
     * {@code Scalars} instead.
     */
    ArchRule constantArithmeticGoesThroughScalars() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().callMethodWhere(DescribedPredicate.describe(
                        "NDArray's mul, div, pow, maximum or minimum of a Number",
                        (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(NDArray.class)
                                && UNSAFE_NUMBER_OPERATIONS.contains(call.getName())
                                && call.getTarget().getRawParameterTypes().size() == 1
                                && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(Number.class)))
                .as("arithmetic of an array with a number goes through the api's Scalars");
    }
}
