package org.scrutineer.letter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a letter saved as a web page into text laid out as the letter reader expects: a blank line between
 * paragraphs and headings, each list item on a line of its own starting with a bullet.
 */
final class HtmlText {

    // Only a document that says it is HTML at its start: pasted text with a stray tag in it stays text.
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]{0,200}>\\s*)?(?:<!--.{0,2000}?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "svg", "nav");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "blockquote", "address", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure",
            "pre", "hr", "form", "fieldset");
    private static final Set<String> LINES = Set.of("li", "br", "tr", "dt", "dd", "caption");

    private HtmlText() {
    }

    static boolean isHtml(String text) {
        return HTML_START.matcher(text.length() > 4000 ? text.substring(0, 4000) : text).find();
    }

    static String read(String html, int maxCharacters) {
        BoundedText text = new BoundedText(maxCharacters);
        NodeTraversor.traverse(new Layout(text), Jsoup.parse(html).body());
        return text.toString().strip();
    }

    private static final class Layout implements NodeVisitor {
        private final BoundedText text;
        private int skipping;
        /** A list item's bullet is written and its text is not: a paragraph inside the item must not split it off. */
        private boolean bulletOnly;
        /** How many list items are open: inside one, a paragraph ends a line, not the item's block. */
        private int items;

        Layout(BoundedText text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping++;
                } else if (skipping == 0 && PARAGRAPHS.contains(tag)) {
                    if (!bulletOnly) {
                        endBlock();
                    }
                } else if (skipping == 0 && LINES.contains(tag)) {
                    text.endLine();
                    if (tag.equals("li")) {
                        text.append("\u2022 ");
                        bulletOnly = true;
                        items++;
                    }
                } else if (skipping == 0 && (tag.equals("td") || tag.equals("th"))) {
                    text.append(" ");
                }
            } else if (node instanceof TextNode t && skipping == 0) {
                // Source line breaks inside a paragraph are only wrapping, except in preformatted text.
                boolean pre = t.parent() != null && t.parent().normalName().equals("pre");
                String words = pre ? t.getWholeText() : t.text();
                text.append(words);
                bulletOnly &= words.isBlank();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping--;
                } else if (skipping == 0 && PARAGRAPHS.contains(tag)) {
                    endBlock();
                } else if (skipping == 0 && LINES.contains(tag) && !tag.equals("br")) {
                    text.endLine();
                    items -= tag.equals("li") ? 1 : 0;
                }
            }
        }

        private void endBlock() {
            if (items > 0) {
                text.endLine();
            } else {
                text.endParagraph();
            }
        }
    }
}
