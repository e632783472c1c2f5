package org.scrutineer.letter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.Section;
import org.scrutineer.pages.PageController;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.UnsupportedFormat;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /letters/new}: a coordinator uploads a letter (or pastes it), checks what was read from it, and registers it.
 * Reading is {@code POST /api/letters/extract}'s, registering {@code POST /api/letters}'s ({@link LetterFileReader},
 * {@link LetterService#extract}, {@link LetterRegistry}), so the page has the API's limits and its one transaction.
 * <p>
 * Between the two steps the upload waits on the server ({@link WaitingUploads}), not sent back by the browser: a page
 * cannot put a file back into a file input, and sending its bytes through the page would double a large letter past
 * the request limit and let the browser register other bytes than those it showed were read. One upload waits per
 * session (a new one replaces it; registering drops it), and those waiting are bounded in number and in bytes. The
 * session and the page carry only the waiting upload's random id: a page left open on an older upload cannot
 * register the newer one it has not shown.
 */
@PageController
class LetterPages {

    static final String WAITING = LetterPages.class.getName() + ".waiting";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The sections in the order the check shows them: what calls for action first. */
    /** The sections in the order the page lists them: what calls for action first, context last. */
    private static final List<Section> SECTIONS = List.of(Section.PRIORITY_ACTION, Section.AREA_FOR_DEVELOPMENT,
            Section.RECOMMENDATION, Section.STRENGTH, Section.MEETS_REQUIREMENTS, Section.UNCLASSIFIED, Section.NARRATIVE);

    private final LetterFileReader files;
    private final LetterService letters;
    private final LetterRegistry registry;
    private final LetterLimits limits;
    private final long maxFileBytes;
    private final WaitingUploads uploads;

    LetterPages(LetterFileReader files, LetterService letters, LetterRegistry registry, LetterLimits limits,
                MultipartProperties multipart, WaitingUploads uploads) {
        this.uploads = uploads;
        this.files = files;
        this.letters = letters;
        this.registry = registry;
        this.limits = limits;
        this.maxFileBytes = multipart.getMaxFileSize().toBytes();
    }

    /** An upload read and shown, waiting to be registered; {@code pasted} when it came as text typed or pasted. */
    record Waiting(String id, LetterUpload upload, ExtractedLetter extracted, boolean pasted) {
    }

    @GetMapping("/letters/new")
    String form(Model model) {
        return choose(model, "", "", Map.of());
    }

    /**
     * Both steps post here: the check's form names the waiting upload ({@code upload}), the first step's does not.
     * One mapping, told apart inside, not two with a {@code params} condition: Spring evaluates such a condition, for
     * every request it looks a handler up for, before the path, and so reads (and uses up) every form's body, the
     * Camunda webapps' sign-in among them.
     */
    @PostMapping("/letters/new")
    String post(@RequestParam(required = false) String upload, @RequestParam(required = false) MultipartFile file,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String committee,
                Authentication user, HttpSession session, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) throws IOException {
        String[] committees = request.getParameterValues("committee");
        if (committees != null && committees.length > 1) {
            // which was meant would be a guess, and Spring would join them as "a,b"
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return choose(model, "", "", Map.of("committee", "Give the committee's name once."));
        }
        if (upload == null && request instanceof MultipartHttpServletRequest parts && parts.getFiles("file").size() > 1) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return choose(model, "", committee, Map.of("file", "Choose one letter's file: read one letter at a time."));
        }
        return upload != null ? register(upload, committee, user, session, response, model, redirect)
                : read(file, text, committee, user, session, response, model);
    }

    /** Step 1: reads the file or the pasted text and shows what was read. */
    private String read(MultipartFile file, String text, String committee, Authentication user, HttpSession session,
                        HttpServletResponse response, Model model) throws IOException {
        boolean hasFile = file != null && !(file.isEmpty() && blank(file.getOriginalFilename()));
        boolean hasText = !text.isBlank();
        String field = hasFile ? "file" : "text";
        Map<String, String> errors = new LinkedHashMap<>();
        if (hasFile && hasText) {
            errors.put("file", "Choose a file or paste the text, not both.");
        } else if (!hasFile && !hasText) {
            errors.put("file", "Choose the letter's file, or paste its text.");
        } else {
            try {
                LetterUpload upload = hasFile ? files.read(file.getBytes(), file.getOriginalFilename(), committee)
                        : files.ofText(text, committee);
                Waiting waiting = new Waiting(UUID.randomUUID().toString(), upload, letters.extract(upload.text()),
                        !hasFile);
                uploads.put(user.getName(), session.getId(), waiting);
                session.setAttribute(WAITING, waiting.id());
                return check(model, waiting, committee, Map.of());
            } catch (BadRequest | UnsupportedFormat | UnreadableLetter refused) {
                errors.putAll(errorsOf(refused, field));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // what was pasted is given back to correct, unless it is past the limit and must be shortened anyway
        return choose(model, text.length() <= limits.maxCharacters() ? text : "", committee, errors);
    }

    /** Step 2: registers the upload the check showed, and opens the letter's page. */
    private String register(String upload, String committee, Authentication user, HttpSession session,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Waiting waiting = take(user.getName(), session, upload);
        if (waiting == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return choose(model, "", committee, Map.of("file", "That letter is no longer waiting to be registered:"
                    + " you registered it, read others since, or left it over an hour. Choose its file, or paste its text,"
                    + " again."));
        }
        try {
            LetterText.requireCommittee(committee);
            LetterUpload read = waiting.upload();
            Letter letter = registry.register(new LetterUpload(read.text(), read.bytes(), read.filename(),
                    read.contentType(), committee), user.getName());
            redirect.addFlashAttribute("notice", "Registered: " + titleOf(waiting) + ". Its findings are waiting"
                    + " for review.");
            return "redirect:/letters/" + letter.getId();
        } catch (BadRequest | UnreadableLetter refused) {
            uploads.put(user.getName(), session.getId(), waiting); // to correct and register again
            session.setAttribute(WAITING, waiting.id());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return check(model, waiting, committee, errorsOf(refused, "form"));
        }
    }

    /**
     * The waiting upload the page names, taken out of the session: a second press of Register (a double click,
     * another tab) finds nothing to register rather than registering the letter twice.
     */
    private Waiting take(String user, HttpSession session, String id) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (id.equals(session.getAttribute(WAITING))) {
                session.removeAttribute(WAITING);
                return uploads.take(user, id);
            }
            return null;
        }
    }

    private String choose(Model model, String text, String committee, Map<String, String> errors) {
        model.addAttribute("text", text);
        model.addAttribute("committee", committee);
        model.addAttribute("errors", errors);
        model.addAttribute("maxFileBytes", maxFileBytes);
        model.addAttribute("maxFileSize", megabytes(maxFileBytes));
        return "letter/new";
    }

    private String check(Model model, Waiting waiting, String committee, Map<String, String> errors) {
        LetterUpload upload = waiting.upload();
        model.addAttribute("waiting", waiting.id());
        model.addAttribute("letter", waiting.extracted());
        model.addAttribute("letterDate", waiting.extracted().letterDate() == null ? null
                : LONG_DATE.format(waiting.extracted().letterDate()));
        model.addAttribute("file", waiting.pasted()
                ? new Shown("Pasted text", String.format(Locale.UK, "%,d characters", upload.text().length()), null)
                : new Shown(upload.filename(), kindOf(upload.contentType()), size(upload.bytes().length)));
        ExtractedLetter read = waiting.extracted();
        model.addAttribute("unrecognised", read.findings().isEmpty() && read.inspectorate() == null
                && read.authority() == null && read.letterDate() == null);
        model.addAttribute("sections", grouped(waiting.extracted().findings()));
        model.addAttribute("toAct", waiting.extracted().findings().stream()
                .filter(f -> f.section() != null && f.section().callsForAction()).count());
        model.addAttribute("committee", committee);
        model.addAttribute("errors", errors);
        return "letter/new";
    }

    /** What the check shows of the file; {@code size} {@literal null} for pasted text, whose kind says its length. */
    record Shown(String filename, String kind, String size) {

        public String described() {
            return filename + " (" + kind + (size == null ? "" : ", " + size) + ")";
        }
    }

    /** A section's findings as the check lists them. */
    record Group(String id, String heading, boolean callsForAction, List<Finding> findings) {
    }

    private static List<Group> grouped(List<Finding> findings) {
        List<Group> groups = new ArrayList<>();
        SECTIONS.forEach(section -> {
            List<Finding> in = findings.stream().filter(f -> f.section() == section).toList();
            if (!in.isEmpty()) {
                groups.add(new Group("section-" + section.json(), section.heading(), section.callsForAction(), in));
            }
        });
        return groups;
    }

    private static Map<String, String> errorsOf(RuntimeException refused, String field) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof BadRequest bad) {
            bad.errors().stream().filter(e -> e.field().equals("committee")).findFirst()
                    .ifPresent(e -> errors.put("committee", "The committee's name " + e.message() + "."));
        }
        if (errors.isEmpty()) {
            errors.put(field, refused.getMessage());
        }
        return errors;
    }

    private static String titleOf(Waiting waiting) {
        String title = waiting.extracted().title();
        return blank(title) ? waiting.upload().filename() : title;
    }

    private static String kindOf(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return "PDF";
        }
        if (type.contains("wordprocessingml")) {
            return "Word document (DOCX)";
        }
        return type.startsWith("text/html") ? "Web page (HTML)" : "Text";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.UK, "%,d KB", (bytes + 1023) / 1024)
                : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : size(bytes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
