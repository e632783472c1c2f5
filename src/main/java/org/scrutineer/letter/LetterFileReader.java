package org.scrutineer.letter;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads uploaded files on a small pool of workers with a time limit, so that a file crafted to make a parser loop
 * answers with a problem instead of holding a request thread, and at most two such files are read at once.
 */
@Component
class LetterFileReader implements DisposableBean {

    private static final int WORKERS = 2;

    private final LetterLimits limits;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());

    LetterFileReader(LetterLimits limits) {
        this.limits = limits;
    }

    /** Pasted text, within the same character limit as a file's text. */
    LetterUpload ofText(String text, String committee) {
        if (text != null && text.length() > limits.maxCharacters()) {
            throw UnreadableLetter.tooLarge("characters of text", limits.maxCharacters());
        }
        LetterText.requireCommittee(committee);
        return LetterText.requireText(LetterUpload.ofText(text, committee));
    }

    LetterUpload read(byte[] bytes, String filename, String committee) {
        Future<LetterUpload> reading = workers.submit(() -> LetterText.fromFile(bytes, filename, committee, limits));
        try {
            return reading.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupts the worker; the PDF reader stops at its next page or string, a queued reading never starts.
            reading.cancel(true);
            throw tooSlow();
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw tooSlow();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("reading an uploaded letter failed", e.getCause());
        }
    }

    private UnreadableLetter tooSlow() {
        long millis = limits.readTimeout().toMillis();
        String limit = millis % 1000 == 0 ? millis / 1000 + " seconds" : millis + " ms";
        return new UnreadableLetter(UnreadableLetter.Reason.TOO_SLOW, "Reading the file took longer than " + limit
                + ", the most we allow: paste the letter's text instead.");
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "letter-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
