package io.chargeops.pile.protocol.ykc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The codec must run outside the container (simulator, benchmarks), so it may not touch Jakarta EE. */
class ArchitectureTest {
    private final JavaClasses protocol = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chargeops.pile.protocol");

    @Test
    void protocolDependsOnNoJakartaClasses() {
        noClasses().that().resideInAPackage("io.chargeops.pile.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ejb..", "javax.resource..")
                .check(protocol);
    }

    @Test
    void protocolDoesNotReachIntoTheResourceAdapter() {
        noClasses().that().resideInAPackage("io.chargeops.pile.protocol..")
                .should().dependOnClassesThat().resideInAPackage("io.chargeops.pile.ra..")
                .check(protocol);
    }
}
