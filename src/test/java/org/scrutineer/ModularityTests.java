package org.scrutineer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages (letter, finding, plan, progress, report, audit, workflow, security, web, store) use each
 * other only through their top-level types and never in a cycle.
 */
class ModularityTests {

    @Test
    void featuresDependOnEachOtherWithoutCyclesAndOnlyThroughTheirPublicTypes() {
        ApplicationModules.of(ScrutineerApplication.class).verify();
    }
}
