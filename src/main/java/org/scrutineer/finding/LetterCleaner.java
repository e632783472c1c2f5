package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted letter text (OCR, pdftotext, HTML-ish copy and paste) into trimmed lines in which every bullet,
 * whatever glyph it came as, starts with {@link #BULLET}.
 */
final class LetterCleaner {

    static final String BULLET = "\u2022 ";

    // Bounded attribute run so that a stray '<' in garbage cannot make the scan quadratic.
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]{0,10})\\b[^<>]{0,1000}>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
            "rsquo", "\u2019", "lsquo", "\u2018", "ndash", "\u2013", "bull", "\n" + BULLET);
    // OCR reads a bullet as '=' and typed lists use dashes or asterisks; only at the start of a line.
    private static final Pattern LEADING_MARK = Pattern.compile("^[=*\\-\u2013\u2014\u00B7][ \\t]+");
    private static final Pattern PIPE_ONE = Pattern.compile("(?<![\\p{L}\\p{N}|])\\|[1l](?![\\p{L}\\p{N}])");
    private static final Pattern LONE_PIPE = Pattern.compile("(?<![\\p{L}\\p{N}|])\\|(?=[ \\t]+\\p{Ll})");
    private static final Pattern PUNCT_RUN = Pattern.compile("(?<!\\p{N})[\\p{P}\\p{S}&&[^()\\[\\]\"'\u2018\u2019\u201C\u201D\u2022]]{2,}");
    private static final int MAX_WRAPPED_WIDTH = 120;
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table of )?contents:?");
    private static final Pattern ENDS_IN_PAGE = Pattern.compile("\\p{L}[\\s.\u2026]+\\d{1,3}$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+)?\\d{1,3}(\\s+of\\s+\\d{1,3})?$");
    /** Characters that do not occur in letter prose but do in OCR debris. */
    private static final String ODD = "~=^_|\\{}#`\u00AC\u00A6<>%;@";
    private static final boolean[] IS_ODD = new boolean[256];

    static {
        for (char c : ODD.toCharArray()) {
            IS_ODD[c] = true;
        }
    }

    private LetterCleaner() {
    }

    static List<String> lines(String text) {
        return clean(text).lines();
    }

    /**
     * The letter's lines, cleaned, and the running headers and footers taken out of them.
     *
     * @param running each line a page repeats (its header or footer: a report's full title, often), as it read
     */
    record Cleaned(List<String> lines, Set<String> running) {
    }

    static Cleaned clean(String text) {
        if (text == null || text.isEmpty()) {
            return new Cleaned(List.of(), Set.of());
        }
        String t = decodeEntities(stripTags(normalise(text)));
        List<String> out = new ArrayList<>();
        for (String raw : t.split("\n", -1)) {
            out.add(cleanLine(raw));
        }
        Set<String> running = new LinkedHashSet<>();
        return new Cleaned(joinDoubleSpacedLines(dropContents(dropPageFurniture(out, running))), running);
    }

    /**
     * A report's table of contents names its headings, each with a page number; read as text it would open every
     * section at once. Its entries are blanked, from a "Contents" line while lines end in a page number (or the next
     * one does, for an entry wrapped onto two lines).
     */
    private static List<String> dropContents(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            if (!CONTENTS.matcher(out.get(i)).matches()) {
                continue;
            }
            int k = nextText(out, i + 1);
            while (k < out.size() && (ENDS_IN_PAGE.matcher(out.get(k)).find()
                    || (nextText(out, k + 1) < out.size() && ENDS_IN_PAGE.matcher(out.get(nextText(out, k + 1))).find()))) {
                out.set(k, "");
                k = nextText(out, k + 1);
            }
        }
        return out;
    }

    private static int nextText(List<String> lines, int from) {
        int k = from;
        while (k < lines.size() && lines.get(k).isEmpty()) {
            k++;
        }
        return k;
    }

    /**
     * Some PDFs extract with a blank line after every line, in places or throughout, so that there blank lines no
     * longer mark paragraphs. Where lines are double-spaced, a line running to the full width of the text goes on in
     * the next one, and a shorter one ends its paragraph.
     */
    private static List<String> joinDoubleSpacedLines(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        lines.forEach(l -> {
            if (!l.isEmpty()) {
                lengths.add(l.length());
            }
        });
        if (lengths.size() < 10) {
            return lines;
        }
        lengths.sort(null);
        int fullWidth = (int) (lengths.get(lengths.size() * 9 / 10) * 0.8);
        if (fullWidth > MAX_WRAPPED_WIDTH) {
            return lines; // one paragraph per line: nothing was wrapped, so nothing to join
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean joinsNext = isSpacingBlank(lines, i) && lines.get(i - 1).length() >= fullWidth
                    && !lines.get(i - 1).endsWith(":");
            if (!joinsNext) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /**
     * A blank line inside a run of at least three lines that each have one blank line after them: two before it and
     * one after, or, for a paragraph's first line, one before it and two after.
     */
    private static boolean isSpacingBlank(List<String> lines, int i) {
        if (i < 1 || i + 2 >= lines.size() || !lines.get(i).isEmpty() || lines.get(i - 1).isEmpty()
                || lines.get(i + 1).isEmpty() || !lines.get(i + 2).isEmpty()) {
            return false;
        }
        return (i >= 3 && lines.get(i - 2).isEmpty() && !lines.get(i - 3).isEmpty())
                || (i + 4 < lines.size() && !lines.get(i + 3).isEmpty() && lines.get(i + 4).isEmpty());
    }

    /**
     * One pass over the characters (regular expressions here cost more than the rest of the reading): line breaks
     * unified, control characters dropped, and each bullet glyph, wherever it sits, made to start a line.
     */
    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length() + 64);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t' || c == '\u00A0') {
                b.append(' ');
            } else if (isGlyph(c)) {
                while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                    b.setLength(b.length() - 1);
                }
                b.append('\n').append(BULLET);
                while (i + 1 < n && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    // Word and PDF extraction render list bullets as private-use glyphs or geometric shapes.
    private static boolean isGlyph(char c) {
        return (c >= '\uE000' && c <= '\uF8FF') || (c >= '\u25A0' && c <= '\u25FF') || c == '\u2022' || c == '\u2023'
                || c == '\u2043' || c == '\u2219' || c == '\u27A2' || c == '\u27A4' || c == '\u2713' || c == '\u2714'
                || c == '\u2756';
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n') || c == 0x7F || c == '\uFEFF' || c == '\uFFFD' || (c >= '\u200B' && c <= '\u200D');
    }

    /** Cleans one line of prose: bullet marker normalised, OCR debris removed, spaces collapsed. */
    static String cleanLine(String raw) {
        String line = collapse(raw);
        boolean bullet = false;
        if (line.startsWith(BULLET.trim())) {
            bullet = true;
            line = line.substring(1).trim();
        } else {
            Matcher m = LEADING_MARK.matcher(line);
            if (m.find()) {
                bullet = true;
                line = line.substring(m.end());
            }
        }
        if (line.indexOf('|') >= 0) {
            line = PIPE_ONE.matcher(line).replaceAll("I");
            line = LONE_PIPE.matcher(line).replaceAll("I");
        }
        line = dropDebris(line);
        line = collapse(line);
        return bullet ? BULLET + line : line;
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String stripTags(String t) {
        if (t.indexOf('<') < 0) {
            return t;
        }
        Matcher m = TAG.matcher(t);
        StringBuilder b = new StringBuilder(t.length());
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String replacement = switch (name) {
                case "li" -> "\n" + BULLET;
                case "ul", "ol", "p", "br", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6" -> "\n";
                default -> " ";
            };
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String decodeEntities(String t) {
        if (t.indexOf('&') < 0) {
            return t;
        }
        Matcher m = ENTITY.matcher(t);
        StringBuilder b = new StringBuilder(t.length());
        while (m.find()) {
            String e = m.group(1);
            String decoded;
            if (e.startsWith("#")) {
                boolean hex = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X');
                int cp = Integer.parseInt(hex ? e.substring(2) : e.substring(1), hex ? 16 : 10);
                decoded = Character.isValidCodePoint(cp) && cp >= 0x20 && cp != 0x7F ? new String(Character.toChars(cp)) : " ";
            } else {
                decoded = NAMED_ENTITIES.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Drops whitespace-separated tokens that are symbol debris ("-s;%", a lone "~") and strips runs such as ",,~="
     * glued to a word; ordinary runs like "?!" or ")." and web addresses survive.
     */
    private static String dropDebris(String line) {
        String[] tokens = line.split(" ");
        StringBuilder b = new StringBuilder(line.length());
        boolean changed = false;
        for (String token : tokens) {
            String kept = token;
            if (isDebris(token)) {
                kept = "";
            } else if (containsOdd(token) && !isAddress(token)) {
                kept = PUNCT_RUN.matcher(token).replaceAll(r -> containsOdd(r.group()) ? "" : Matcher.quoteReplacement(r.group()));
            }
            changed |= !kept.equals(token);
            if (kept.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(kept);
        }
        return changed ? b.toString() : line;
    }

    private static boolean isAddress(String token) {
        return token.contains("://") || token.contains("www.") || token.contains("@");
    }

    private static boolean isOdd(char c) {
        return c < IS_ODD.length && IS_ODD[c];
    }

    private static boolean containsOdd(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (isOdd(run.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDebris(String token) {
        if (token.isEmpty()) {
            return false;
        }
        int letters = 0;
        int symbols = 0;
        boolean odd = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if ("()[]\"'\u2018\u2019\u201C\u201D".indexOf(c) < 0) {
                symbols++;
                odd |= isOdd(c);
            }
        }
        if (letters == 0 && symbols == 1) {
            return "~=^`\u00AC\u00A6\\".indexOf(token.charAt(0)) >= 0;
        }
        return odd && letters <= 1 && symbols >= 2;
    }

    /** Running headers, footers and page numbers repeat across pages and interrupt findings that span a break. */
    private static List<String> dropPageFurniture(List<String> lines, Set<String> running) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String key = furnitureKey(line);
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String key = furnitureKey(line);
            boolean pageNumber = line.length() <= 15 && PAGE_NUMBER.matcher(line).matches();
            if (pageNumber || (key != null && counts.get(key) >= 3)) {
                if (!pageNumber) {
                    running.add(line);
                }
                out.add("");
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static String furnitureKey(String line) {
        // A heading may rightly repeat, as "Within three months:" does under each theme of a report, and so may a
        // report's "Grade 3 (adequate)" under each judgement.
        if (line.length() < 15 || line.length() > 200 || line.startsWith(BULLET) || FindingHeading.match(line) != null
                || LetterBlock.isGradeLine(line)) {
            return null;
        }
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().trim();
    }
}
