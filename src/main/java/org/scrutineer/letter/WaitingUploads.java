package org.scrutineer.letter;

import org.scrutineer.letter.LetterPages.Waiting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Uploads read on {@code /letters/new} and waiting for their person to register them. They were kept in the
 * session, and one person may open any number of sessions, each holding 20 MB until it expired: 25 sessions took
 * 380 MB of heap. Held here instead, and bounded: a session's newest upload, a person's newest {@value #PER_PERSON},
 * for at most {@link #KEPT_FOR}, and all together within a budget of the heap; the oldest go first, and the page
 * then says the letter is no longer waiting. Per node, as the session is.
 */
@Component
class WaitingUploads {

    static final int PER_PERSON = 2;
    static final Duration KEPT_FOR = Duration.ofHours(1);

    private final long budget;
    private final Clock clock;
    /** In the order they came: the first is the oldest. */
    private final LinkedHashMap<String, Entry> waiting = new LinkedHashMap<>();
    private long held;

    private record Entry(String user, String session, Waiting upload, long bytes, Instant at) {
    }

    @Autowired
    WaitingUploads(Clock clock) {
        this(Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8), clock);
    }

    WaitingUploads(long budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    synchronized void put(String user, String session, Waiting upload) {
        Instant now = clock.instant();
        List<String> replaced = waiting.entrySet().stream().filter(e -> e.getValue().session().equals(session)
                || e.getValue().at().isBefore(now.minus(KEPT_FOR))).map(Map.Entry::getKey).toList();
        replaced.forEach(this::drop);
        long bytes = upload.upload().bytes().length + 2L * upload.upload().text().length();
        waiting.put(upload.id(), new Entry(user, session, upload, bytes, now));
        held += bytes;
        List<String> theirs = waiting.entrySet().stream().filter(e -> e.getValue().user().equals(user))
                .map(Map.Entry::getKey).toList();
        theirs.subList(0, Math.max(0, theirs.size() - PER_PERSON)).forEach(this::drop);
        for (Iterator<String> oldest = waiting.keySet().iterator(); held > budget && waiting.size() > 1; ) {
            String id = oldest.next();
            held -= waiting.get(id).bytes();
            oldest.remove();
        }
    }

    /** The upload, taken so that a second press of Register finds nothing; {@literal null} if gone or not theirs. */
    synchronized Waiting take(String user, String id) {
        Entry entry = waiting.get(id);
        if (entry == null || !entry.user().equals(user) || entry.at().isBefore(clock.instant().minus(KEPT_FOR))) {
            return null;
        }
        drop(id);
        return entry.upload();
    }

    synchronized long held() {
        return held;
    }

    private void drop(String id) {
        Entry entry = waiting.remove(id);
        if (entry != null) {
            held -= entry.bytes();
        }
    }
}
