package org.scrutineer.finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The councils with children's services in England, each known by its place ("Peterborough" for Peterborough City
 * Council). Newer letters often name only the place: "Focused visit to Peterborough children's services".
 */
final class CouncilGazetteer {

    /** {@code placeName} as written, to pass over quickly a text that does not contain it. */
    private record Council(String name, String placeName, Pattern place) {
    }

    private static final Pattern PREFIX = Pattern.compile("^(?:London Borough of|Royal Borough of|City of|Council of the)\\s+");
    private static final Pattern SUFFIX = Pattern.compile(
            "\\s+(?:(?:London |Metropolitan )?(?:Borough|District)|County|City)?\\s*Council$");
    private static final List<Council> COUNCILS = load();

    private CouncilGazetteer() {
    }

    /** The council whose place the text names first, the longest name winning ("North Somerset" over "Somerset"). */
    static String councilOfPlaceIn(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Council c : COUNCILS) {
            if (text.indexOf(c.placeName()) < 0) {
                continue;
            }
            Matcher m = c.place().matcher(text);
            if (m.find() && m.start() < bestStart) {
                best = c.name();
                bestStart = m.start();
            }
        }
        return best;
    }

    static String placeOf(String councilName) {
        return SUFFIX.matcher(PREFIX.matcher(councilName).replaceFirst("")).replaceFirst("");
    }

    private static List<Council> load() {
        List<Council> councils = new ArrayList<>();
        try (InputStream in = CouncilGazetteer.class.getResourceAsStream("councils.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String name = line.trim();
                    String place = placeOf(name);
                    Pattern alone = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(place) + "(?![\\p{L}-])");
                    councils.add(new Council(name, place, alone));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longest first, so that at the same position "North Somerset" is found before "Somerset".
        councils.sort((a, b) -> b.place().pattern().length() - a.place().pattern().length());
        return List.copyOf(councils);
    }
}
