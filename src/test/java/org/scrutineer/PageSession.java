package org.scrutineer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.FlashMap;

import java.nio.charset.StandardCharsets;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Scrutineer's pages as a demo user's browser sees them over MockMvc: signed in at {@code /login} (password = user
 * id) into a session, forms sent with the session's CSRF token, a redirect followed with its flash attributes.
 */
public final class PageSession {

    private final MockMvc mvc;
    private final MockHttpSession session;

    private PageSession(MockMvc mvc, MockHttpSession session) {
        this.mvc = mvc;
        this.session = session;
    }

    /** A browser in which {@code user} has signed in. */
    public static PageSession signedIn(MockMvc mvc, String user) {
        MvcResult result = perform(mvc, MockMvcRequestBuilders.post("/login").param("username", user).param("password", user).with(csrf()));
        if (result.getResponse().getStatus() != 302) {
            throw new AssertionError(user + " could not sign in: " + result.getResponse().getStatus());
        }
        return new PageSession(mvc, (MockHttpSession) result.getRequest().getSession(false));
    }

    /** What came back: the status, the page parsed, and where a redirect points with its flash attributes. */
    public record Page(int status, String contentType, String html, String redirect, FlashMap flash,
                       MvcResult result) {
        public Document document() {
            return Jsoup.parse(html);
        }

        /** The text of the element with this id, as a person reads it; fails when there is none. */
        public String text(String id) {
            var element = document().getElementById(id);
            if (element == null) {
                throw new AssertionError("no element #" + id + " on the page:\n" + document().body().text());
            }
            return element.text();
        }

        public boolean has(String id) {
            return document().getElementById(id) != null;
        }
    }

    public Page get(String path) {
        return page(perform(mvc, MockMvcRequestBuilders.get(path).session(session)));
    }

    /** @param params names and values, alternating */
    public Page post(String path, String... params) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return page(perform(mvc, request));
    }

    /** Follows a redirect as a browser would, the flash attributes with it. */
    public Page follow(Page redirected) {
        if (redirected.redirect() == null) {
            throw new AssertionError("not a redirect: " + redirected.status());
        }
        return page(perform(mvc, MockMvcRequestBuilders.get(redirected.redirect()).session(session).flashAttrs(redirected.flash())));
    }

    private static Page page(MvcResult result) {
        var response = result.getResponse();
        return new Page(response.getStatus(), response.getContentType(),
                new String(response.getContentAsByteArray(), StandardCharsets.UTF_8), response.getRedirectedUrl(),
                result.getFlashMap(), result);
    }

    private static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
