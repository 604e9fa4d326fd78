package io.cxkit.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file's header row, as a {@link RowBinder} sees it: the column names, and the lookup of the column each
 * schema field comes from.
 *
 * <p>A field is found in this order: the column or constant its {@link SourceMapping} names; else the field's
 * own name or one of the aliases the reader gives, first exactly, then ignoring case, spaces and punctuation
 * ({@code Customer Email} finds {@code customer_email}). A name that matches two columns after normalising is
 * ambiguous and refused. Not thread-safe; used once, by the binder, before any row is read.
 */
public final class Header {
    private final String source;
    private final long line;
    private final List<String> names;
    private final String[] normalised;
    private final boolean[] claimed;
    private int widest;
    private final SourceMapping mapping;
    private final Set<String> asked = new LinkedHashSet<>();

    Header(String source, long line, List<String> names, SourceMapping mapping) {
        this.source = source;
        this.line = line;
        this.names = List.copyOf(names);
        this.mapping = mapping;
        this.normalised = new String[names.size()];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = normalise(names.get(i));
        }
        this.claimed = new boolean[names.size()];
    }

    /**
     * The name of the input.
     *
     * @return the name of the input
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the header.
     *
     * @return the 1-based line of the header
     */
    public long line() {
        return line;
    }

    /**
     * The column names, in file order, as written (surrounding white space removed).
     *
     * @return the column names, in file order, as written (surrounding white space removed)
     */
    public List<String> names() {
        return names;
    }

    /**
     * The mapping the source reads with ({@link SourceMapping#none()} if none was given).
     *
     * @return the mapping the source reads with ({@link SourceMapping#none()} if none was given)
     */
    public SourceMapping mapping() {
        return mapping;
    }

    /**
     * The column a required field comes from.
     *
     * @param field the schema field, e.g. {@code customer_id}
     * @param aliases other names the column goes by in common exports, e.g. {@code case:concept:name}
     * @return the column a required field comes from
     * @throws RowRejectedException if the field has no column (the message lists the columns there are and how
     *         to map one), the mapping names a missing column, or the name matches two columns
     */
    public Column require(String field, String... aliases) throws RowRejectedException {
        Optional<Column> c = optional(field, aliases);
        if (c.isEmpty()) {
            List<String> tried = new ArrayList<>();
            tried.add(field);
            tried.addAll(Arrays.asList(aliases));
            throw new RowRejectedException(field, "", "no column for " + field + " (looked for "
                    + String.join(", ", tried) + ", ignoring case, spaces and punctuation); the columns are "
                    + columnList() + "; name the column with --map " + field + "=COLUMN or \"fields\" in the "
                    + "mapping");
        }
        return c.get();
    }

    /**
     * The column an optional field comes from, if the file has one.
     *
     * @param field the schema field, e.g. {@code customer_id}
     * @param aliases other names the column goes by in common exports, e.g. {@code case:concept:name}
     * @return the column an optional field comes from, if the file has one
     * @throws RowRejectedException if the mapping names a missing column, or the name matches two columns
     */
    public Optional<Column> optional(String field, String... aliases) throws RowRejectedException {
        asked.add(field);
        TimestampFormat format = mapping.timestampFormat(field);
        Optional<FieldMapping> m = mapping.field(field);
        Map<String, String> valueAliases = m.map(FieldMapping::valueAliases).orElse(Map.of());
        if (m.isPresent() && m.get().constant().isPresent()) {
            return Optional.of(new Column(field + " (constant)", field, -1, m.get().constant().get(), valueAliases,
                    format));
        }
        int at;
        if (m.isPresent() && m.get().column().isPresent()) {
            String name = m.get().column().get();
            at = find(field, new String[] {name});
            if (at < 0) {
                throw new RowRejectedException(field, name, "the mapping reads " + field + " from column '" + name
                        + "', which the header does not have; the columns are " + columnList());
            }
        } else {
            String[] all = new String[aliases.length + 1];
            all[0] = field;
            System.arraycopy(aliases, 0, all, 1, aliases.length);
            at = find(field, all);
            if (at < 0) {
                return Optional.empty();
            }
        }
        claimed[at] = true;
        widest = Math.max(widest, at + 1);
        return Optional.of(new Column(names.get(at), field, at, null, valueAliases, format));
    }

    /**
     * The column at a position, for readers that take columns by position or keep unclaimed ones; it is then
     * claimed (used), so the report does not count its values as unknown.
     *
     * @param index the column's 0-based position
     * @return the column at a position, for readers that take columns by position or keep unclaimed ones; it is then
     *         claimed (used), so the report does not count its values as unknown
     */
    public Column column(int index) {
        if (index < 0 || index >= names.size()) {
            throw new IndexOutOfBoundsException("column " + index + " of " + names.size());
        }
        claimed[index] = true;
        return unclaimedColumn(index);
    }

    private Column unclaimedColumn(int index) {
        widest = Math.max(widest, index + 1);
        return new Column(names.get(index), "", index, null, Map.of(), mapping.timestampFormat(names.get(index)));
    }

    /**
     * The number of columns no field has claimed so far, without handing them out (which would make the scanner
     * record them for the reader).
     */
    int unclaimedCount() {
        int n = 0;
        for (boolean c : claimed) {
            n += c ? 0 : 1;
        }
        return n;
    }

    /**
     * The columns no {@link #require} or {@link #optional} call has claimed so far, in file order.
     *
     * @return the columns no {@link #require} or {@link #optional} call has claimed so far, in file order
     */
    public List<Column> unclaimed() {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < claimed.length; i++) {
            if (!claimed[i]) {
                out.add(unclaimedColumn(i));
            }
        }
        return out;
    }

    /**
     * Checks that the mapping maps only fields the reader asked for, so that a misspelt field is an error.
     *
     * @throws RowRejectedException naming the unknown field and listing the reader's fields
     */
    /**
     * One past the highest position of a column handed out so far: the fields of a row a reader can ask for.
     * The scanner records only these and counts the rest, which is what makes a projection cheaper than a full
     * read.
     */
    int widest() {
        return widest;
    }

    void checkMappedFieldsKnown() throws RowRejectedException {
        for (String f : mapping.fields().keySet()) {
            if (!asked.contains(f)) {
                throw new RowRejectedException(f, "", "the mapping names field '" + f + "', which this reader does "
                        + "not have; its fields are " + String.join(", ", asked));
            }
        }
    }

    private int find(String field, String[] candidates) throws RowRejectedException {
        for (String c : candidates) {
            int i = names.indexOf(c.strip());
            if (i >= 0) {
                return i;
            }
        }
        for (String c : candidates) {
            String n = normalise(c);
            int found = -1;
            for (int i = 0; i < normalised.length; i++) {
                if (normalised[i].equals(n) && !n.isEmpty()) {
                    if (found >= 0) {
                        throw new RowRejectedException(field, c, "the name '" + c + "' matches both column '"
                                + names.get(found) + "' and column '" + names.get(i) + "' when case, spaces and "
                                + "punctuation are ignored; name one exactly with --map " + field + "=COLUMN");
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private String columnList() {
        return names.isEmpty() ? "(none)" : "'" + String.join("', '", names) + "'";
    }

    /**
     * A column name with case, spaces and punctuation removed: {@code Customer Email} is {@code customeremail}.
     *
     * @param name a header or field name as written
     * @return a column name with case, spaces and punctuation removed: {@code Customer Email} is {@code customeremail}
     */
    public static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.strip().toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * The attribute name an unmapped column is kept under: lower case, each run of characters other than letters
     * and digits made one {@code _}: {@code Ticket Priority} is {@code ticket_priority}.
     *
     * @param name a header or field name as written
     * @return the attribute name an unmapped column is kept under: lower case, each run of characters other than
     *         letters and digits made one {@code _}: {@code Ticket Priority} is {@code ticket_priority}
     */
    public static String attributeName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean gap = false;
        for (int cp : name.strip().toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                if (gap && sb.length() > 0) {
                    sb.append('_');
                }
                gap = false;
                sb.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return sb.length() == 0 ? "column" : sb.toString();
    }
}
