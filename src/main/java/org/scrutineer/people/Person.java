package org.scrutineer.people;

/**
 * A person as a paper or page names them.
 *
 * @param name     their first and last name; the user id only when the identity service has no name for them
 * @param jobTitle {@literal null} when nobody has recorded one
 */
public record Person(String userId, String name, String jobTitle) {

    /** "Renée Dupré, Service Manager", or the name alone when no job title is known. */
    public String nameAndTitle() {
        return jobTitle == null ? name : name + ", " + jobTitle;
    }
}
