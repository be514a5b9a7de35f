package jp.member.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables and columns the Flyway migrations leave behind, read from the SQL alone (MySQL dialect): {@code CREATE
 * TABLE}, {@code ALTER TABLE} with {@code ADD}, {@code MODIFY}, {@code CHANGE}, {@code DROP} and {@code RENAME} of
 * columns, {@code DROP TABLE} and {@code RENAME TABLE}, in version order. Other statements (inserts, indexes) do not
 * change a column and are passed over; an {@code ALTER TABLE} action it does not know fails, so that a migration can
 * never change a column behind its back.
 */
final class MigratedSchema {

    /** The types whose length is a number of characters (CHAR, VARCHAR) or bytes (BINARY, VARBINARY). */
    static final Set<String> TEXT_TYPES = Set.of("CHAR", "VARCHAR", "BINARY", "VARBINARY");

    /** A column as the migrations declare it; {@code length} is null for the other types (INT, DATE, TEXT, ...). */
    record SqlColumn(String type, Integer length, String declaredIn) {

        boolean hasLength() {
            return length != null;
        }

        @Override
        public String toString() {
            return (hasLength() ? type + "(" + length + ")" : type) + " (" + declaredIn + ")";
        }
    }

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER_TABLE =
            Pattern.compile("ALTER\\s+TABLE\\s+`?(\\w+)`?\\s+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROP_TABLE =
            Pattern.compile("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RENAME_TABLE =
            Pattern.compile("RENAME\\s+TABLE\\s+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RENAME_PAIR =
            Pattern.compile("`?(\\w+)`?\\s+TO\\s+`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN =
            Pattern.compile("`?(\\w+)`?\\s+(\\w+)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*\\d+\\s*)?\\))?.*", Pattern.DOTALL);
    private static final Pattern ADD =
            Pattern.compile("ADD\\s+(?:COLUMN\\s+)?(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MODIFY =
            Pattern.compile("MODIFY\\s+(?:COLUMN\\s+)?(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CHANGE =
            Pattern.compile("CHANGE\\s+(?:COLUMN\\s+)?`?(\\w+)`?\\s+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROP = Pattern.compile("DROP\\s+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROPPED_COLUMN =
            Pattern.compile("(?:COLUMN\\s+)?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_COLUMN =
            Pattern.compile("RENAME\\s+COLUMN\\s+`?(\\w+)`?\\s+TO\\s+`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_TO =
            Pattern.compile("RENAME\\s+(?:TO\\s+|AS\\s+)?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);

    /** What follows ADD, DROP or a table body's item when it is not a column. */
    private static final Pattern NOT_A_COLUMN = Pattern.compile(
            "(PRIMARY|KEY|INDEX|UNIQUE|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL|PARTITION)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** ALTER TABLE actions that change no column's type. */
    private static final Pattern NO_COLUMN_CHANGE = Pattern.compile(
            "(ALTER|ENGINE|DEFAULT|CHARACTER|CHARSET|COLLATE|CONVERT|ALGORITHM|LOCK|ORDER|AUTO_INCREMENT|COMMENT"
                    + "|RENAME\\s+(INDEX|KEY))\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Map<String, Map<String, SqlColumn>> tables = new LinkedHashMap<>();

    private MigratedSchema() {}

    /** Replays every versioned migration in the folder, in version order. */
    static MigratedSchema of(Path folder) {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(
                            f -> VERSIONED.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(MigratedSchema::version, MigratedSchema::compareVersions))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (Path script : scripts) {
            try {
                named.put(script.getFileName().toString(), Files.readString(script));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return replay(named);
    }

    /** Replays the scripts in the order given: file name to SQL text. */
    static MigratedSchema replay(Map<String, String> scripts) {
        MigratedSchema schema = new MigratedSchema();
        scripts.forEach((name, sql) -> {
            for (String statement : statements(withoutComments(sql))) {
                schema.apply(statement.strip().replaceAll("\\s+", " "), name);
            }
        });
        return schema;
    }

    Optional<SqlColumn> column(String table, String column) {
        return Optional.ofNullable(tables.getOrDefault(key(table), Map.of()).get(key(column)));
    }

    boolean hasTable(String table) {
        return tables.containsKey(key(table));
    }

    private void apply(String statement, String script) {
        Matcher create = CREATE_TABLE.matcher(statement);
        if (create.lookingAt()) {
            Map<String, SqlColumn> columns = new LinkedHashMap<>();
            for (String item : topLevel(body(statement, create.end() - 1), ',')) {
                if (!NOT_A_COLUMN.matcher(item).matches()) {
                    put(columns, item, script);
                }
            }
            tables.put(key(create.group(1)), columns);
            return;
        }
        Matcher alter = ALTER_TABLE.matcher(statement);
        if (alter.matches()) {
            String table = key(alter.group(1));
            for (String action : topLevel(alter.group(2), ',')) {
                table = alter(table, action, script);
            }
            return;
        }
        Matcher drop = DROP_TABLE.matcher(statement);
        if (drop.matches()) {
            for (String table : drop.group(1).split(",")) {
                tables.remove(key(table.strip().replace("`", "")));
            }
            return;
        }
        Matcher rename = RENAME_TABLE.matcher(statement);
        if (rename.matches()) {
            for (String pair : rename.group(1).split(",")) {
                Matcher names = RENAME_PAIR.matcher(pair.strip());
                if (!names.matches()) {
                    throw new IllegalArgumentException(script + ": cannot read " + statement);
                }
                tables.put(key(names.group(2)), tables.remove(key(names.group(1))));
            }
        }
    }

    /** One action of an ALTER TABLE; answers the table's name afterwards (RENAME TO changes it). */
    private String alter(String table, String action, String script) {
        Map<String, SqlColumn> columns = tables.get(table);
        if (columns == null) {
            throw new IllegalArgumentException(script + ": ALTER TABLE of " + table + ", which no migration created");
        }
        Matcher m;
        if ((m = RENAME_COLUMN.matcher(action)).matches()) {
            columns.put(key(m.group(2)), columns.remove(key(m.group(1))));
        } else if (NO_COLUMN_CHANGE.matcher(action).matches()) {
            return table;
        } else if ((m = RENAME_TO.matcher(action)).matches()) {
            tables.put(key(m.group(1)), tables.remove(table));
            return key(m.group(1));
        } else if ((m = ADD.matcher(action)).matches()) {
            String added = m.group(1).strip();
            if (added.startsWith("(")) {
                for (String item : topLevel(body(added, 0), ',')) {
                    put(columns, item, script);
                }
            } else if (!NOT_A_COLUMN.matcher(added).matches()) {
                put(columns, added, script);
            }
        } else if ((m = MODIFY.matcher(action)).matches()) {
            put(columns, m.group(1), script);
        } else if ((m = CHANGE.matcher(action)).matches()) {
            columns.remove(key(m.group(1)));
            put(columns, m.group(2), script);
        } else if ((m = DROP.matcher(action)).matches()
                && NOT_A_COLUMN.matcher(m.group(1)).matches()) {
            return table;
        } else if ((m = DROP.matcher(action)).matches() && (m = DROPPED_COLUMN.matcher(m.group(1))).matches()) {
            columns.remove(key(m.group(1)));
        } else {
            throw new IllegalArgumentException(script + ": ALTER TABLE " + table + " " + action + " is not understood");
        }
        return table;
    }

    private static void put(Map<String, SqlColumn> columns, String definition, String script) {
        Matcher column = COLUMN.matcher(definition.strip());
        if (!column.matches()) {
            throw new IllegalArgumentException(script + ": cannot read the column " + definition);
        }
        String type = column.group(2).toUpperCase(Locale.ROOT);
        Integer length = null;
        if (TEXT_TYPES.contains(type)) {
            // CHAR and BINARY without a length hold one; VARCHAR and VARBINARY always have one
            length = column.group(3) != null ? Integer.valueOf(column.group(3)) : 1;
        }
        columns.put(key(column.group(1)), new SqlColumn(type, length, script));
    }

    /** The text between the parenthesis at {@code open} and the one that closes it. */
    private static String body(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses: " + text);
    }

    /** The parts of the text between separators outside parentheses and quotes. */
    private static List<String> topLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static List<String> statements(String sql) {
        return topLevel(sql, ';');
    }

    /** Without {@code -- ...} and {@code /* ... *}{@code /} comments (outside quotes). */
    private static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                out.append('\n');
                continue;
            } else if (!quoted && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 1;
                out.append(' ');
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String version(Path script) {
        Matcher m = VERSIONED.matcher(script.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(script.toString());
        }
        return m.group(1);
    }

    /** Flyway's order: 1.2 before 1.10 before 2, numerically part by part ({@code .} or {@code _} between parts). */
    private static int compareVersions(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
