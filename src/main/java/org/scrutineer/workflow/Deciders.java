package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Who may decide a task: its assignee; else each member of its candidate groups whose decision it is ({@link TaskRoles}). */
@Component
class Deciders {

    private static final int PAGE = 500;

    private final IdentityService identity;
    private final TaskRoles roles;

    Deciders(IdentityService identity, TaskRoles roles) {
        this.identity = identity;
        this.roles = roles;
    }

    /** @param subject {@literal null} for a task of no subject: every member of its groups */
    List<String> of(String assignee, Collection<String> candidateGroups, TaskSubject subject) {
        if (assignee != null) {
            return List.of(assignee);
        }
        List<String> people = new ArrayList<>();
        for (String group : candidateGroups) {
            for (User user : identity.createUserQuery().memberOfGroup(group).listPage(0, PAGE)) {
                List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                        .map(Group::getId).toList();
                if (subject == null || roles.whyNot(user.getId(), groups, subject) == null) {
                    people.add(user.getId());
                }
            }
        }
        return people.stream().distinct().toList();
    }
}
