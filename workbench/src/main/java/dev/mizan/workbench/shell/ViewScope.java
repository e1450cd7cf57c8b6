package dev.mizan.workbench.shell;

import javax.swing.JComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What an open view holds from the workbench (its listeners and handlers), released when the workbench
 * drops the view: closed, replaced by a perspective switch, or left behind by a rebuilt window. Without
 * it every rebuilt view would leave its listeners behind, firing on dead components.
 * <p>
 * Listeners a view adds while {@link ViewContribution#createView} runs join its scope by themselves;
 * a view that registers later (when first shown, say) adds the {@link Registration} with
 * {@code ViewScope.of(component).add(...)}, where {@code component} is what {@code createView} returned.
 * Moving a view to another area keeps its scope open.
 */
public final class ViewScope {
    private static final String KEY = "mizan.viewScope";

    private final List<Registration> registrations = new ArrayList<>();

    private ViewScope() {
    }

    /** The scope of the view whose component this is (made on first use). */
    public static ViewScope of(JComponent view) {
        Object scope = view.getClientProperty(KEY);
        if (scope instanceof ViewScope s) {
            return s;
        }
        ViewScope s = new ViewScope();
        view.putClientProperty(KEY, s);
        return s;
    }

    /** Keeps a registration until the view is dropped; returns it for convenience. */
    public Registration add(Registration registration) {
        registrations.add(registration);
        return registration;
    }

    /** How many registrations are held (tests use it). */
    int size() {
        return registrations.size();
    }

    /** Closes the registrations of a dropped view, newest first. */
    static void close(JComponent view) {
        if (view.getClientProperty(KEY) instanceof ViewScope s) {
            List<Registration> held = List.copyOf(s.registrations);
            s.registrations.clear();
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).close();
            }
        }
    }
}
