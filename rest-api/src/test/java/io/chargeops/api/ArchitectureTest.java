package io.chargeops.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The REST layer translates HTTP; rules and tables belong to ejb-core. */
@AnalyzeClasses(packages = "io.chargeops.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPersistenceInResources = noClasses().that().resideInAPackage("io.chargeops.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..",
                    "org.eclipse.persistence..", "io.chargeops.sql..")
            .because("resources call ejb-core services and never touch the database");

    @ArchTest
    static final ArchRule noBusinessBeansInResources = noClasses().that().resideInAPackage("io.chargeops.api..")
            .should().beAnnotatedWith("jakarta.ejb.Stateless")
            .orShould().beAnnotatedWith("jakarta.ejb.Singleton")
            .orShould().beAnnotatedWith("jakarta.ejb.MessageDriven")
            .because("business services live in ejb-core");
}
