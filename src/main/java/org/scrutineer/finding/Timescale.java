package org.scrutineer.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** By when the inspectorate expects a finding to be addressed; absent when the letter sets none. */
public enum Timescale {
    IMMEDIATE("immediate", "Immediately"),
    THREE_MONTHS("3_months", "Within three months"),
    SIX_MONTHS("6_months", "Within six months");

    private final String json;
    private final String heading;

    Timescale(String json, String heading) {
        this.json = json;
        this.heading = heading;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** How a committee paper heads the group of actions with this timescale. */
    public String heading() {
        return heading;
    }

    @JsonCreator
    public static Timescale fromJson(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown timescale '" + value + "'"));
    }
}
