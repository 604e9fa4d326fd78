package io.cxkit.core.io;

import io.cxkit.core.Interaction;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes interactions as three exports in the shapes real tools produce, plus the {@value #MAPPING_FILE} that
 * reads them back as one stream through {@link SourceSet}: the worked example of mapping several sources.
 *
 * <ul>
 *   <li>{@code tickets.csv}, a ticketing tool's export, one row per ticket event (contacts, replies, inquiries,
 *       transfers, IVR calls, follow-ups, cancellations): {@code Ticket ID}, {@code Customer Email}, ...,
 *       {@code Created} as {@code dd-MM-yyyy HH:mm:ss} in Asia/Kolkata, channels as the tool names them
 *       ({@code Live Chat});</li>
 *   <li>{@code survey.csv}, a survey tool's {@code ;}-separated export (surveys and reviews): {@code Response ID},
 *       {@code Likelihood to recommend}, ..., {@code Submitted} as {@code MM/dd/yyyy HH:mm:ss} in Asia/Tokyo;</li>
 *   <li>{@code orders.csv}, a shop's export of orders and the events around them (visits, logins, ad clicks,
 *       messages): {@code Order/Event ID}, {@code Order Total}, ..., {@code Event Time} in epoch milliseconds.</li>
 * </ul>
 * Every schema field has a column in every export, so any interaction survives the round trip exactly; the
 * zones have no daylight-saving time, so local times are never ambiguous. Attributes are columns named in
 * title case ({@code Issue Type}), read back as {@code attr.issue_type} by {@code keep_unmapped}.
 */
public final class SourceExports implements Closeable {
    /** The name of the mapping file written beside the exports. */
    public static final String MAPPING_FILE = "sources.json";

    private static final Set<String> TICKET_KINDS = Set.of("contact", "reply", "inquiry", "transfer", "ivr",
            "follow_up", "cancellation");
    private static final Set<String> SURVEY_KINDS = Set.of("survey", "review");

    /** One export's shape. */
    private record Shape(String file, char delimiter, String format, ZoneId zone, Map<Field, String> columns,
            Map<String, String> channelNames, Map<String, String> identifierColumns) {
    }

    private final Path dir;
    private final List<String> attributes;
    private final List<String> identifiers;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<BufferedWriter> writers = new ArrayList<>();
    private final long[] written = new long[3];
    private final DateTimeFormatter[] formatters = new DateTimeFormatter[3];

    private SourceExports(Path dir, List<String> attributes, List<String> identifiers) {
        this.dir = dir;
        this.attributes = List.copyOf(attributes);
        this.identifiers = List.copyOf(identifiers);
    }

    /**
     * Creates the three exports in {@code dir} (created if missing) and writes their headers.
     *
     * @param attributes the attribute names interactions may carry, one column each
     * @param identifiers the identifier types interactions may carry, one column each
     * @param dir the directory to write the exports in
     * @return the open exports, to be closed by the caller
     * @throws IOException if a file cannot be created
     */
    public static SourceExports open(Path dir, List<String> attributes, List<String> identifiers)
            throws IOException {
        SourceExports e = new SourceExports(dir, attributes, identifiers);
        Files.createDirectories(dir);
        e.shapes.add(tickets(identifiers));
        e.shapes.add(survey(identifiers));
        e.shapes.add(orders(identifiers));
        for (int k = 0; k < 3; k++) {
            Shape s = e.shapes.get(k);
            e.formatters[k] = s.format.startsWith("epoch") ? null
                    : DateTimeFormatter.ofPattern(s.format, Locale.ROOT).withZone(s.zone);
            BufferedWriter w = Files.newBufferedWriter(dir.resolve(s.file), StandardCharsets.UTF_8);
            e.writers.add(w);
            List<String> header = new ArrayList<>(s.columns.values());
            for (String id : identifiers) {
                header.add(s.identifierColumns.get(id));
            }
            for (String a : attributes) {
                header.add(title(a));
            }
            e.line(k, header);
        }
        return e;
    }

