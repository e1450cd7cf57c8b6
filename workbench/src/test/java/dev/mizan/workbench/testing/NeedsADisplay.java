package dev.mizan.workbench.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.awt.GraphicsEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marks a GUI test class: it fails (never skips) without a display, so a CI that lost its Xvfb is noticed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsADisplay.Check.class)
public @interface NeedsADisplay {
    /** Runs before the class's tests. */
    final class Check implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            assertThat(GraphicsEnvironment.isHeadless())
                    .as("GUI tests need a display: run them under Xvfb with './mizan test' (or xvfb-run)").isFalse();
        }
    }
}
