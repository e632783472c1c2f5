package org.scrutineer.letter;

/**
 * Published, inside the withdrawal's transaction, before a letter is withdrawn: the workflow ends its process
 * and drops its unaccepted plan, or refuses (409) when the plan is live. A refusal withdraws nothing.
 */
public record LetterWithdrawn(String letterId, String withdrawnBy) {
}
