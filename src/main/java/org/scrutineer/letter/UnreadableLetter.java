package org.scrutineer.letter;

import org.springframework.http.HttpStatus;

/**
 * A file we recognise but cannot take as a letter. {@link LetterController} answers it as an RFC 9457 problem with
 * the reason's status and title and this message as the detail, which says what to do instead.
 */
class UnreadableLetter extends RuntimeException {

    enum Reason {
        NO_TEXT(HttpStatus.UNPROCESSABLE_ENTITY, "No text to read"),
        PASSWORD_PROTECTED(HttpStatus.UNPROCESSABLE_ENTITY, "Password-protected letter"),
        TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Letter too large"),
        TOO_SLOW(HttpStatus.UNPROCESSABLE_ENTITY, "Letter took too long to read");

        final HttpStatus status;
        final String title;

        Reason(HttpStatus status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Reason reason;

    UnreadableLetter(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }

    static UnreadableLetter tooLarge(String what, long limit) {
        return new UnreadableLetter(Reason.TOO_LARGE, String.format(java.util.Locale.ROOT,
                "The letter has more than %,d %s, the most we read: upload only the letter, or paste its text.",
                limit, what));
    }
}
