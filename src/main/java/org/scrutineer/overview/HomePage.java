package org.scrutineer.overview;

import org.scrutineer.pages.PageController;
import org.scrutineer.web.Paging;
import org.scrutineer.workflow.OpenWork;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** {@code /}: what this person has to do and what needs their attention. */
@PageController
class HomePage {

    private final OpenWork work;

    HomePage(OpenWork work) {
        this.work = work;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        var tasks = work.of(user.getName(), groups, Paging.of(0, Paging.MAX_SIZE));
        model.addAttribute("tasks", tasks.entries());
        model.addAttribute("taskCount", tasks.total());
        return "overview/home";
    }
}
