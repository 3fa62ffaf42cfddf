package se.klusterportalen;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.security.RequiresPermission;
import se.klusterportalen.tenancy.RegionContext;
import se.klusterportalen.tenancy.RegionOwned;
import se.klusterportalen.tenancy.SystemTask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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
    void dateFieldsShowDatesAsTheRegionsWriteThem() {
        noClasses().that().doNotHaveFullyQualifiedName(se.klusterportalen.base.ui.DateField.class.getName())
                .should().callConstructorWhere(DescribedPredicate.describe("a DatePicker constructor",
                        call -> call.getTargetOwner().isEquivalentTo(
                                com.vaadin.flow.component.datepicker.DatePicker.class)))
                .because("a bare DatePicker shows dates in the browser's format (\"1/4/2010\" in English);"
                        + " base.ui.DateField shows 2010-01-04 in every language")
                .check(MAIN);
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
    void regionOwnershipIsDeclaredOnceInTheMappedSuperclass() {
        fields().that().areAnnotatedWith(TenantId.class).should().beDeclaredIn(RegionOwned.class)
                .because("a region-owned entity extends RegionOwnedEntity (or RegionOwned): id, tenant and version"
                        + " declared once (ADR 0002)")
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

    // ---- system work behind a capability (ADR 0009) -------------------------------------------------------

    /**
     * Demo and bootstrap code (the demo feature and the classes named {@code *DemoData} or {@code *Seeder}) and
     * scheduled jobs (classes named {@code *Job} with a {@code @SchedulerLock} method: run on one node, by the
     * platform, per region).
     */
    static final DescribedPredicate<JavaClass> SEEDERS = DescribedPredicate.describe("seeders and scheduled jobs",
            c -> c.getPackageName().startsWith("se.klusterportalen.demo")
                    || c.getSimpleName().endsWith("DemoData") || c.getSimpleName().endsWith("Seeder")
                    || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("DemoData")).orElse(false)
                    || c.getSimpleName().endsWith("Job") && c.getMethods().stream()
                            .anyMatch(m -> m.isAnnotatedWith(SchedulerLock.class)));

    static final DescribedPredicate<JavaClass> VIEWS_AND_CONTROLLERS = DescribedPredicate.describe(
            "views and controllers", resideInAPackage("..ui..")
                    .or(annotatedWith(RestController.class)).or(annotatedWith(Controller.class)));

    static final ArchCondition<JavaMethod> DECLARE_A_PERMISSION_OR_NEED_A_SYSTEM_TASK = new ArchCondition<>(
            "declare a permission (@RequiresPermission) or be a system operation that needs a SystemTask") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean permission = method.isAnnotatedWith(RequiresPermission.class)
                    || method.isAnnotatedWith(PreAuthorize.class)
                    || method.getOwner().isAnnotatedWith(RequiresPermission.class);
            boolean system = !method.getRawParameterTypes().isEmpty()
                    && method.getRawParameterTypes().getFirst().isEquivalentTo(SystemTask.class);
            if (!permission && !system) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + " declares no permission and is no system operation"));
            }
        }
    };

    @Test
    void everyPublicServiceMethodDeclaresAPermissionOrIsASystemOperationThatOnlySeedersCall() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(DECLARE_A_PERMISSION_OR_NEED_A_SYSTEM_TASK)
                .because("permissions are enforced at the service boundary, and work without one is the system's")
                .check(MAIN);
    }

    @Test
    void onlySeedersStartSystemTasks() {
        noClasses().that(DescribedPredicate.not(SEEDERS)).and().doNotBelongToAnyOf(SystemTask.class)
                .should().callMethod(SystemTask.class, "callIn", String.class, java.util.function.Function.class)
                .orShould().callMethod(SystemTask.class, "runIn", String.class, java.util.function.Consumer.class)
                .because("only demo and bootstrap code works as the system")
                .check(MAIN);
    }

    @Test
    void viewsAndControllersDoNotSwitchTheRegion() {
        noClasses().that(VIEWS_AND_CONTROLLERS)
                .should().callMethod(RegionContext.class, "callAs", String.class, java.util.function.Supplier.class)
                .orShould().callMethod(RegionContext.class, "runAs", String.class, Runnable.class)
                .orShould().dependOnClassesThat().areAssignableTo(SystemTask.class)
                .because("a request works in the region of the signed-in user's token, never in another")
                .check(MAIN);
    }

    @Test
    void onlyASystemTaskSwitchesTheRegion() {
        noClasses().that().doNotBelongToAnyOf(SystemTask.class, RegionContext.class)
                .should().callMethod(RegionContext.class, "callAs", String.class, java.util.function.Supplier.class)
                .orShould().callMethod(RegionContext.class, "runAs", String.class, Runnable.class)
                .because("switching the region is system work: it goes through SystemTask.callIn/runIn")
                .check(MAIN);
    }
}
