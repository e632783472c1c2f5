package org.scrutineer.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a user id into the name a person is known by. Users are the engine's identity users
 * (first and last name, email); a job title is kept beside them as the engine's user info under {@link #JOB_TITLE},
 * so it lives and dies with the user, whichever identity store the engine runs on, and needs no document of ours.
 */
@Component
public class People {

    /** The engine user-info key holding a person's job title. */
    public static final String JOB_TITLE = "jobTitle";

    private final IdentityService identity;

    People(IdentityService identity) {
        this.identity = identity;
    }

    /** "Owen Owner"; the id itself for an id the identity service does not know (an owner typed in by hand). */
    public String displayName(String userId) {
        return person(userId).name();
    }

    /** The person with this id, their job title included when one is recorded; {@literal null} in, {@literal null} out. */
    public Person person(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return new Person(userId, userId, null);
        }
        String title = identity.getUserInfo(userId, JOB_TITLE);
        return new Person(userId, nameOf(user), title == null || title.isBlank() ? null : title.strip());
    }

    /**
     * The user a spreadsheet or form names: by user id, by email, or by first and last name ("Owen Owner"), matched
     * whole and ignoring case; empty when none, or when a name fits more than one person.
     */
    public java.util.Optional<String> find(String idEmailOrName) {
        String wanted = idEmailOrName == null ? "" : idEmailOrName.strip();
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (identity.createUserQuery().userId(wanted).count() == 1) {
            return java.util.Optional.of(wanted);
        }
        java.util.List<User> matches = wanted.contains("@")
                ? identity.createUserQuery().userEmail(wanted).listPage(0, 2)
                : identity.createUserQuery().listPage(0, 2000).stream()
                        .filter(u -> (orEmpty(u.getFirstName()) + " " + orEmpty(u.getLastName())).strip()
                                .equalsIgnoreCase(wanted.replaceAll("\\s+", " ")))
                        .limit(2).toList();
        return matches.size() == 1 ? java.util.Optional.of(matches.get(0).getId()) : java.util.Optional.empty();
    }

    /** Where to write to them; {@literal null} for an unknown user or one without an address. */
    public String email(String userId) {
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
    }

    /**
     * The members of a group, by name: whom a form offers where it asks for a person. One query for them all; their
     * job titles are not read (a list of names does not show them).
     */
    public java.util.List<Person> inGroup(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(u -> new Person(u.getId(), nameOf(u), null))
                .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** First and last name; the id when the user has neither. */
    private static String nameOf(User user) {
        String name = (orEmpty(user.getFirstName()) + " " + orEmpty(user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    /** Records or clears ({@literal null}) a person's job title. */
    public void setJobTitle(String userId, String jobTitle) {
        if (jobTitle == null || jobTitle.isBlank()) {
            identity.deleteUserInfo(userId, JOB_TITLE);
        } else {
            identity.setUserInfo(userId, JOB_TITLE, jobTitle.strip());
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
