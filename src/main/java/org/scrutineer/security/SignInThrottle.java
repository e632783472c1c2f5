package org.scrutineer.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down guessing passwords at every door that checks one (HTTP Basic on our API and /engine-rest, the
 * webapps' login), per user id and per client address, without ever locking an account for good: the engine's own
 * lock is off ({@code loginMaxAttempts} in application.yml), because ten failures from anyone locked any user,
 * admin included, until someone unlocked them.
 * <p>
 * Each door asks {@link #admit} before checking a password and reports how it went. While a user id or an address
 * is past its free failures, only one of its attempts runs at a time, so parallel requests cannot guess faster.
 * The memory is this node's alone: with several nodes, each throttles what reaches it.
 */
@Component
public class SignInThrottle {

    private static final int MAX_KEY_LENGTH = 200;

    private final SignInSettings settings;
    private final Clock clock;
    private final Tally users;
    private final Tally addresses;

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.users = new Tally(settings.freeFailuresPerUser());
        this.addresses = new Tally(settings.freeFailuresPerAddress());
    }

    /**
     * An attempt to sign in as {@code userId} from {@code address}: admitted (the door then checks the password and
     * says how it went), or refused with how long to wait.
     */
    public synchronized Attempt admit(String userId, String address) {
        Instant now = clock.instant();
        Entry user = users.find(key(userId), now);
        Entry from = addresses.find(key(address), now);
        Duration wait = longer(users.waitFor(user, now), addresses.waitFor(from, now));
        if (positive(wait)) {
            return new Attempt(userId, address, null, null, wait);
        }
        return new Attempt(userId, address, users.occupy(user, now), addresses.occupy(from, now), Duration.ZERO);
    }

    /** Forgets the user's failures, so they may sign in at once (an administrator's unlock). */
    public synchronized void unlock(String userId) {
        users.entries.remove(key(userId));
    }

    /** How many user ids and addresses it remembers now, at most twice {@code maxTracked}. */
    synchronized int remembered() {
        return users.entries.size() + addresses.entries.size();
    }

    private synchronized void failed(Attempt attempt) {
        Instant now = clock.instant();
        release(attempt);
        users.fail(key(attempt.userId), now);
        addresses.fail(key(attempt.address), now);
    }

    /**
     * The right password: the user's failures are forgotten. The address's stay, or whoever guesses from it could
     * wipe them by signing in to an account of their own between guesses.
     */
    private synchronized void succeeded(Attempt attempt) {
        release(attempt);
        users.entries.remove(key(attempt.userId));
    }

    private synchronized void release(Attempt attempt) {
        if (attempt.user != null) {
            attempt.user.busyUntil = null;
        }
        if (attempt.from != null) {
            attempt.from.busyUntil = null;
        }
    }

    /** Case folded (a case-insensitive identity store would take "Admin" for "admin") and of bounded length. */
    private static String key(String value) {
        String key = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static boolean positive(Duration duration) {
        return !duration.isZero() && !duration.isNegative();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One admitted or refused attempt; an admitted one must be closed by exactly one of its three outcomes. */
    public final class Attempt {
        private final String userId;
        private final String address;
        private final Entry user; // the entries this attempt occupies, if any
        private final Entry from;
        private final Duration retryAfter;

        private Attempt(String userId, String address, Entry user, Entry from, Duration retryAfter) {
            this.userId = userId;
            this.address = address;
            this.user = user;
            this.from = from;
            this.retryAfter = retryAfter;
        }

        public boolean admitted() {
            return retryAfter.isZero();
        }

        /** How long to wait before trying again, when refused. */
        public Duration retryAfter() {
            return retryAfter;
        }

        public void failed() {
            SignInThrottle.this.failed(this);
        }

        public void succeeded() {
            SignInThrottle.this.succeeded(this);
        }

        /** The door answered without checking the password (a refused token, an error). */
        public void abandoned() {
            release(this);
        }
    }

    private static final class Entry {
        int failures;
        Instant lastFailure;
        /** Set while an attempt past the free failures runs; it lapses by itself should a door never close it. */
        Instant busyUntil;
    }

    /** Failures per key, least recently seen first, at most {@code maxTracked} keys. */
    private final class Tally {
        private final int freeFailures;
        private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > settings.maxTracked();
            }
        };

        Tally(int freeFailures) {
            this.freeFailures = freeFailures;
        }

        Entry find(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry != null && !now.isBefore(entry.lastFailure.plus(settings.forgetAfter()))) {
                entries.remove(key);
                return null;
            }
            return entry;
        }

        void fail(String key, Instant now) {
            Entry entry = find(key, now);
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
            }
            entry.failures++;
            entry.lastFailure = now;
        }

        Duration waitFor(Entry entry, Instant now) {
            if (entry == null || entry.failures <= freeFailures) {
                return Duration.ZERO;
            }
            Duration remaining = Duration.between(now, entry.lastFailure.plus(delay(entry.failures - freeFailures)));
            if (positive(remaining)) {
                return remaining;
            }
            // past its free failures, a key has one attempt running at a time
            return entry.busyUntil != null && now.isBefore(entry.busyUntil) ? settings.firstDelay() : Duration.ZERO;
        }

        /** Marks a key past its free failures as having an attempt running; the entry marked, or null. */
        Entry occupy(Entry entry, Instant now) {
            if (entry == null || entry.failures <= freeFailures) {
                return null;
            }
            entry.busyUntil = now.plus(settings.maxDelay());
            return entry;
        }

        /** firstDelay after the first failure beyond the free ones, doubling with each further one, up to maxDelay. */
        private Duration delay(int failuresBeyondFree) {
            Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(failuresBeyondFree - 1, 30));
            return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
        }
    }
}
