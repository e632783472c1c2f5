package org.scrutineer.letter;

import org.scrutineer.web.BadRequest;
import org.scrutineer.web.UnsupportedFormat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an uploaded file into the letter's text, judging the format by its bytes rather than its name. */
final class LetterText {

    private LetterText() {
    }

    static LetterUpload fromFile(byte[] bytes, String filename, String committee) {
        if (bytes.length == 0) {
            throw new BadRequest("The uploaded file is empty: there is no letter to read.");
        }
        if (startsWith(bytes, "%PDF")) {
            throw new UnsupportedFormat("PDF letters are not read yet: paste the letter's text instead.");
        }
        if (startsWith(bytes, "PK")) {
            throw new UnsupportedFormat("Word (DOCX) letters are not read yet: paste the letter's text instead.");
        }
        String text = decodeUtf8(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new UnsupportedFormat("The file is not text: upload the letter as plain text.");
        }
        String name = filename == null || filename.isBlank() ? "letter.txt" : filename;
        return requireText(new LetterUpload(stripBom(text), bytes, name, "text/plain; charset=UTF-8", committee));
    }

    static LetterUpload requireText(LetterUpload upload) {
        if (upload.text() == null || upload.text().isBlank()) {
            throw new BadRequest("The letter has no text: send the letter's text or upload it as a file.",
                    java.util.List.of(new BadRequest.FieldError("text", "must not be blank")));
        }
        return upload;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnsupportedFormat("The file is not UTF-8 text: save the letter as UTF-8 and upload it again.");
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
