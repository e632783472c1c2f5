package org.scrutineer.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionGuardTests {

    @Test
    void productionRefusesDemoUsersAndDefaultOrShortAdminPasswords() {
        assertThatThrownBy(() -> ProductionGuard.check("a-long-enough-secret", true)).hasMessageContaining("demo users");
        assertThatThrownBy(() -> ProductionGuard.check("admin", false)).hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD");
        assertThatThrownBy(() -> ProductionGuard.check("short", false)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> ProductionGuard.check("", false)).hasMessageContaining("SCRUTINEER_ADMIN_PASSWORD");
        assertThatCode(() -> ProductionGuard.check("a-long-enough-secret", false)).doesNotThrowAnyException();
    }
}
