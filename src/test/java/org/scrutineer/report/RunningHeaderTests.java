package org.scrutineer.report;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The running header, one line at the top of every page after the first, ends at a whole word when too long. */
class RunningHeaderTests {

    private static final String HEADER = "Royal Borough of Windsor and Maidenhead · Children’s Services Overview and "
            + "Scrutiny Panel";

    private final BaseFont face = face();

    @Test
    void aHeaderThatFitsIsLeftWhole() {
        assertThat(PageDecorations.fitted(HEADER, face, 1000)).isEqualTo(HEADER);
    }

    @Test
    void aHeaderTooLongEndsAtTheLastWholeWordThatFits() {
        for (float width = 60; width < face.getWidthPoint(HEADER, PageDecorations.SMALL); width += 7) {
            String fitted = PageDecorations.fitted(HEADER, face, width);
            assertThat(fitted).as("at %s pt", width).endsWith("…");
            assertThat(face.getWidthPoint(fitted, PageDecorations.SMALL)).as(fitted).isLessThanOrEqualTo(width);
            String kept = fitted.substring(0, fitted.length() - 1);
            assertThat(HEADER.startsWith(kept)).as(fitted).isTrue();
            // the next character of the header after what is kept is a space or a separator: no word was cut
            assertThat(HEADER.charAt(kept.length())).as(fitted).isIn(' ', '·');
            assertThat(kept).as(fitted).doesNotEndWith(" ·").doesNotEndWith(" ");
        }
        // room for "…Maidenhead · Chil…": the part-word goes, and the separator left dangling with it
        float room = face.getWidthPoint("Royal Borough of Windsor and Maidenhead · Chil…", PageDecorations.SMALL);
        assertThat(PageDecorations.fitted(HEADER, face, room)).isEqualTo("Royal Borough of Windsor and Maidenhead…");
    }

    private static BaseFont face() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
