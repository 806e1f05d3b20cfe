package io.chargeops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Bounded contexts talk through services: an entity (a table) of one context is used only inside its own context
 * package; others ask that context's service.
 */
@AnalyzeClasses(packages = "io.chargeops.core", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundedContextTest {

    @ArchTest
    static final ArchRule entitiesStayInsideTheirContext = classes()
            .that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAnnotatedWith("jakarta.persistence.Embeddable")
            .should(beUsedOnlyInsideTheirContext())
            .allowEmptyShould(true);

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirContext() {
        return new ArchCondition<>("be used only inside their own context package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String context = contextOf(entity);
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!contextOf(user).equals(context)) {
                        events.add(SimpleConditionEvent.violated(entity, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** io.chargeops.core.wallet.internal.X → io.chargeops.core.wallet */
    private static String contextOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length < 4 ? type.getPackageName() : String.join(".", parts[0], parts[1], parts[2], parts[3]);
    }
}
