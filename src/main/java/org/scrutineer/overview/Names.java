package org.scrutineer.overview;

import org.scrutineer.people.People;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** People's full names for one page: each person is looked up once, however often the page names them. */
final class Names {

    private final Function<String, String> lookUp;
    private final Map<String, String> known = new HashMap<>();

    /** @param lookUp a user id to a full name (see {@link People#displayName}) */
    Names(Function<String, String> lookUp) {
        this.lookUp = lookUp;
    }

    Names(People people) {
        this(people::displayName);
    }

    /** "Owen Owner"; "" for {@literal null}. */
    String of(String userId) {
        return userId == null ? "" : known.computeIfAbsent(userId, lookUp);
    }
}
