package id.nttmart.catalog.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reading and writing (quoted fields, doubled quotes, CRLF or LF line ends). */
final class CsvText {

    private CsvText() {
    }

    /** All records of a CSV document; a leading byte-order mark and blank lines are skipped. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, fieldStarted);
                row = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        endRow(rows, row, field, fieldStarted);
        return rows;
    }

    /** The records after the header line, each as column name to stripped value; rejects ragged rows. */
    static List<Map<String, String>> records(String text) {
        List<List<String>> rows = parse(text);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("CSV row has " + row.size() + " fields, not " + header.size()
                        + ": " + row);
            }
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i).strip());
            }
            records.add(record);
        }
        return records;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started) {
        if (started || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        field.setLength(0);
    }

    /** Appends one field, quoted only when it holds a comma, quote or line break. */
    static void appendField(StringBuilder out, String value) {
        boolean needsQuotes = false;
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char c = value.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needsQuotes) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Appends a whole record followed by LF. */
    static void appendRow(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields[i]);
        }
        out.append('\n');
    }
}
