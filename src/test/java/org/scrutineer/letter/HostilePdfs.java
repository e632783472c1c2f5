package org.scrutineer.letter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * PDFs built to exhaust a reader rather than to be read: nested past any stack, page trees that go on or go round,
 * content that never ends, streams far bigger inside than out. Each is written object by object with a true
 * cross-reference table, so the parser takes the path a real file takes rather than its repair path. None has text
 * a reader could take as a letter, except where reading the text is what exhausts it.
 */
public final class HostilePdfs {

    /** Forms drawing forms ten times each, twelve deep: 10^12 operators, so reading them can only be stopped. */
    public static final String ENDLESS = "endless-forms.pdf";

    private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> /XObject << %s >> >> %s >>";
    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private HostilePdfs() {
    }

    /** Every hostile PDF, by the name it is uploaded under, in the order they are listed here. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("nested-array.pdf", page("/Nested " + "[".repeat(100_000) + "]".repeat(100_000), ""));
        files.put("nested-dictionary.pdf", page("/Nested " + "<< /A ".repeat(100_000) + ">> ".repeat(100_000), ""));
        files.put("nested-content.pdf", page("", "[".repeat(100_000) + "]".repeat(100_000) + " TJ\n"
                + "/P " + "<< /A ".repeat(100_000) + ">> ".repeat(100_000) + "BDC\n"));
        files.put("deep-page-tree.pdf", deepPageTree(50_000));
        files.put("page-tree-cycle.pdf", write(List.of(catalog(),
                ascii("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>"),
                ascii(PAGE.formatted("", "").replace("/Parent 2 0 R", "/Parent 3 0 R")), stream("0 0 m\n"), ascii(FONT))));
        files.put("lying-page-count.pdf", lyingPageCount(201));
        // two million saves of the graphics state, never restored, in 5 KB
        files.put("deep-save-stack.pdf", page("", Flate.of("", "q\n".repeat(1 << 20), 2)));
        // a gigabyte of drawing operators, in 2 MB
        files.put("many-operators.pdf", page("", Flate.of("", "0 0 m 1 1 l\n".repeat(1 << 16), 1_500)));
        files.put(ENDLESS, endlessForms(12, 10));
        files.put("huge-length.pdf", hugeLength());
        // 19 MB, just under the upload limit, nearly all one content stream
        files.put("huge-stream.pdf", page("", "%" + "x".repeat(19 * 1024 * 1024) + "\n0 0 m\n"));
        files.put("form-bomb.pdf", formBomb());
        files.put("xref-stream-bomb.pdf", xrefStreamBomb());
        return files;
    }

    private static byte[] page(String extra, String content) {
        return write(List.of(catalog(), pages("[3 0 R]", 1), ascii(PAGE.formatted("", extra)), stream(content), ascii(FONT)));
    }

    private static byte[] page(String extra, Flate content) {
        return write(List.of(catalog(), pages("[3 0 R]", 1), ascii(PAGE.formatted("", extra)), content.stream(""),
                ascii(FONT)));
    }

    /** Pages inside Pages, {@code depth} deep, and at the bottom one blank page. */
    private static byte[] deepPageTree(int depth) {
        List<byte[]> objects = new ArrayList<>(List.of(catalog(), pages("[6 0 R]", 1),
                ascii(PAGE.formatted("", "").replace("/Parent 2 0 R", "/Parent " + (5 + depth) + " 0 R")),
                stream("0 0 m\n"), ascii(FONT)));
        for (int level = 0; level < depth; level++) {
            int self = 6 + level;
            int kid = level == depth - 1 ? 3 : self + 1;
            objects.add(ascii("<< /Type /Pages /Parent " + (level == 0 ? 2 : self - 1) + " 0 R /Kids [" + kid
                    + " 0 R] /Count 1 >>"));
        }
        return write(objects);
    }

