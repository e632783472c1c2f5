package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.finding.LetterBlock.Kind;

/**
 * Walks a letter's blocks and keeps those that stand under a findings heading. Within one group the layout decides
 * what an item is: if the group has labelled items ("Recommendation 1: …") only those count, so the Progress and
 * Impact notes a council adds under each are left out; else if it has bullets only bullets count, so a lead-in
 * ("… the following areas:") and trailing narrative are left out; else each paragraph is an item.
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

    static List<Item> collect(List<LetterBlock> blocks) {
        List<Item> items = new ArrayList<>();
        Section section = null;
        Timescale timescale = null;
        String theme = null;
        Kind itemKind = null;
        boolean inFindings = false;
        for (int i = 0; i < blocks.size(); i++) {
            LetterBlock block = blocks.get(i);
            switch (block.kind()) {
                case HEADING -> {
                    FindingHeading h = block.heading();
                    if (h.opensSection()) {
                        section = h.section();
                        timescale = h.timescale();
                        theme = h.theme();
                        itemKind = itemKindOfGroup(blocks, i + 1);
                        inFindings = true;
                    } else if (section != null) {
                        timescale = h.timescale();
                    }
                }
                case STOP -> {
                    section = null;
                    inFindings = false;
                }
                default -> {
                    if (block.looksLikeHeading()) {
                        boolean judgement = i + 1 < blocks.size() && blocks.get(i + 1).isGrade();
                        section = judgement ? Section.NARRATIVE : inFindings ? Section.UNCLASSIFIED : null;
                        timescale = null;
                        theme = null;
                        itemKind = itemKindOfGroup(blocks, i + 1);
                        inFindings |= judgement;
                    } else if (section != null && block.kind() == itemKind && isItem(block)) {
                        items.add(new Item(block, section, timescale, theme));
                    }
                }
            }
        }
        return items;
    }

    private static boolean isItem(LetterBlock block) {
        if (block.text().isBlank() || block.isGrade()) {
            return false;
        }
        // A paragraph ending in a colon introduces what follows rather than being a finding itself.
        return block.kind() != Kind.PARAGRAPH || !block.text().endsWith(":");
    }

    private static Kind itemKindOfGroup(List<LetterBlock> blocks, int from) {
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
        }
        return bullets ? Kind.BULLET : Kind.PARAGRAPH;
    }
}
