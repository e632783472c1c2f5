package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scrutineer.finding.LetterBlock.Kind;

/**
 * Walks a letter's blocks and keeps those that stand under a findings heading. Within one group the layout decides
 * what an item is: if the group has labelled items ("Recommendation 1: …") only those count, so the Progress and
 * Impact notes a council adds under each are left out; else if it is a list, bulleted or numbered, only that list's
 * items count, so a lead-in ("… the following areas:"), trailing narrative and a report's footnotes are left out;
 * else each paragraph is an item.
 * <p>
 * The findings run from the first findings heading to the letter's closing paragraphs or sign-off. Inside them, a
 * heading the reader does not know opens an {@link Section#UNCLASSIFIED} group, so no text there is dropped; one
 * followed by a report's "Grade N" line is a judgement, read as {@link Section#NARRATIVE}. Before the first findings
 * heading is the letter's preamble (address, introduction), read only for its metadata.
 */
final class FindingCollector {

    private FindingCollector() {
    }

    /** Each item with the block it came from, so that the caller can say where in the text it stands. */
    record Item(LetterBlock block, Section section, Timescale timescale, String theme) {
    }

    /** The theme of a board review's findings, as the paper heads them. */
    static final String BOARD = "Local Safeguarding Children Board";
    private static final Pattern BOARD_PART = Pattern.compile("(?i)safeguarding children(?:'|\u2019)?s? board|\\bLSCB\\b");

    static List<Item> collect(List<LetterBlock> blocks) {
        List<Item> items = new ArrayList<>();
        List<LetterBlock> headings = new ArrayList<>();
        Section section = null;
        Timescale timescale = null;
        String theme = null;
        // the part a report's findings stand in when it is not the council's own: the board's review in a SIF
        // report has recommendations of its own, which read as the council's without it
        String part = null;
        Kind itemKind = null;
        LetterBlock heading = null;
        boolean inFindings = false;
        for (int i = 0; i < blocks.size(); i++) {
            LetterBlock block = blocks.get(i);
            switch (block.kind()) {
                case HEADING -> {
                    FindingHeading h = block.heading();
                    if (h.opensSection()) {
                        section = h.section();
                        timescale = h.timescale();
                        theme = h.theme() != null ? h.theme() : part;
                        itemKind = itemKindOfGroup(blocks, i + 1);
                        heading = block;
                        inFindings = true;
                    } else if (section != null) {
                        timescale = h.timescale();
                    }
                }
                case STOP -> {
                    section = null;
                    inFindings = false;
                    part = BOARD_PART.matcher(block.text()).find() ? BOARD : null;
                }
                default -> {
                    if (block.looksLikeHeading()) {
                        boolean judgement = i + 1 < blocks.size() && blocks.get(i + 1).isGrade();
                        section = judgement ? Section.NARRATIVE : inFindings ? Section.UNCLASSIFIED : null;
                        timescale = null;
                        theme = part;
                        itemKind = itemKindOfGroup(blocks, i + 1);
                        heading = block;
                        inFindings |= judgement;
                    } else if (section != null && block.kind() == itemKind && isItem(block)) {
                        items.add(new Item(block, section, timescale, theme));
                        headings.add(heading);
                    }
                }
            }
        }
        return withEmptyListsAsNarrative(items, headings);
    }

    /**
     * A list whose one item says that the list is empty ("The inspection did not find any areas for priority and
     * immediate action") holds nothing to act on: that item is narrative.
     */
    private static List<Item> withEmptyListsAsNarrative(List<Item> items, List<LetterBlock> headings) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            LetterBlock heading = headings.get(i);
            boolean alone = (i == 0 || headings.get(i - 1) != heading)
                    && (i + 1 == items.size() || headings.get(i + 1) != heading);
            if (alone && item.section().callsForAction() && EmptyList.says(item.block().text(), heading.text())) {
                items.set(i, new Item(item.block(), Section.NARRATIVE, null, item.theme()));
            }
        }
        return items;
    }

    private static boolean isItem(LetterBlock block) {
        if (block.text().isBlank() || block.isGrade() || block.isContactOrCopyright()) {
            return false;
        }
        // A paragraph ending in a colon introduces what follows rather than being a finding itself.
        return block.kind() != Kind.PARAGRAPH || !block.text().endsWith(":");
    }

    /**
     * Labelled items if the group has any; else a list's items: bullets, unless two or more numbered paragraphs come
     * first (a report's numbered list, whose items may have sub-bullets), since one numbered paragraph before bullets
     * is their lead-in; else each paragraph.
     */
    private static Kind itemKindOfGroup(List<LetterBlock> blocks, int from) {
        int numberedBeforeBullets = 0;
        boolean bullets = false;
        for (int i = from; i < blocks.size(); i++) {
            LetterBlock b = blocks.get(i);
            if (b.kind() == Kind.STOP || (b.kind() == Kind.HEADING && b.heading().opensSection()) || b.looksLikeHeading()) {
                break;
            }
            if (b.kind() == Kind.LABELLED) {
                return Kind.LABELLED;
            }
            bullets |= b.kind() == Kind.BULLET;
            numberedBeforeBullets += !bullets && b.kind() == Kind.NUMBERED ? 1 : 0;
        }
        if (bullets && numberedBeforeBullets <= 1) {
            return Kind.BULLET;
        }
        return numberedBeforeBullets > 0 ? Kind.NUMBERED : Kind.PARAGRAPH;
    }
}
