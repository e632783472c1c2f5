package org.scrutineer.letter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Deflated data (as a PDF's FlateDecode streams hold it) of a prefix followed by many copies of a chunk, made without
 * ever holding or compressing the copies: each is flushed so that it compresses to the same bytes, which are repeated,
 * and zlib's checksum is combined rather than computed. Gigabytes inflated cost milliseconds to make.
 */
record Flate(byte[] bytes) {

    static Flate of(String prefix, String chunk, int times) {
        byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = chunk.getBytes(StandardCharsets.ISO_8859_1);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(flushed(deflater, head));
        byte[] copy = flushed(deflater, body);
        deflater.end();
        long sum = adler32(head);
        long sumOfCopy = adler32(body);
        for (int i = 0; i < times; i++) {
            out.writeBytes(copy);
            sum = combine(sum, sumOfCopy, body.length);
        }
        // an empty final block, then the checksum, big-endian
        out.writeBytes(new byte[] {3, 0, (byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        return new Flate(out.toByteArray());
    }

    /** The stream object, with these dictionary entries besides its filter and length. */
    byte[] stream(String entries) {
        return HostilePdfs.concat(HostilePdfs.ascii("<< " + entries + " /Filter /FlateDecode /Length " + bytes.length
                + " >>\nstream\n"), bytes, HostilePdfs.ascii("\nendstream"));
    }

    /** The deflated input, flushed so that what follows starts afresh; the first call writes zlib's header too. */
    private static byte[] flushed(Deflater deflater, byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[input.length + 1024];
        deflater.setInput(input);
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        return out.toByteArray();
    }

    private static long adler32(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return adler.getValue();
    }

    /** zlib's adler32_combine: the checksum of A then B from A's, B's and B's length. */
    private static long combine(long a, long b, long lengthOfB) {
        final long base = 65521;
        long rem = lengthOfB % base;
        long sum1 = (a & 0xFFFF) + (b & 0xFFFF) + base - 1;
        long sum2 = rem * (a & 0xFFFF) % base + (a >>> 16 & 0xFFFF) + (b >>> 16 & 0xFFFF) + base - rem;
        return sum2 % base << 16 | sum1 % base;
    }
}
