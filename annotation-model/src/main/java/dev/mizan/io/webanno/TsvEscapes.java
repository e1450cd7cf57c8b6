package dev.mizan.io.webanno;

import java.util.ArrayList;
import java.util.List;

/** WebAnno TSV's backslash escapes and its '|'-separated stacks of values. */
final class TsvEscapes {
    private TsvEscapes() {
    }

    /** Removes the backslash before an escaped character ({@code \[ \] \| \_ \-> \; \* \\ \t \n}). */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits on '|' not preceded by a backslash; the parts stay escaped. */
    static List<String> splitStack(String s) {
        return split(s, '|');
    }

    /** Splits on {@code separator} not preceded by a backslash (';' between slots); the parts stay escaped. */
    static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
