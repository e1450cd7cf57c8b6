package dev.mizan.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** annotation-model is the headless core: pipelines and servers use it without a display. */
class HeadlessCoreTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mizan");

    @Test
    void importsTheWholeCore() {
        // Guards the rule below against passing vacuously on an empty import.
        assertThat(CORE.stream().map(c -> c.getPackageName()))
                .contains("dev.mizan.model", "dev.mizan.store");
    }

    @Test
    void neverUsesSwingAwtFlatLafOrRSyntaxTextArea() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.mizan..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt..", "com.formdev.flatlaf..", "org.fife..");
        rule.check(CORE);
    }
}
