package org.scrutineer.letter;

/**
 * Published when a letter has been stored; the workflow starts its process in answer. Listeners run in the
 * registering thread, so a failure to start reaches the registration, which then withdraws the letter.
 */
public record LetterRegistered(String letterId, String registeredBy) {
}
