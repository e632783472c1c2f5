package org.scrutineer.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * People as others see them: by full name, never by user id. Names come from the engine's identity service, where
 * an administrator keeps users; a user without a name is shown by their id rather than not at all.
 */
@Service
public class People {

    private final IdentityService identity;

    People(IdentityService identity) {
        this.identity = identity;
    }

    /** "Owen Owner"; the id itself when the user has no name or no longer exists; "" for {@literal null}. */
    public String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return find(userId).map(Person::name).orElse(userId);
    }

    public Optional<Person> find(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.ofNullable(user).map(People::person);
    }

    /** The members of a group, by name. */
    public List<Person> inGroup(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(People::person)
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Person person(User user) {
        String name = (nonBlank(user.getFirstName()) + " " + nonBlank(user.getLastName())).trim();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.trim();
    }

    /** A user as shown: {@code id} is what forms submit, {@code name} what people read. */
    public record Person(String id, String name, String email) {
    }
}
