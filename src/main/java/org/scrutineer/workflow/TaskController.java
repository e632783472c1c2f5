package org.scrutineer.workflow;

import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;

/** Everyone's work: their open tasks, a task's form, and completing it. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final WorkTasks work;

    TaskController(WorkTasks work) {
        this.work = work;
    }

    /** The caller's open tasks, oldest first, a page at a time. */
    @GetMapping
    ResponseEntity<List<TaskSummary>> mine(Authentication user, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        Paged<TaskSummary> open = work.openTasks(user.getName(), groups(user), paging);
        return paging.answer(open.entries(), open.total());
    }

    @GetMapping("/{id}/form")
    TaskFormView form(@PathVariable String id, Authentication user) {
        return work.form(id, user.getName(), groups(user));
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody Map<String, Object> values, Authentication user) {
        work.complete(id, values, user.getName(), groups(user));
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
