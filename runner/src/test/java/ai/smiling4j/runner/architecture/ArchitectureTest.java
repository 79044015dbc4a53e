package ai.smiling4j.runner.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module rules of DESIGN.md hold for every production class of every module (the runner's
 * tests see all modules on their class path), and each rule is shown to fail on the fixture in
 * {@code ai.smiling4j.archfixture}, which breaks every one of them on purpose.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.smiling4j");
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("ai.smiling4j.archfixture");
    private static final ArchitectureRules RULES = new ArchitectureRules("ai.smiling4j");
    private static final ArchitectureRules FIXTURE_RULES = new ArchitectureRules("ai.smiling4j.archfixture");

    @Test
    void productionCodeSpansEveryModule() {
        for (String module : new String[] {"api", "runner", "environments", "diffusion", "divergences", "solvers"}) {
            assertTrue(PRODUCTION.containPackage("ai.smiling4j." + module), module + " was not imported");
        }
    }

    @Test
    void apiDependsOnlyOnJdkAndEngineNeutralDjl() {
        check(RULES.apiDependsOnlyOnJdkAndEngineNeutralDjl(), FIXTURE_RULES.apiDependsOnlyOnJdkAndEngineNeutralDjl());
    }

    @Test
    void pluginModulesAreIndependent() {
        check(RULES.pluginModulesAreIndependent(), FIXTURE_RULES.pluginModulesAreIndependent());
    }

    @Test
    void runnerImportsNoPlugin() {
        check(RULES.runnerImportsNoPlugin(), FIXTURE_RULES.runnerImportsNoPlugin());
    }

    @Test
    void noPackageCycles() {
        check(RULES.noPackageCycles(), FIXTURE_RULES.noPackageCycles());
    }

    @Test
    void pluginPackagesAreIndependent() {
        check(RULES.pluginPackagesAreIndependent(), FIXTURE_RULES.pluginPackagesAreIndependent());
    }

    @Test
    void onlyTheSavedModelExportTouchesTensorFlow() {
        check(RULES.onlyTheSavedModelExportTouchesTensorFlow(), FIXTURE_RULES.onlyTheSavedModelExportTouchesTensorFlow());
    }

    @Test
    void onnxRuntimeOnlyThroughDjl() {
        check(RULES.onnxRuntimeOnlyThroughDjl(), FIXTURE_RULES.onnxRuntimeOnlyThroughDjl());
    }

    @Test
    void constantArithmeticGoesThroughScalars() {
        check(RULES.constantArithmeticGoesThroughScalars(), FIXTURE_RULES.constantArithmeticGoesThroughScalars());
    }

    private static void check(ArchRule real, ArchRule onFixture) {
        real.check(PRODUCTION);
        assertThrows(AssertionError.class, () -> onFixture.check(FIXTURE),
                "the rule '" + onFixture.getDescription() + "' did not catch the fixture's violation");
    }
}
