package org.scrutineer.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list our API answers: {@code ?page=} (from 0) and {@code ?size=} (1 to {@value #MAX_SIZE}, by default
 * {@value #DEFAULT_SIZE}). The body stays a JSON array, so a caller that reads {@code .[0]} reads the first entry;
 * {@code X-Total-Count} says how many there are in all and {@code Link} gives the first, previous, next and last
 * pages, as addresses relative to the site (unless the query is over {@value #MAX_LINKED_QUERY} characters). Every list is paged, so no reply grows with what is stored.
 *
 * @param page from 0
 * @param size entries per page
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** So that page × size stays a number every store counts in: 10 million entries. */
    private static final long MAX_OFFSET = 10_000_000;
    /** A query longer than this gets no {@code Link}: no filter of ours needs one, and four copies must fit. */
    private static final int MAX_LINKED_QUERY = 1_024;

    /**
     * @param page {@literal null}: the first
     * @param size {@literal null}: {@value #DEFAULT_SIZE}
     * @throws BadRequest naming each parameter out of range
     */
    public static Paging of(Integer page, Integer size) {
        List<BadRequest.FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new BadRequest.FieldError("size", "must be from 1 to " + MAX_SIZE));
        }
        if (p < 0 || (errors.isEmpty() && (long) p * s > MAX_OFFSET)) {
            errors.add(new BadRequest.FieldError("page", "must be from 0 to " + MAX_OFFSET / Math.max(1, Math.min(s, MAX_SIZE))));
        }
        if (!errors.isEmpty()) {
            throw new BadRequest("Ask for a page from 0 of 1 to " + MAX_SIZE + " entries.", errors);
        }
        return new Paging(p, s);
    }

    /** How many pages of {@code size} entries {@code total} entries fill: at least one, empty as it may be. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** How many entries come before this page. */
    public int offset() {
        return page * size;
    }

    /** The page as our API answers it: the entries as a JSON array, the count and the links in headers. */
    public <T> ResponseEntity<List<T>> answer(List<T> entries, long total) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", Long.toString(total));
        if (longQuery()) {
            // four copies of a long query overflow the answer's headers (a 500 with no body): no links, then
            return ResponseEntity.ok().headers(headers).body(entries);
        }
        long last = pages(total, size) - 1;
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (page > 0) {
            links.add(link(Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(page + 1, "next"));
        }
        links.add(link(last, "last"));
        headers.set(HttpHeaders.LINK, String.join(", ", links));
        return ResponseEntity.ok().headers(headers).body(entries);
    }

    private static boolean longQuery() {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        return query != null && query.length() > MAX_LINKED_QUERY;
    }

    /**
     * A link relative to the site, path and query only (RFC 8288 takes a relative reference): a whole address would
     * name the host the request's {@code Host} header claimed, which anyone sending it may choose.
     */
    private String link(long toPage, String rel) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", toPage)
                .replaceQueryParam("size", size).build();
        // "//host/…" would be read as another host's address: the path is one of ours, so one slash begins it
        String path = "/" + uri.getPath().replaceFirst("^/+", "");
        return "<" + path + "?" + uri.getQuery() + ">; rel=\"" + rel + "\"";
    }
}
