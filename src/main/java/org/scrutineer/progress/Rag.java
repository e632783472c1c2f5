package org.scrutineer.progress;

/** Red/amber/green status an owner gives their action each cycle. */
public enum Rag {
    RED("Off track"),
    AMBER("At risk"),
    GREEN("On track");

    private final String meaning;

    Rag(String meaning) {
        this.meaning = meaning;
    }

    /** The words printed beside the colour, so the status never rests on colour alone. */
    public String meaning() {
        return meaning;
    }
}
