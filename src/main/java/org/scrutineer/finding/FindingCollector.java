package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.finding.LetterBlock.Kind;

/**
 * Walks a letter's blocks and keeps those that stand under a findings heading. Within one group the layout decides
 * what an item is: if the group has labelled items ("Recommendation 1: …") only those count, so the Progress and
 * Impact notes a council adds under each are left out; else if it has bullets only bullets count, so a lead-in
 * ("… the following areas:") and trailing narrative are left out; else each paragraph is an item.
 */
final class FindingCollector {

    private FindingCollector() {
    }

    static List<Finding> collect(List<LetterBlock> blocks) {
        List<Finding> findings = new ArrayList<>();
        Section section = null;
        Timescale timescale = null;
        String theme = null;
        Kind itemKind = null;
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
                    } else if (section != null) {
                        timescale = h.timescale();
                    }
                }
                case STOP -> section = null;
                default -> {
                    if (block.looksLikeHeading()) {
                        section = null;
                    } else if (section != null && block.kind() == itemKind && isItem(block)) {
                        String id = "F" + (findings.size() + 1);
                        findings.add(new Finding(id, section, block.text(), timescale, theme));
                    }
                }
            }
        }
        return findings;
    }

    private static boolean isItem(LetterBlock block) {
        if (block.text().isBlank()) {
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
