package org.scrutineer.people;

import org.camunda.bpm.engine.IdentityService;
import org.scrutineer.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An administrator records the job title papers print beside a person's name (admins only, SecurityConfiguration). */
@RestController
class PeopleController {

    private final People people;
    private final IdentityService identity;

    PeopleController(People people, IdentityService identity) {
        this.people = people;
        this.identity = identity;
    }

    /** @param jobTitle empty or absent clears it */
    record JobTitle(String jobTitle) {
    }

    @PutMapping("/api/users/{id}/job-title")
    ResponseEntity<Person> jobTitle(@PathVariable String id, @RequestBody JobTitle body) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            throw new NotFound("There is no user '" + id + "'.");
        }
        people.setJobTitle(id, body == null ? null : body.jobTitle());
        return ResponseEntity.ok(people.person(id));
    }
}
