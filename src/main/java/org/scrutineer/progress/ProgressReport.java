package org.scrutineer.progress;

/** What an owner reports on an action in a cycle. Nullable: impact, percentComplete. */
public record ProgressReport(String progress, String impact, Rag rag, Integer percentComplete, boolean completed) {
}
