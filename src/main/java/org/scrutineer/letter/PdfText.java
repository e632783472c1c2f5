package org.scrutineer.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.scrutineer.web.UnsupportedFormat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;

/** Reads the text layer of a PDF letter, within the page and character limits. */
final class PdfText {

    private PdfText() {
    }

    static String read(byte[] bytes, LetterLimits limits) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw UnreadableLetter.tooLarge("pages", limits.maxPages());
            }
            String text = new Stripper(limits.maxCharacters()).getText(document);
            if (text.isBlank()) {
                throw new UnreadableLetter(UnreadableLetter.Reason.NO_TEXT, "The PDF has " + pages
                        + (pages == 1 ? " page" : " pages") + " but no text to read: it is probably a scan."
                        + " Paste the letter's text instead, or upload a PDF with a text layer.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableLetter(UnreadableLetter.Reason.PASSWORD_PROTECTED, "The PDF is protected by a password,"
                    + " so its text cannot be read: upload it without the password, or paste the letter's text.");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof UnreadableLetter unreadable) {
                throw unreadable;
            }
            // PDFBox reports a damaged file as an IOException or, deeper in, as a runtime or stack failure.
            throw new UnsupportedFormat("The PDF could not be read: it is damaged or not a complete PDF file."
                    + " Save it again as PDF, or paste the letter's text.");
        }
    }

    /**
     * A blank line between paragraphs, as the letter reader expects, and a form feed after each page; stops at the character limit, and when its
     * worker is interrupted because reading took too long.
     */
    private static final class Stripper extends PDFTextStripper {
        private final int maxCharacters;
        private long written;

        Stripper(int maxCharacters) {
            this.maxCharacters = maxCharacters;
            setSortByPosition(true);
            setParagraphEnd(getLineSeparator());
            // A form feed between pages lets a finding say which page it stands on.
            setPageEnd(getLineSeparator() + "\f");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            stopIfInterrupted();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            stopIfInterrupted();
            written += text.length();
            if (written > maxCharacters) {
                throw UnreadableLetter.tooLarge("characters of text", maxCharacters);
            }
            super.writeString(text, positions);
        }

        private static void stopIfInterrupted() throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("reading the PDF took too long");
            }
        }
    }
}
