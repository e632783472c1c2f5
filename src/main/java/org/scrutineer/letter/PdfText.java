package org.scrutineer.letter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.scrutineer.web.UnsupportedFormat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text layer of a PDF letter, within the page, character and memory limits. */
final class PdfText {

    /** Decompressed, a letter's streams (page content, fonts) come to a few megabytes (our test reports: 1 to 5). */
    static final long MAX_DECODED_BYTES = 100L * 1024 * 1024;
    /**
     * Each saved graphics state is a copy of a few hundred bytes kept until it is restored: real files nest a few,
     * careless ones some hundreds, while a page of nothing but saves would fill the memory.
     */
    static final int MAX_SAVED_STATES = 10_000;

    private PdfText() {
    }

    static String read(byte[] bytes, LetterLimits limits) {
        try {
            return DecodingBudget.within(MAX_DECODED_BYTES, () -> readText(bytes, limits));
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

    private static String readText(byte[] bytes, LetterLimits limits) throws IOException {
        if (!endsAsAPdfEnds(bytes)) {
            // PDFBox rebuilds a cut-off file from what it finds and reads it with garbled text ("childrenôs"), so
            // a download that stopped part-way would be registered as if it were the letter
            throw new IOException("no %%EOF at the end: the file is cut off");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw UnreadableLetter.tooLarge("pages", limits.maxPages());
            }
            String text = new Stripper(limits).getText(document);
            if (text.isBlank()) {
                throw new UnreadableLetter(UnreadableLetter.Reason.NO_TEXT, "The PDF has " + pages
                        + (pages == 1 ? " page" : " pages") + " but no text to read: it is probably a scan."
                        + " Paste the letter's text instead, or upload a PDF with a text layer.");
            }
            return text;
        }
    }

    /**
     * A whole PDF ends with "startxref", the offset of its last cross-reference, and "%%EOF", in its last 1,024 bytes,
     * and that offset holds a cross-reference table ("xref") or stream ("/Type /XRef"). A cut-off file has lost them; one
     * with "%%EOF" put back on its end points nowhere. Some writers miscount the offset by a few bytes, which readers
     * forgive: so do we, within {@value #XREF_SLACK} bytes.
     */
    static boolean endsAsAPdfEnds(byte[] bytes) {
        String tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
        Matcher end = LAST_XREF.matcher(tail);
        long offset = -1;
        while (end.find()) {
            offset = Long.parseLong(end.group(1)); // the last one: an updated file has one per update
        }
        if (offset < 0 || offset >= bytes.length) {
            return false;
        }
        String there = latin1(bytes, (int) Math.max(0, offset - XREF_SLACK),
                (int) Math.min(bytes.length, offset + XREF_SLACK + 256));
        return XREF.matcher(there).find();
    }

    private static final int XREF_SLACK = 64;
    private static final Pattern LAST_XREF = Pattern.compile("startxref\\s+(\\d{1,15})\\s+%%EOF");
    /** A cross-reference table ("xref", not the "startxref" of another section) or stream ("/Type /XRef"). */
    private static final Pattern XREF = Pattern.compile("(?<![A-Za-z])xref\\s|/Type\\s*/XRef\\b");

    private static String latin1(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * A blank line between paragraphs, as the letter reader expects, and a form feed after each page; stops at the
     * page and character limits, at too many saved graphics states, and at the next operator once its worker is
     * interrupted because reading took too long.
     */
    private static final class Stripper extends PDFTextStripper {
        private final int maxPages;
        private final int maxCharacters;
        private int pages;
        private long written;

        Stripper(LetterLimits limits) {
            this.maxPages = limits.maxPages();
            this.maxCharacters = limits.maxCharacters();
            setSortByPosition(true);
            setParagraphEnd(getLineSeparator());
            // A form feed between pages lets a finding say which page it stands on.
            setPageEnd(getLineSeparator() + "\f");
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            // PDFBox streams a page's content past its filters when it is one deflated stream; decoding it once
            // through them first keeps the content within the decoding budget too
            page.getContentsForRandomAccess().close();
            super.processPage(page);
        }

        /** Counts the pages as read: the count a file declares, checked first, may be a lie. */
        @Override
        protected void startPage(PDPage page) throws IOException {
            stopIfInterrupted();
            if (++pages > maxPages) {
                throw UnreadableLetter.tooLarge("pages", maxPages);
            }
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            stopIfInterrupted();
            super.processOperator(operator, operands);
        }

        @Override
        public void saveGraphicsState() {
            if (getGraphicsStackSize() > MAX_SAVED_STATES) {
                throw new IllegalStateException("graphics states saved more than " + MAX_SAVED_STATES + " deep");
            }
            super.saveGraphicsState();
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
