package dev.mizan.workbench.shell;

import java.util.Collection;

/**
 * A listener (or handler) added to the workbench, which {@link #close()} removes again. Closing twice
 * does nothing. A view keeps its registrations in its {@link ViewScope}, so they go when the view goes.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    /** Removes what was registered; no effect when already removed. */
    @Override
    void close();

    /** Adds {@code item} to {@code list} and returns the registration that takes it out again. */
    static <T> Registration adding(Collection<T> list, T item) {
        list.add(item);
        return () -> list.remove(item);
    }
}
