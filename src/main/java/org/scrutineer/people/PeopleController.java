package org.scrutineer.people;

import org.camunda.bpm.engine.IdentityService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.VisibleText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

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

    /** As long as a title a paper prints on one line beside a name can be. */
    static final int MAX_JOB_TITLE = 100;

    @PutMapping("/api/users/{id}/job-title")
    ResponseEntity<Person> jobTitle(@PathVariable String id, @RequestBody JobTitle body) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            throw new NotFound("There is no user '" + id + "'.");
        }
        String title = body == null ? null : body.jobTitle();
        // printed beside the name that approved a paper: as every reader sees it, on one line, never a paragraph
        String unfit = VisibleText.problem(title);
        if (unfit == null && title != null && VisibleText.oneLine(title).strip().length() > MAX_JOB_TITLE) {
            unfit = "must be at most " + MAX_JOB_TITLE + " characters";
        }
        if (unfit != null) {
            throw new BadRequest("A job title is a line of plain text.", List.of(new FieldError("jobTitle", unfit)));
        }
        people.setJobTitle(id, VisibleText.oneLine(title));
        return ResponseEntity.ok(people.person(id));
    }
}
