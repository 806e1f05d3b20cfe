package io.chargeops.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Backing beans hold view state and call ejb-core; rules and tables belong to ejb-core. */
@AnalyzeClasses(packages = "io.chargeops.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPersistenceInBackingBeans = noClasses().that().resideInAPackage("io.chargeops.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..",
                    "org.eclipse.persistence..", "io.chargeops.sql..")
            .because("the console reads and writes through ejb-core services only");

    @ArchTest
    static final ArchRule noBusinessBeansInConsole = noClasses().that().resideInAPackage("io.chargeops.admin..")
            .should().beAnnotatedWith("jakarta.ejb.Stateless")
            .orShould().beAnnotatedWith("jakarta.ejb.Singleton")
            .orShould().beAnnotatedWith("jakarta.ejb.MessageDriven")
            .because("business services live in ejb-core");
}
