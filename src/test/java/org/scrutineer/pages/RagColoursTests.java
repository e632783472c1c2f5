package org.scrutineer.pages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' RAG tags, as the stylesheet colours them: red, amber and green a glance apart (GOV.UK's pale red and
 * orange tags were nearly the same salmon), each word readable on its colour (WCAG's 4.5:1).
 */
class RagColoursTests {

    @Test
    void eachRatingHasItsOwnStrongColourAndReadableWords() throws IOException {
        String css;
        try (var in = getClass().getResourceAsStream("/static/assets/scrutineer.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int[] red = colour(css, "red", "background-color");
        int[] amber = colour(css, "amber", "background-color");
        int[] green = colour(css, "green", "background-color");

        for (String rag : new String[] {"red", "amber", "green"}) {
            assertThat(contrast(colour(css, rag, "color"), colour(css, rag, "background-color"))).as(rag)
                    .isGreaterThanOrEqualTo(4.5);
        }
        // far apart: GOV.UK's red and orange tag fills were 11 apart on the largest channel
        assertThat(distance(red, amber)).isGreaterThan(100);
        assertThat(distance(amber, green)).isGreaterThan(100);
        assertThat(distance(red, green)).isGreaterThan(100);
    }

    private static int[] colour(String css, String rag, String property) {
        Matcher rule = Pattern.compile("\\.scrutineer-rag--" + rag + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as("a rule for " + rag).isTrue();
        Matcher value = Pattern.compile("(?<![-\\w])" + property + "\\s*:\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\b")
                .matcher(rule.group(1));
        assertThat(value.find()).as(property + " of " + rag).isTrue();
        String hex = value.group(1).length() == 3 ? value.group(1).replaceAll("(.)", "$1$1") : value.group(1);
        return new int[] {Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                Integer.parseInt(hex.substring(4, 6), 16)};
    }

    private static int distance(int[] a, int[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }

    private static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
