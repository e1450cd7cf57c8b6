package dev.mizan.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a reliability matrix from CSV: a header row of coder names, then one row per unit with one cell
 * per coder; an empty cell is a missing value. When every value is a number the study is numeric
 * (interval and ratio α, weighted κ); otherwise values are labels. Quotes follow RFC 4180.
 */
public final class ReliabilityMatrix {
    private ReliabilityMatrix() {
    }

    /**
     * @param text the CSV text
     * @param name the file name, for messages
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    public static CodingStudy parse(String text, String name) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parseCsv(text, name, rows, lines);
        while (!rows.isEmpty() && isBlank(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
            lines.remove(lines.size() - 1);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; it needs a header row of coder names and one row per unit");
        }
        List<String> coders = rows.get(0).stream().map(String::strip).toList();
        if (coders.size() < 2) {
            throw new IllegalArgumentException(name + ":1: the header names " + coders.size()
                    + " coder; agreement needs two or more columns (one per coder)");
        }
        for (int c = 0; c < coders.size(); c++) {
            if (coders.get(c).isEmpty()) {
                throw new IllegalArgumentException(name + ":1: column " + (c + 1) + " has no coder name in the header");
            }
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException(name + " has a header but no units; add one row per unit");
        }
        boolean numeric = true;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (isBlank(row)) {
                continue;
            }
            if (row.size() != coders.size()) {
                throw new IllegalArgumentException(name + ":" + lines.get(r) + ": has " + row.size() + " cells but the header has "
                        + coders.size() + " coders; leave a cell empty for a missing value, but keep every comma");
            }
            for (String cell : row) {
                if (!cell.isBlank() && !isNumber(cell.strip())) {
                    numeric = false;
                }
            }
        }
        List<List<Object>> units = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            if (isBlank(rows.get(r))) {
                continue;
            }
            List<Object> unit = new ArrayList<>();
            for (String cell : rows.get(r)) {
                String v = cell.strip();
                unit.add(v.isEmpty() ? null : numeric ? (Object) new BigDecimal(v).doubleValue() : v);
            }
            units.add(unit);
        }
        return CodingStudy.of(coders, units);
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void parseCsv(String text, String name, List<List<String>> rows, List<Integer> lines) {
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                lines.add(rowLine);
                row = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + ":" + rowLine + ": a quoted cell is never closed; add the closing \"");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
            lines.add(rowLine);
        }
        rows.replaceAll(r -> new ArrayList<>(Arrays.asList(r.toArray(String[]::new))));
    }
}