    /** A page tree that says it holds one page and holds {@code pages}, each with a line of text. */
    private static byte[] lyingPageCount(int pages) {
        String kids = IntStream.range(0, pages).mapToObj(i -> "3 0 R").reduce((a, b) -> a + " " + b).orElseThrow();
        return write(List.of(catalog(), pages("[" + kids + "]", 1), ascii(PAGE.formatted("", "")),
                stream("BT /F1 12 Tf 72 700 Td (Dear Councillor Smith) Tj ET\n"), ascii(FONT)));
    }

    /** Form i draws form i+1 {@code fanOut} times, down to the last, which draws a line. */
    private static byte[] endlessForms(int depth, int fanOut) {
        StringBuilder names = new StringBuilder();
        List<byte[]> objects = new ArrayList<>();
        for (int i = 1; i <= depth; i++) {
            names.append("/X").append(i).append(' ').append(5 + i).append(" 0 R ");
            String content = i == depth ? "0 0 m 1 1 l S\n" : ("/X" + (i + 1) + " Do\n").repeat(fanOut);
            objects.add(ascii("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length " + content.length()
                    + " >>\nstream\n" + content + "\nendstream"));
        }
        List<byte[]> all = new ArrayList<>(List.of(catalog(), pages("[3 0 R]", 1),
                ascii(PAGE.formatted(names, "")), stream("/X1 Do\n"), ascii(FONT)));
        all.addAll(objects);
        return write(all);
    }

    /** A page whose content stream says it is nearly a terabyte long. */
    private static byte[] hugeLength() {
        String pdf = new String(page("", "0 0 m 1 1 l S\n"), StandardCharsets.ISO_8859_1);
        return ascii(pdf.replaceFirst("/Length \\d+", "/Length 999999999999"));
    }

    /** A form drawn by the page: a megabyte that inflates to a gigabyte. */
    private static byte[] formBomb() {
        byte[] form = Flate.of("", " ".repeat(1 << 20), 1_000).stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792]");
        return write(List.of(catalog(), pages("[3 0 R]", 1), ascii(PAGE.formatted("/X1 6 0 R", "")),
                stream("/X1 Do\n"), ascii(FONT), form));
    }

    /**
     * A file whose cross-reference table is a stream (as PDF 1.5 allows) of true entries followed by a gigabyte of
     * padding: PDFBox inflates it whole while it opens the file, before any page is read.
     */
    private static byte[] xrefStreamBomb() {
        List<byte[]> objects = List.of(catalog(), pages("[3 0 R]", 1), ascii(PAGE.formatted("", "")),
                stream("0 0 m\n"), ascii(FONT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = writeObjects(objects, out);
        long xref = out.size();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entries.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        for (long offset : offsets) {
            entries.writeBytes(new byte[] {1, (byte) (offset >>> 24), (byte) (offset >>> 16), (byte) (offset >>> 8),
                    (byte) offset, 0, 0});
        }
        entries.writeBytes(new byte[] {1, (byte) (xref >>> 24), (byte) (xref >>> 16), (byte) (xref >>> 8), (byte) xref, 0, 0});
        int size = objects.size() + 2;
        Flate table = Flate.of(new String(entries.toByteArray(), StandardCharsets.ISO_8859_1),
                "\0".repeat(1 << 20), 1_000);
        out.writeBytes(ascii((size - 1) + " 0 obj\n"));
        out.writeBytes(table.stream("/Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R"));
        out.writeBytes(ascii("\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    private static byte[] catalog() {
        return ascii("<< /Type /Catalog /Pages 2 0 R >>");
    }

    private static byte[] pages(String kids, int count) {
        return ascii("<< /Type /Pages /Kids " + kids + " /Count " + count + " >>");
    }

    private static byte[] stream(String content) {
        return ascii("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    }

    /** Objects 1, 2, 3… in order, object 1 the catalog, with a cross-reference table giving each one's offset. */
    private static byte[] write(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] offsets = writeObjects(objects, out);
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f\r\n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n\r\n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static long[] writeObjects(List<byte[]> objects, ByteArrayOutputStream out) {
        out.writeBytes(ascii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        return offsets;
    }

    static byte[] ascii(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
