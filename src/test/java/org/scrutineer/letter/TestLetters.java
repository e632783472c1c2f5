package org.scrutineer.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.scrutineer.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Letters in the formats councils upload, made in the test from the Somerset letter's text the way a person would
 * (one Word or HTML paragraph per paragraph of the letter, its "=" bullets as list items), and files we must refuse.
 */
final class TestLetters {

    static final String SOMERSET = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8);
    private static final String OCR_BULLET = "= ";

    private TestLetters() {
    }

    /**
     * The letter's paragraphs: the runs of lines between blank lines, each joined into one line, except blocks of
     * short lines (a sign-off, an address), whose line breaks a writer would keep.
     */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> p.lines().allMatch(line -> line.strip().length() < 50)
                        ? p.replaceAll("[ \\t]*\\n\\s*", "\n") : p.replaceAll("\\s*\\n\\s*", " "))
                .toList();
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger bullets = bulletNumbering(document);
            for (String paragraph : paragraphs(text)) {
                XWPFParagraph p = document.createParagraph();
                if (paragraph.startsWith(OCR_BULLET)) {
                    p.setNumID(bullets);
                    paragraph = paragraph.substring(OCR_BULLET.length()).strip();
                }
                String[] lines = paragraph.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun run = p.createRun();
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i]);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger bulletNumbering(XWPFDocument document) {
        CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
        bullet.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = bullet.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bullet)));
    }

    /** A saved web page: head, style and script to be skipped, paragraphs, and the bullets as a list. */
    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Letter to the council</title><style>p { margin: 0 }</style></head>\n<body>\n"
                + "<script>var tracking = 'Areas for development';</script>\n");
        boolean inList = false;
        for (String paragraph : paragraphs(text)) {
            boolean item = paragraph.startsWith(OCR_BULLET);
            if (item != inList) {
                html.append(item ? "<ul>\n" : "</ul>\n");
                inList = item;
            }
            String words = escape(item ? paragraph.substring(OCR_BULLET.length()).strip() : paragraph).replace("\n", "<br>\n");
            html.append(item ? "  <li>" + words + "</li>\n" : "<p>" + wrap(words) + "</p>\n");
        }
        return html.append(inList ? "</ul>\n" : "").append("</body></html>\n").toString();
    }

    /** Source line breaks inside a paragraph, as editors write them, which a browser shows as spaces. */
    private static String wrap(String words) {
        return words.replaceAll("(.{60,}?) ", "$1\n    ");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] pdf(int pages, String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (text == null) {
                        content.addRect(100, 400, 300, 200);
                        content.stroke();
                    } else {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.newLineAtOffset(72, 700);
                        content.showText(text);
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan as far as we can tell: a page with only a drawn rectangle, no text. */
    static byte[] pdfWithoutText() {
        return pdf(1, null);
    }

    static byte[] passwordProtectedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a PNG: its signature and the start of its header chunk. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    static byte[] zip(String entry, String content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
