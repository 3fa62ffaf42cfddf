package se.klusterportalen;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages are modules: others may use only a module's top-level package (its public service and
 * records); sub-packages such as {@code ui} stay internal; no cycles.
 */
class ModularityUnitTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class, ArchitectureUnitTest.PRODUCTION_CODE);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writeModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs")).writeModulesAsPlantUml();
    }
}
