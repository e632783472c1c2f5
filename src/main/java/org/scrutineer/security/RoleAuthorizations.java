package org.scrutineer.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.scrutineer.security.Groups.ACTION_OWNERS;
import static org.scrutineer.security.Groups.COORDINATORS;
import static org.scrutineer.security.Groups.SCRUTINY_CHAIRS;

/**
 * What the three roles may do in Camunda's own webapps, with the engine's authorizations on: open Tasklist, use its
 * filters and read the process definitions their tasks belong to. Tasks themselves are granted one by one by the
 * engine to their assignee and candidate groups, so each person sees only their own work. Coordinators may also
 * move a letter's process on (a cycle they ask for). Nobody but the
 * camunda-admin group (granted everything by the starter) opens Cockpit or Admin. Made once, in every profile.
 */
@Component
class RoleAuthorizations {

    private record Grant(Resource resource, String resourceId, Permission permission) {
    }

    private record GroupGrant(String group, Grant grant) {
    }

    private static final List<String> ROLES = List.of(COORDINATORS, ACTION_OWNERS, SCRUTINY_CHAIRS);
    private static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Resources.FILTER, Authorization.ANY, Permissions.READ),
            new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ));

    // A coordinator's request for a cycle moves the letter's process on, as that coordinator (who the audit names).
    private static final List<GroupGrant> OWN_GRANTS = List.of(new GroupGrant(COORDINATORS,
            new Grant(Resources.PROCESS_DEFINITION, ProcessKeys.LETTER, ProcessDefinitionPermissions.UPDATE_INSTANCE)));

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void grant() {
        for (String group : ROLES) {
            GRANTS.forEach(g -> grant(group, g));
        }
        OWN_GRANTS.forEach(g -> grant(g.group(), g.grant()));
    }

    private void grant(String group, Grant g) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(g.resource()).resourceId(g.resourceId()).hasPermission(g.permission()).count() > 0;
        if (!granted) {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(group);
            a.setResource(g.resource());
            a.setResourceId(g.resourceId());
            a.addPermission(g.permission());
            authorizations.saveAuthorization(a);
        }
    }
}
