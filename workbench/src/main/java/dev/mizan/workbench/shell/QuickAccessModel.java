package dev.mizan.workbench.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds commands by name for Quick Access: every word typed must occur in the name (or id);
 * names that start with the query come first, then names with a word starting with it.
 */
public final class QuickAccessModel {
    /** One command found, with the text to show. */
    public record Match(CommandContribution command, String label, String keys, int score) {
    }

    private final List<CommandContribution> commands;

    public QuickAccessModel(List<CommandContribution> commands) {
        this.commands = List.copyOf(commands);
    }

    public List<Match> find(String query) {
        String q = normalize(query);
        String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
        List<Match> result = new ArrayList<>();
        for (CommandContribution c : commands) {
            String name = normalize(c.name());
            String haystack = name + " " + normalize(c.id());
            boolean all = true;
            for (String w : words) {
                if (!haystack.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                result.add(new Match(c, c.name(), KeyNames.describe(c.keyBinding()), score(name, q)));
            }
        }
        result.sort(Comparator.comparingInt(Match::score).thenComparing(Match::label, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    private static int score(String name, String q) {
        if (q.isEmpty()) {
            return 3;
        }
        if (name.startsWith(q)) {
            return 0;
        }
        if (name.contains(" " + q)) {
            return 1;
        }
        return name.contains(q) ? 2 : 3;
    }

    static String normalize(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace("…", "").replace("...", "").trim();
    }
}
