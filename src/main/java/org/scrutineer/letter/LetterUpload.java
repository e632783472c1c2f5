package org.scrutineer.letter;

import java.nio.charset.StandardCharsets;

/**
 * A letter as the coordinator sent it: its text, the bytes it came in and what they were called.
 * Must not be blank: a letter with nothing to read cannot be registered.
 */
public record LetterUpload(String text, byte[] bytes, String filename, String contentType, String committee) {

    public static LetterUpload ofText(String text, String committee) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        return new LetterUpload(text, bytes, "letter.txt", "text/plain; charset=UTF-8", committee);
    }
}
