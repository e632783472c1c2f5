package org.scrutineer.pages;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

import static org.scrutineer.security.Groups.*;

/** Who is signed in, as the pages need them: their id, their name, and which roles' work they do. */
public record SignedIn(String id, String name, List<String> groups) {

    public static SignedIn of(Authentication user, String name) {
        return new SignedIn(user.getName(), name,
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    public boolean isCoordinator() {
        return groups.contains(COORDINATORS);
    }

    public boolean isOwner() {
        return groups.contains(ACTION_OWNERS);
    }

    public boolean isChair() {
        return groups.contains(SCRUTINY_CHAIRS);
    }

    public boolean isAdmin() {
        return groups.contains(CAMUNDA_ADMIN);
    }
}
