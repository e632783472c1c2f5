package org.scrutineer.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's typefaces and colours. Fonts come from the classpath, not the host, so a report looks
 * the same (and hashes the same) wherever the app runs: DejaVu Sans for Latin, Greek, Cyrillic and common symbols,
 * and the monochrome Noto Emoji for the emoji an owner types. What neither has prints as a visible marker and is
 * listed in {@link #warnings()}.
 */
final class ReportStyle {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x5B, 0x61);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color RULE = new Color(0xB8, 0xC0, 0xC8);
    static final Color LABEL_FILL = new Color(0xEE, 0xF1, 0xF4);
    static final Color COMMENT_FILL = new Color(0xFF, 0xF8, 0xE1);
    static final Color DRAFT_RED = new Color(0xB0, 0x1E, 0x1E);

    // Read once: the bytes never change, but each document gets its own BaseFont (see forOneDocument).
    private static final byte[] REGULAR_TTF = classpathBytes("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = classpathBytes("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] EMOJI_TTF = classpathBytes("fonts/NotoEmoji-Regular.ttf");
    /** Printed in place of a character no embedded font has, so nothing typed vanishes without a trace. */
    static final String MISSING_MARK = "\uFFFD";

    private final BaseFont regular;
    private final BaseFont bold;
    private BaseFont emoji; // made on first need: most reports have no emoji, and parsing the font takes time
    // Characters no font had, by where they were typed ("A3", "the cover"), in the order met.
    private final Map<String, Set<String>> missing = new LinkedHashMap<>();
    private String place = "the report";

    private ReportStyle(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** A straight line in a colour and width, leaving the canvas's graphics state as it found it. */
    static void line(PdfContentByte canvas, Color color, float width, float x1, float y1, float x2, float y2) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * Fresh, uncached fonts for one document: OpenPDF tags each embedded subset with six letters from
     * the font's SecureRandom, so a shared font would make every render differ and would share that
     * state between concurrent renders.
     */
    static ReportStyle forOneDocument() {
        return new ReportStyle(embedded("DejaVuSans.ttf", REGULAR_TTF, "SCRTNR"),
                embedded("DejaVuSans-Bold.ttf", BOLD_TTF, "SCRTNB"));
    }

    BaseFont regularFace() {
        return regular;
    }

    BaseFont boldFace() {
        return bold;
    }

    Font text(float size) {
        return new Font(regular, size, Font.NORMAL, INK);
    }

    Font text(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, INK);
    }

    Font bold(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    /** Names where the text that follows was typed, for the warnings: an action's id, or a part of the paper. */
    void typedIn(String where) {
        place = where;
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph("", font);
        paragraph.addAll(phrase(text, font));
        return paragraph;
    }

    /**
     * Text in this font, each character no text font has set in the emoji font, and one neither has printed as
     * {@link #MISSING_MARK} and remembered for {@link #warnings()}. Invisible format characters (joiners, variation
     * selectors) are dropped: they only steer a colour emoji font's choice of picture. So is a skin tone following an
     * emoji: the one-colour emoji font has no picture joining them, and printed apart the tone is a square swatch.
     */
    Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase("", font);
        String typed = ReportWording.orEmpty(text);
        if (typed.chars().allMatch(c -> c < 0x0530)) {
            phrase.add(new Chunk(typed, font)); // the common case: Latin, Greek, Cyrillic and Armenian, all in DejaVu Sans
            return phrase;
        }
        Font emojiFont = null;
        StringBuilder run = new StringBuilder();
        Font runFont = font;
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.FORMAT || (c >= 0xFE00 && c <= 0xFE0F)
                    || (isSkinTone(c) && i > Character.charCount(c))) {
                continue;
            }
            Font needed = c == '\n' || font.getBaseFont().charExists(c) ? font : null;
            if (needed == null && emoji().charExists(c)) {
                emojiFont = emojiFont != null ? emojiFont : new Font(emoji(), font.getSize(), Font.NORMAL, font.getColor());
                needed = emojiFont;
            }
            String glyph = new String(Character.toChars(c));
            if (needed == null) {
                missing.computeIfAbsent(place, p -> new LinkedHashSet<>())
                        .add(glyph + " (U+" + String.format("%04X", c) + ")");
                needed = font;
                glyph = MISSING_MARK;
            }
            if (needed != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = needed;
            run.append(glyph);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    private static boolean isSkinTone(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF;
    }

    private BaseFont emoji() {
        if (emoji == null) {
            emoji = embedded("NotoEmoji-Regular.ttf", EMOJI_TTF, "SCRTNE");
        }
        return emoji;
    }

    /** One line per place that had characters no embedded font has, naming them, in the order met. */
    List<String> warnings() {
        return missing.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())
                + " printed as " + MISSING_MARK + ", as no embedded font has " + (e.getValue().size() == 1 ? "it" : "them"))
                .toList();
    }

    private static BaseFont embedded(String name, byte[] ttf, String subsetTag) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, ttf, null);
            font.setSecureRandom(new FixedSubsetTag(subsetTag));
            // PDF/UA wants a CIDSet, if any, to list every glyph the subset holds, and OpenPDF's misses the parts of
            // composite glyphs; it is optional, so none is written
            font.setIncludeCidSet(false);
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load report font " + name, e);
        }
    }

    private static byte[] classpathBytes(String resource) {
        try (InputStream in = ReportStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenPDF builds the subset tag from {@code nextDouble()} only; answering with fixed letters keeps
     * the tag, and so the PDF bytes, the same on every render.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final String tag;
        private int next;

        FixedSubsetTag(String tag) {
            this.tag = tag;
        }

        @Override
        public synchronized double nextDouble() {
            char letter = tag.charAt(next++ % tag.length());
            return (letter - 'A' + 0.5) / 26.0;
        }
    }
}
