package org.scrutineer.letter;

import org.scrutineer.audit.AuditEntry;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Coordinators register letters here and read their audit trails; anyone signed in may read the letters. */
@RestController
@RequestMapping("/api/letters")
class LetterController {

    private final LetterService letters;
    private final LetterFileReader files;
    private final LetterRegistry registry;

    LetterController(LetterService letters, LetterFileReader files, LetterRegistry registry) {
        this.letters = letters;
        this.files = files;
        this.registry = registry;
    }

    record TextLetter(String text, String committee) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Letter registerText(@RequestBody TextLetter body, Principal user) {
        return registry.register(files.ofText(body.text(), body.committee()), user.getName());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Letter registerFile(@RequestPart("file") MultipartFile file,
                        @RequestParam(value = "committee", required = false) String committee,
                        MultipartHttpServletRequest request, Principal user) throws IOException {
        requireOneLetter(request, Set.of("committee"));
        return registry.register(files.read(file.getBytes(), file.getOriginalFilename(), committee), user.getName());
    }

    @PostMapping(path = "/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExtractedLetter extractText(@RequestBody TextLetter body) {
        return letters.extract(files.ofText(body.text(), null).text());
    }

    @PostMapping(path = "/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ExtractedLetter extractFile(@RequestPart("file") MultipartFile file, MultipartHttpServletRequest request)
            throws IOException {
        requireOneLetter(request, Set.of());
        return letters.extract(files.read(file.getBytes(), file.getOriginalFilename(), null).text());
    }

    /**
     * One letter a request: one file part and each field once. A second file was ignored, a {@code text} field
     * beside the file dropped without a word, and two committees stored as "a,b"; which was meant would be a guess.
     */
    private static void requireOneLetter(MultipartHttpServletRequest request, Set<String> fields) {
        List<FieldError> errors = new ArrayList<>();
        request.getMultiFileMap().forEach((name, parts) -> {
            if (!name.equals("file")) {
                errors.add(new FieldError(name, "is not a part of this request: send the letter as 'file'"));
            } else if (parts.size() > 1) {
                errors.add(new FieldError("file", "must be one file: send one letter a request"));
            }
        });
        request.getParameterMap().forEach((name, values) -> {
            if (!fields.contains(name)) {
                errors.add(new FieldError(name, "is not a field of this request"));
            } else if (values.length > 1) {
                errors.add(new FieldError(name, "must be given once"));
            }
        });
        if (!errors.isEmpty()) {
            throw new BadRequest("Send one letter: a single 'file' part" + (fields.isEmpty() ? "" : ", and at most one "
                    + String.join(", ", fields)) + ".", errors);
        }
    }

    /** The letters, newest first, a page at a time, as summaries: {@link #get} gives a letter whole. */
    @GetMapping
    ResponseEntity<List<LetterSummary>> list(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        Paged<LetterSummary> letters = this.letters.list(paging);
        return paging.answer(letters.entries(), letters.total());
    }

    @GetMapping("/{id}")
    Letter get(@PathVariable String id) {
        return letters.get(id);
    }

    /**
     * The file as it was uploaded, with the content type its bytes showed, so a person can check the findings against
     * the letter as it came. The sandbox keeps an uploaded web page's scripts from running as our site.
     */
    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String id) {
        LetterService.OriginalFile original = letters.original(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(original.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(original.filename(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .body(original.bytes());
    }

    /**
     * Who did what to the letter, its plan and its reports, oldest first. Read-only: the trail is written by the
     * services as they change things, and no request can add to, change or remove it.
     */
    @GetMapping("/{id}/audit")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable String id, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        Paged<AuditEntry> trail = letters.auditTrail(id, paging);
        return paging.answer(trail.entries(), trail.total());
    }

    /**
     * A coordinator withdraws a letter registered by mistake, with its process and unaccepted plan, in one
     * transaction; a letter whose plan is live is kept (409).
     */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String id, Principal user) {
        registry.withdraw(id, user.getName());
    }

    @ExceptionHandler(UnreadableLetter.class)
    ProblemDetail unreadable(UnreadableLetter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.reason().status, e.getMessage());
        problem.setTitle(e.reason().title);
        return problem;
    }
}
