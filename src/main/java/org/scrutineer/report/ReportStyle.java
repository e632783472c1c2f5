package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The report's typefaces and colours. Fonts come from the classpath, not the host, so a report looks
 * the same (and hashes the same) wherever the app runs, and curly quotes, en dashes, accents and £
 * always have glyphs.
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

    private final BaseFont regular;
    private final BaseFont bold;

    private ReportStyle(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Fresh, uncached fonts for one document: OpenPDF tags each embedded subset with six letters from
     * the font's SecureRandom, so a shared font would make every render differ and would share that
     * state between concurrent renders.
     */
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

    private static BaseFont embedded(String name, byte[] ttf, String subsetTag) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, ttf, null);
            font.setSecureRandom(new FixedSubsetTag(subsetTag));
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
