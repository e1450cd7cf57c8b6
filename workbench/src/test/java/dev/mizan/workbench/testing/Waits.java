package dev.mizan.workbench.testing;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, failing with what was awaited when it does not in time. */
public final class Waits {
    /** Long enough for a project to load on a busy CI machine. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    private Waits() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, DEFAULT, condition);
    }

    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(timeout.toMillis()));
    }
}
