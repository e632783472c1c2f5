package org.scrutineer.letter;

import org.scrutineer.store.WriteJournal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering and withdrawing a letter, each in one engine transaction with its workflow's start or end, for the API
 * ({@link LetterController}) and the pages ({@link LetterPages}) alike: if the workflow cannot start, or the process
 * dies before the engine commits, nothing of the letter is left (see {@link WriteJournal}).
 */
@Component
class LetterRegistry {

    private final LetterService letters;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inOneTransaction;

    LetterRegistry(LetterService letters, ApplicationEventPublisher events, PlatformTransactionManager engineTransactions) {
        this.letters = letters;
        this.events = events;
        this.inOneTransaction = new TransactionTemplate(engineTransactions);
    }

    /** Stores the letter and starts its workflow; the letter as stored, with the process it is attached to. */
    Letter register(LetterUpload upload, String user) {
        return inOneTransaction.execute(status -> {
            Letter letter = letters.register(upload, user);
            events.publishEvent(new LetterRegistered(letter.getId(), user));
            return letters.get(letter.getId());
        });
    }

    /** Removes a letter registered by mistake with its process and unaccepted plan; a live plan's letter stays (409). */
    void withdraw(String letterId, String user) {
        inOneTransaction.executeWithoutResult(status -> {
            letters.get(letterId);
            events.publishEvent(new LetterWithdrawn(letterId, user));
            letters.withdraw(letterId, user);
        });
    }
}
