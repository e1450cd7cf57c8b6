package dev.mizan.workbench.shell;

import java.util.Locale;

/** Turns a key binding such as {@code "ctrl shift P"} into what users read: {@code Ctrl+Shift+P}. */
public final class KeyNames {
    private KeyNames() {
    }

    public static String describe(String binding) {
        if (binding == null || binding.isBlank()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : binding.trim().split("\\s+")) {
            if (part.equals("pressed") || part.equals("released") || part.equals("typed")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append(word(part));
        }
        return sb.toString();
    }

    private static String word(String part) {
        return switch (part) {
            case "ctrl", "control" -> "Ctrl";
            case "shift" -> "Shift";
            case "alt" -> "Alt";
            case "meta" -> "Meta";
            case "EQUALS" -> "=";
            case "MINUS" -> "-";
            case "DELETE" -> "Del";
            case "ESCAPE" -> "Esc";
            case "PAGE_UP" -> "PgUp";
            case "PAGE_DOWN" -> "PgDn";
            default -> part.length() == 1 ? part.toUpperCase(Locale.ROOT)
                    : part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
