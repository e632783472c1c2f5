package org.scrutineer.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.scrutineer.people.People;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.scrutineer.security.Groups.*;

/**
 * The embedded default's demo users (password = user id), created once. Off in production
 * ({@code scrutineer.demo-users=false}), where users come from the identity service's own admin.
 */
@Component
@ConditionalOnProperty(name = "scrutineer.demo-users", havingValue = "true")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private record DemoUser(String id, String firstName, String lastName, String jobTitle, String group) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("cora", "Cora", "Coordinator", "Scrutiny Officer", COORDINATORS),
            new DemoUser("owen", "Owen", "Owner", "Head of Children’s Social Care", ACTION_OWNERS),
            new DemoUser("olive", "Olive", "Owner", "Quality Assurance Manager", ACTION_OWNERS),
            new DemoUser("chris", "Chris", "Chair", "Scrutiny Committee Chair", SCRUTINY_CHAIRS));

    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemoUsers() {
        for (String group : List.of(COORDINATORS, ACTION_OWNERS, SCRUTINY_CHAIRS)) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                var g = identity.newGroup(group);
                g.setName(group);
                g.setType("WORKFLOW");
                identity.saveGroup(g);
            }
        }
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setPassword(demo.id());
                user.setEmail(demo.id() + "@example.org");
                identity.saveUser(user);
                identity.createMembership(demo.id(), demo.group());
                identity.setUserInfo(demo.id(), People.JOB_TITLE, demo.jobTitle());
                log.info("Demo user '{}' created in group '{}' (password = user id)", demo.id(), demo.group());
            }
        }
    }
}
