package org.scrutineer.letter;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A limit on the bytes PDFBox decodes while one letter is read. PDFBox decompresses a stream (a form, a font, the
 * cross-reference table, page content in parts) whole into memory and sets no limit, so a few megabytes of deflated
 * spaces would fill the memory with gigabytes before any time limit is reached.
 * <p>
 * PDFBox offers no way to add or wrap a filter, so the filters in its factory are wrapped once, in place, to count
 * what they write on a thread that is reading a letter. Other threads' decoding is not counted.
 */
final class DecodingBudget {

    /** What the letter being read on this thread may still decode; absent when no letter is being read. */
    private static final ThreadLocal<Left> LEFT = new ThreadLocal<>();

    static {
        countFilters();
    }

    private DecodingBudget() {
    }

    /** Something read from a PDF with PDFBox. */
    interface Reading<T> {
        T read() throws IOException;
    }

    /** Runs the reading on this thread with at most {@code limit} bytes decoded; refuses the letter past it. */
    static <T> T within(long limit, Reading<T> reading) throws IOException {
        Left left = new Left(limit);
        LEFT.set(left);
        try {
            T result = reading.read();
            // PDFBox carries on past a few failures it catches itself: the limit must still refuse the letter
            left.requireWithin();
            return result;
        } finally {
            LEFT.remove();
        }
    }

    private static final class Left {
        private final long limit;
        private long bytes;

        Left(long limit) {
            this.limit = limit;
            this.bytes = limit;
        }

        void take(long n) {
            bytes -= n;
            requireWithin();
        }

        void requireWithin() {
            if (bytes < 0) {
                throw UnreadableLetter.tooLarge("bytes once decompressed", limit);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void countFilters() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            // one wrapper for each filter, as two names (FlateDecode, Fl) share one filter and PDFBox relies on that
            Map<Filter, Filter> counted = new IdentityHashMap<>();
            filters.replaceAll((name, filter) -> counted.computeIfAbsent(filter, Counted::new));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("PDFBox's filters could not be wrapped to limit decoding", e);
        }
    }

    private static final class Counted extends Filter {
        private final Filter filter;

        Counted(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return filter.decode(encoded, counting(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            return filter.decode(encoded, counting(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        private static OutputStream counting(OutputStream decoded) {
            Left left = LEFT.get();
            if (left == null) {
                return decoded;
            }
            return new FilterOutputStream(decoded) {
                @Override
                public void write(int b) throws IOException {
                    left.take(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    left.take(len);
                    out.write(b, off, len);
                }
            };
        }
    }
}
