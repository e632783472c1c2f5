package org.scrutineer.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of request bodies the JSON checks may hold in memory at once, across all requests of this node:
 * each body may be 21 MB, and 200 of them at once filled a 6 GB heap (an attack found OutOfMemoryErrors in every
 * thread). A body that would pass the budget is not read at all, and the request is answered 503.
 */
final class BodyBudget {

    /** An eighth of the heap, as waiting uploads get ({@code WaitingUploads}). */
    static final BodyBudget OF_THE_HEAP = new BodyBudget(Runtime.getRuntime().maxMemory() / 8);

    private static final int CHUNK = 64 * 1024;

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Thrown when a body would pass the budget: what was read of it so far is let go. */
    static final class Spent extends IOException {
        Spent() {
            super("request bodies held in memory at the limit");
        }
    }

    /** A body read into memory, counted against the budget until {@link #close()}. */
    final class Held implements AutoCloseable {
        final byte[] bytes;
        private final long counted;

        private Held(byte[] bytes, long counted) {
            this.bytes = bytes;
            this.counted = counted;
        }

        @Override
        public void close() {
            held.addAndGet(-counted);
        }
    }

    /** Reads the body whole; {@code length} when it declares one (else -1), so a declared body is counted at once. */
    Held read(InputStream in, long length) throws IOException {
        long counted = 0;
        try {
            if (length >= 0) {
                counted = take(length, 0);
                byte[] body = in.readNBytes((int) length);
                return new Held(body, counted);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                counted = take(n, counted);
                out.write(chunk, 0, n);
            }
            return new Held(out.toByteArray(), counted);
        } catch (IOException | RuntimeException e) {
            held.addAndGet(-counted);
            throw e;
        }
    }

    /** Counts {@code bytes} more against the budget, on top of {@code counted}; the new count. */
    private long take(long bytes, long counted) throws Spent {
        long now = held.addAndGet(bytes);
        if (now > limit) {
            held.addAndGet(-bytes);
            throw new Spent();
        }
        return counted + bytes;
    }

    long held() {
        return held.get();
    }
}
