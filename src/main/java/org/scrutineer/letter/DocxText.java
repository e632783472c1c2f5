package org.scrutineer.letter;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.scrutineer.web.UnsupportedFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a Word (DOCX) letter's body into text laid out as the letter reader expects: a blank line between
 * paragraphs, list items starting with a bullet, table cells as paragraphs. Headers and footers are left out: they
 * hold the letterhead and page numbers, not the letter.
 */
final class DocxText {

    /** Unzipped, a DOCX is rarely ten times its size; this refuses a ZIP bomb long before it fills the memory. */
    static final long MAX_UNZIPPED_BYTES = 200L * 1024 * 1024;

    private DocxText() {
    }

    static String read(byte[] bytes, int maxCharacters) {
        requireWordDocument(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            BoundedText text = new BoundedText(maxCharacters);
            writeBody(document.getBodyElements(), text);
            return text.toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableLetter unreadable) {
                throw unreadable;
            }
            throw new UnsupportedFormat("The Word document could not be read: it is damaged or not a complete DOCX file."
                    + " Save it again from Word, or paste the letter's text.");
        }
    }

    /** Reads through the archive once, so that another kind of ZIP, a damaged one or a ZIP bomb is refused clearly. */
    private static void requireWordDocument(byte[] bytes) {
        boolean word = false;
        long unzipped = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                word |= entry.getName().equals("word/document.xml");
                unzipped += drain(zip, buffer, MAX_UNZIPPED_BYTES - unzipped);
            }
        } catch (IOException e) {
            throw new UnsupportedFormat("The file is a damaged ZIP archive: upload the letter as PDF, Word (DOCX),"
                    + " HTML or text.");
        }
        if (!word) {
            throw new UnsupportedFormat("The file is a ZIP archive but not a Word (DOCX) document: upload the letter"
                    + " itself as PDF, Word (DOCX), HTML or text.");
        }
    }

    private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > allowed) {
                throw UnreadableLetter.tooLarge("bytes once unzipped", MAX_UNZIPPED_BYTES);
            }
        }
        return read;
    }

    private static void writeBody(List<IBodyElement> elements, BoundedText text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                writeParagraph(paragraph, text);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        writeBody(cell.getBodyElements(), text);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                text.append(control.getContent().getText()).endParagraph();
            }
        }
    }

    private static void writeParagraph(XWPFParagraph paragraph, BoundedText text) {
        String words = paragraph.getText();
        if (words.isBlank()) {
            return;
        }
        // A numbered or bulleted paragraph is a list item; its number or bullet lives in the numbering, not the text.
        if (paragraph.getNumID() != null) {
            text.append("\u2022 ");
        }
        text.append(words).endParagraph();
    }
}