    /**
     * Writes one interaction to the export its kind belongs to.
     *
     * @param i the interaction
     * @throws IllegalArgumentException if it carries an attribute or identifier the exports have no column for
     * @throws IOException if writing fails
     */
    public void write(Interaction i) throws IOException {
        String kind = i.kind().orElse("");
        int k = TICKET_KINDS.contains(kind) ? 0 : SURVEY_KINDS.contains(kind) ? 1 : 2;
        Shape s = shapes.get(k);
        String[] v = FlatRecord.values(i);
        List<String> row = new ArrayList<>();
        for (Field f : s.columns.keySet()) {
            String value = v[f.ordinal()];
            if (f == Field.TIMESTAMP) {
                value = formatters[k] == null ? Long.toString(i.timestamp().toEpochMilli())
                        : formatters[k].format(i.timestamp());
            } else if (f == Field.CHANNEL) {
                value = s.channelNames.getOrDefault(value, value);
            }
            row.add(value == null ? "" : value);
        }
        for (String id : identifiers) {
            row.add(i.identifiers().getOrDefault(id, ""));
        }
        for (String a : attributes) {
            row.add(i.attributes().getOrDefault(a, ""));
        }
        for (String a : i.attributes().keySet()) {
            if (!attributes.contains(a)) {
                throw new IllegalArgumentException("interaction " + i.id() + " carries attribute '" + a
                        + "', which the exports have no column for");
            }
        }
        for (String t : i.identifiers().keySet()) {
            if (!identifiers.contains(t)) {
                throw new IllegalArgumentException("interaction " + i.id() + " carries identifier '" + t
                        + "', which the exports have no column for");
            }
        }
        line(k, row);
        written[k]++;
    }

    /**
     * The files written, in order: tickets, survey, orders.
     *
     * @return the files written, in order: tickets, survey, orders
     */
    public List<Path> files() {
        List<Path> out = new ArrayList<>();
        shapes.forEach(s -> out.add(dir.resolve(s.file)));
        return out;
    }

    /**
     * Rows written per file, in the order of {@link #files()}.
     *
     * @return rows written per file, in the order of {@link #files()}
     */
    public long[] written() {
        return written.clone();
    }

    /** Closes the exports and writes {@value #MAPPING_FILE}. */
    @Override
    public void close() throws IOException {
        for (BufferedWriter w : writers) {
            w.close();
        }
        Files.writeString(dir.resolve(MAPPING_FILE), mappingJson(), StandardCharsets.UTF_8);
    }

    /** The mapping file that reads the three exports back. */
    String mappingJson() {
        StringBuilder sb = new StringBuilder("{\n  \"sources\": [\n");
        for (int k = 0; k < shapes.size(); k++) {
            Shape s = shapes.get(k);
            sb.append("    {\n      \"file\": ").append(quote(s.file)).append(",\n");
            sb.append("      \"delimiter\": ").append(quote(String.valueOf(s.delimiter))).append(",\n");
            sb.append("      \"timestamp_format\": ").append(quote(s.format)).append(",\n");
            sb.append("      \"zone\": ").append(quote(s.zone.getId())).append(",\n");
            sb.append("      \"keep_unmapped\": true,\n");
            sb.append("      \"fields\": {\n");
            List<String> entries = new ArrayList<>();
            for (Map.Entry<Field, String> e : s.columns.entrySet()) {
                if (e.getKey() == Field.CHANNEL && !s.channelNames.isEmpty()) {
                    StringBuilder a = new StringBuilder();
                    for (Map.Entry<String, String> c : s.channelNames.entrySet()) {
                        a.append(a.length() == 0 ? "" : ", ").append(quote(c.getValue())).append(": ")
                                .append(quote(c.getKey()));
                    }
                    entries.add("        " + quote(e.getKey().wireName) + ": {\"column\": " + quote(e.getValue())
                            + ", \"aliases\": {" + a + "}}");
                } else {
                    entries.add("        " + quote(e.getKey().wireName) + ": " + quote(e.getValue()));
                }
            }
            for (String id : identifiers) {
                entries.add("        " + quote(Field.IDENTIFIER_PREFIX + id) + ": "
                        + quote(s.identifierColumns.get(id)));
            }
            sb.append(String.join(",\n", entries)).append("\n      }\n    }");
            sb.append(k < shapes.size() - 1 ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private void line(int k, List<String> cells) throws IOException {
        BufferedWriter w = writers.get(k);
        char d = shapes.get(k).delimiter;
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                w.write(d);
            }
            w.write(cell(cells.get(c), d));
        }
        w.write('\n');
    }

    /** A value quoted when it must be: delimiter, quote, line break, or space at either end (which is stripped). */
    private static String cell(String v, char d) {
        boolean quote = !v.isEmpty() && (v.indexOf(d) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || Character.isWhitespace(v.charAt(0))
                || Character.isWhitespace(v.charAt(v.length() - 1)));
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** {@code issue_type} as an export names it: {@code Issue Type}. */
    static String title(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String w : snake.split("_")) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static Map<String, String> identifierColumns(List<String> ids, Map<String, String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, names.getOrDefault(id, title(id) + " ID"));
        }
        return m;
    }

