package org.scrutineer.security;

/** The engine's groups our permissions are written against; users and groups live in the engine's identity service. */
public final class Groups {
    public static final String COORDINATORS = "coordinators";
    public static final String ACTION_OWNERS = "action-owners";
    public static final String SCRUTINY_CHAIRS = "scrutiny-chairs";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }
}
