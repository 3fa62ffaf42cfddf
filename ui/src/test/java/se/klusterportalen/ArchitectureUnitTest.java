package se.klusterportalen;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules the module check does not cover. */
class ArchitectureUnitTest {

    /** Main classes of both modules (the core arrives as a jar), no test classes (nor the core's test jar). */
    static final ImportOption PRODUCTION_CODE = location -> !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(PRODUCTION_CODE)
            .importPackages("se.klusterportalen");

    @Test
    void entitiesStayInsideTheirFeature() {
        ArchRule rule = classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .because("views and other features receive records, never managed entities");
        rule.check(MAIN);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        ArchRule rule = noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis");
        rule.check(MAIN);
    }

    @Test
    void keycloakClientCodeStaysInTheSecurityFeature() {
        noClasses().that().resideOutsideOfPackage("se.klusterportalen.security..")
                .should().dependOnClassesThat().resideInAPackage("org.keycloak..")
                .check(MAIN);
    }

    @Test
    void viewsLiveInUiPackagesAndTheCoreKnowsNoVaadin() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(MAIN);
    }

    @Test
    void everyPackageIsNullMarked() {
        classes().should(resideInANullMarkedPackage())
                .because("null is allowed only where @Nullable says so (JSpecify); see docs/architecture.md")
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
        return new ArchCondition<>("reside in a package whose package-info.java is @NullMarked") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!item.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(item, item.getPackageName()
                            + " has no package-info.java annotated @NullMarked (" + item.getName() + ")"));
                }
            }
        };
    }
}
