package dev.mizan.io.export;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Works on documents in parallel and writes in order: items are mapped in chunks on the common
 * fork-join pool, and each chunk's results are handed to the (single-threaded) writer in the items'
 * order, so files are identical to a sequential run while tokenizing and rendering use every core.
 * Chunks keep memory bounded on large corpora.
 */
public final class InOrder {
    /** Items mapped at a time. */
    static final int CHUNK = 32;

    private InOrder() {
    }

    /** Something that takes results in order and may fail with an I/O error. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    public static <T, R> void map(List<T> items, Function<T, R> mapper, Sink<R> sink) throws IOException {
        for (int i = 0; i < items.size(); i += CHUNK) {
            List<R> results = items.subList(i, Math.min(items.size(), i + CHUNK)).parallelStream().map(mapper).toList();
            for (R r : results) {
                sink.accept(r);
            }
        }
    }
}
