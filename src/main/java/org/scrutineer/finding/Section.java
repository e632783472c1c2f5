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
