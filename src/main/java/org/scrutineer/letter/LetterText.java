package org.scrutineer.letter;

import org.scrutineer.web.BadRequest;
import org.scrutineer.web.UnsupportedFormat;

import java.util.List;

/**
 * Turns an uploaded file into the letter's text, judging the format by its bytes rather than its name: a PDF's text
 * layer, a Word (DOCX) document, a web page (HTML), or plain text in UTF-8, UTF-16 or Windows-1252.
 */
final class LetterText {

    private static final String FORMATS = "PDF (with text), Word (DOCX), HTML or plain text";
    private static final int MAX_COMMITTEE = 200;
    private static final int MAX_FILENAME = 200;

    private LetterText() {
    }

    /** The upload with its text and its true content type; runs unbounded in time, see {@link LetterFileReader}. */
    static LetterUpload fromFile(byte[] bytes, String filename, String committee, LetterLimits limits) {
        if (bytes.length == 0) {
            throw new BadRequest("The uploaded file is empty: there is no letter to read.");
        }
        requireCommittee(committee);
        LetterFormat format = LetterFormat.detect(bytes);
        String text;
        String contentType;
        String extension;
        switch (format) {
            case PDF -> {
                text = PdfText.read(bytes, limits);
                contentType = "application/pdf";
                extension = ".pdf";
            }
            case ZIP -> {
                text = DocxText.read(bytes, limits.maxCharacters());
                contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                extension = ".docx";
            }
            case TEXT -> {
                TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
                requireNotBinary(decoded.text());
                if (decoded.text().length() > limits.maxCharacters()) {
                    throw UnreadableLetter.tooLarge("characters of text", limits.maxCharacters());
                }
                boolean html = HtmlText.isHtml(decoded.text());
                text = html ? HtmlText.read(decoded.text(), limits.maxCharacters()) : stripBom(decoded.text());
                contentType = (html ? "text/html" : "text/plain") + "; charset=" + decoded.charset().name();
                extension = html ? ".html" : ".txt";
            }
            default -> throw new UnsupportedFormat("The file is " + LetterFormat.describeOther(bytes)
                    + ", not a letter we can read: upload it as " + FORMATS + ", or paste its text.");
        }
        String clean = plainName(filename);
        String name = clean.isEmpty() ? "letter" + extension : clean;
        return requireText(new LetterUpload(text, bytes, name, contentType, committee));
    }

    /**
     * The file's own name, as the trail and the download give it: the last part of any path a browser or script
     * sent, without control or invisible characters (a right-to-left override can make "evil.pdf" read "fdp.live"),
     * at most {@value #MAX_FILENAME} characters.
     */
    static String plainName(String filename) {
        if (filename == null) {
            return "";
        }
        String last = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        String plain = last.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        return plain.length() <= MAX_FILENAME ? plain : plain.substring(0, MAX_FILENAME);
    }

    static void requireCommittee(String committee) {
        if (committee != null && committee.length() > MAX_COMMITTEE) {
            throw new BadRequest("The committee's name is too long.", List.of(new BadRequest.FieldError("committee",
                    "must be at most " + MAX_COMMITTEE + " characters")));
        }
        if (committee != null && committee.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequest("The committee's name has control characters.",
                    List.of(new BadRequest.FieldError("committee", "must be plain text")));
        }
    }

    static LetterUpload requireText(LetterUpload upload) {
        if (upload.text() == null || upload.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadRequest("The letter has no text: send the letter's text or upload it as a file.",
                    List.of(new BadRequest.FieldError("text", "must not be blank")));
        }
        return upload;
    }

    /** Text with NULs or many other control characters is a binary file of a kind we do not know. */
    private static void requireNotBinary(String decoded) {
        int control = 0;
        int sample = Math.min(decoded.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = decoded.charAt(i);
            if (c == '\0') {
                control = sample;
                break;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > sample / 100 + 2) {
            throw new UnsupportedFormat("The file is not text nor any format we read: upload the letter as "
                    + FORMATS + ", or paste its text.");
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