    private static Shape tickets(List<String> ids) {
        Map<Field, String> c = new EnumMap<>(Field.class);
        c.put(Field.INTERACTION_ID, "Ticket ID");
        c.put(Field.CUSTOMER_ID, "Customer ID");
        c.put(Field.TIMESTAMP, "Created");
        c.put(Field.CHANNEL, "Ticket Channel");
        c.put(Field.TOUCHPOINT, "Queue");
        c.put(Field.STAGE, "Lifecycle Stage");
        c.put(Field.JOURNEY_ID, "Case");
        c.put(Field.KIND, "Ticket Type");
        c.put(Field.DIRECTION, "Direction");
        c.put(Field.AUTOMATED, "Handled By Bot");
        c.put(Field.DURATION_SECONDS, "Handle Time (s)");
        c.put(Field.OUTCOME, "Status");
        c.put(Field.VALUE, "Refund Amount");
        c.put(Field.CURRENCY, "Refund Currency");
        c.put(Field.NPS, "NPS");
        c.put(Field.CSAT, "Customer Satisfaction Rating");
        c.put(Field.CSAT_SCALE, "CSAT Scale");
        c.put(Field.CES, "Effort Score");
        c.put(Field.RATING, "Rating");
        c.put(Field.RATING_SCALE, "Rating Scale");
        c.put(Field.COMMENT, "Ticket Description");
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("chat", "Live Chat");
        channels.put("phone", "Phone");
        channels.put("email", "Email");
        return new Shape("tickets.csv", ',', "dd-MM-yyyy HH:mm:ss", ZoneId.of("Asia/Kolkata"), c, channels,
                identifierColumns(ids, Map.of("email", "Customer Email", "phone", "Customer Phone")));
    }

    private static Shape survey(List<String> ids) {
        Map<Field, String> c = new EnumMap<>(Field.class);
        c.put(Field.INTERACTION_ID, "Response ID");
        c.put(Field.CUSTOMER_ID, "Respondent");
        c.put(Field.TIMESTAMP, "Submitted");
        c.put(Field.CHANNEL, "Collector");
        c.put(Field.TOUCHPOINT, "Survey");
        c.put(Field.STAGE, "Stage");
        c.put(Field.JOURNEY_ID, "Journey");
        c.put(Field.KIND, "Response Type");
        c.put(Field.DIRECTION, "Direction");
        c.put(Field.AUTOMATED, "Automated");
        c.put(Field.DURATION_SECONDS, "Time Taken (s)");
        c.put(Field.OUTCOME, "Status");
        c.put(Field.VALUE, "Incentive");
        c.put(Field.CURRENCY, "Incentive Currency");
        c.put(Field.NPS, "Likelihood to recommend (0-10)");
        c.put(Field.CSAT, "Satisfaction");
        c.put(Field.CSAT_SCALE, "Satisfaction Scale");
        c.put(Field.CES, "Ease (1-7)");
        c.put(Field.RATING, "Stars");
        c.put(Field.RATING_SCALE, "Star Scale");
        c.put(Field.COMMENT, "Open Comment");
        return new Shape("survey.csv", ';', "MM/dd/yyyy HH:mm:ss", ZoneId.of("Asia/Tokyo"), c, Map.of(),
                identifierColumns(ids, Map.of("email", "Email Address")));
    }

    private static Shape orders(List<String> ids) {
        Map<Field, String> c = new EnumMap<>(Field.class);
        c.put(Field.INTERACTION_ID, "Event ID");
        c.put(Field.CUSTOMER_ID, "Customer Number");
        c.put(Field.TIMESTAMP, "Event Time");
        c.put(Field.CHANNEL, "Sales Channel");
        c.put(Field.TOUCHPOINT, "Page");
        c.put(Field.STAGE, "Funnel Stage");
        c.put(Field.JOURNEY_ID, "Session");
        c.put(Field.KIND, "Event Type");
        c.put(Field.DIRECTION, "Direction");
        c.put(Field.AUTOMATED, "Automated");
        c.put(Field.DURATION_SECONDS, "Dwell Seconds");
        c.put(Field.OUTCOME, "Order Status");
        c.put(Field.VALUE, "Order Total");
        c.put(Field.CURRENCY, "Currency");
        c.put(Field.NPS, "NPS");
        c.put(Field.CSAT, "CSAT");
        c.put(Field.CSAT_SCALE, "CSAT Scale");
        c.put(Field.CES, "CES");
        c.put(Field.RATING, "Product Rating");
        c.put(Field.RATING_SCALE, "Product Rating Scale");
        c.put(Field.COMMENT, "Note");
        return new Shape("orders.csv", ',', "epoch-ms", ZoneId.of("UTC"), c, Map.of(),
                identifierColumns(ids, Map.of("email", "Billing Email", "cookie", "Cookie")));
    }
}
