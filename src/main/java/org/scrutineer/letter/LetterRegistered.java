package org.scrutineer.letter;

/**
 * Published when a letter has been stored; the workflow starts its process in answer. Listeners run in the
 * registering thread and its transaction, so a failure to start leaves nothing of the letter behind.
 */
public record LetterRegistered(String letterId, String registeredBy) {
}
