package org.scrutineer.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionGuardTests {

    @Test
    void productionRefusesDemoUsersAndDefaultOrShortAdminPasswords() {
        assertThatThrownBy(() -> ProductionGuard.check("admin", "a-long-enough-secret", true)).hasMessageContaining("demo users");
        assertThatThrownBy(() -> ProductionGuard.check("admin", "admin", false)).hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD");
        assertThatThrownBy(() -> ProductionGuard.check("admin", "short", false)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> ProductionGuard.check("admin", "", false)).hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD");
        assertThatCode(() -> ProductionGuard.check("admin", "a-long-enough-secret", false)).doesNotThrowAnyException();
        // the admin's id is SCRUTINEER_ADMIN_ID's; its password may not be that id
        assertThatThrownBy(() -> ProductionGuard.check("counciladmin7", "counciladmin7", false))
                .hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD");
        assertThatCode(() -> ProductionGuard.check("counciladmin7", "a-long-enough-secret", false)).doesNotThrowAnyException();
    }
}
