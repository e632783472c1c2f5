package org.scrutineer.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What a reader gets out of a rendered report: its text, page by page, and its bookmarks. */
record RenderedPdf(byte[] bytes) {

    /** A bookmark's title, the page it opens (1-based) and the bookmarks under it. */
    record Bookmark(String title, int page, List<Bookmark> children) {
    }

    /** The whole text with every run of white space as one space, so wrapping does not matter. */
    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return collapse(new PDFTextStripper().getText(document));
        }
    }

    List<String> pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(collapse(stripper.getText(document)));
            }
            return pages;
        }
    }

    /** The first page (1-based) whose text contains this, or 0. */
    int pageOf(String text) throws IOException {
        List<String> pages = pages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    List<Bookmark> bookmarks() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
            return root == null ? List.of() : children(root, document);
        }
    }

    String language() throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    private static List<Bookmark> children(PDOutlineNode node, PDDocument document) throws IOException {
        List<Bookmark> marks = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
            marks.add(new Bookmark(item.getTitle(), page, children(item, document)));
        }
        return marks;
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
