package org.scrutineer.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The heading of the letter a finding stands under. */
public enum Section {
    STRENGTH("strength"),
    MEETS_REQUIREMENTS("meets_requirements"),
    AREA_FOR_DEVELOPMENT("area_for_development"),
    PRIORITY_ACTION("priority_action"),
    RECOMMENDATION("recommendation"),
    /** Context under headings such as "Overview" or "Main findings": read, quoted, but nothing to act on. */
    NARRATIVE("narrative"),
    /** Text under a heading the reader does not know, kept so that a person can place it. */
    UNCLASSIFIED("unclassified");

    private final String json;

    Section(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The heading its findings stand under on every page: one vocabulary for the review, the letter and the paper. */
    public String heading() {
        return switch (this) {
            case PRIORITY_ACTION -> "Areas for priority action";
            case AREA_FOR_DEVELOPMENT -> "Areas for development";
            case RECOMMENDATION -> "Recommendations";
            case STRENGTH -> "Strengths";
            case MEETS_REQUIREMENTS -> "Where the service meets the requirements";
            case NARRATIVE -> "Context (nothing to act on)";
            case UNCLASSIFIED -> "Not placed in a section";
        };
    }

    /** Whether the council must answer a finding of this section with an action. */
    public boolean callsForAction() {
        return this == AREA_FOR_DEVELOPMENT || this == PRIORITY_ACTION || this == RECOMMENDATION;
    }

    @JsonCreator
    public static Section fromJson(String value) {
        return Arrays.stream(values()).filter(s -> s.json.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown section '" + value + "'"));
    }
}
