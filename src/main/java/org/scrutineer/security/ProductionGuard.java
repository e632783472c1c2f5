package org.scrutineer.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The production profile will not start with the embedded default's conveniences: demo users (password = user id)
 * or an admin password that is the default or short. It fails at startup, before anyone can sign in.
 */
@Component
@Profile("prod")
class ProductionGuard {

    static final int MIN_ADMIN_PASSWORD = 12;

    ProductionGuard(@Value("${camunda.bpm.admin-user.id:admin}") String adminId,
                    @Value("${camunda.bpm.admin-user.password:}") String adminPassword,
                    @Value("${scrutineer.demo-users:false}") boolean demoUsers) {
        check(adminId, adminPassword, demoUsers);
    }

    /** @param adminId the admin's user id, {@code SCRUTINEER_ADMIN_ID} ({@code admin} unless set) */
    static void check(String adminId, String adminPassword, boolean demoUsers) {
        if (demoUsers) {
            throw new IllegalStateException("The prod profile refuses to start with demo users: set scrutineer.demo-users=false.");
        }
        if (adminPassword == null || adminPassword.length() < MIN_ADMIN_PASSWORD || adminPassword.equals("admin")
                || adminPassword.equalsIgnoreCase(adminId)) {
            throw new IllegalStateException("The prod profile needs the admin password from SCRUTINEER_ADMIN_PASSWORD,"
                    + " at least " + MIN_ADMIN_PASSWORD + " characters and not a default.");
        }
    }
}
