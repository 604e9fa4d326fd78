package io.cxkit.core.io;

import io.cxkit.core.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The interaction reader as a row mapper over the {@link TabularSource}: each schema field is found in the
 * header by its name, an alias, or the {@link SourceMapping}; {@code attr.NAME} and {@code id.TYPE} columns are
 * attributes and identifiers; with {@link SourceMapping#keepUnmapped()} every other column is kept as
 * {@code attr.<normalised name>}. Values are then checked exactly as for JSON Lines, by {@link RecordMapper}.
 */
final class InteractionRows implements RowBinder {
    /** Names the fields go by in common exports, besides their own. */
    private static String[] aliases(Field f) {
        return switch (f) {
            case CUSTOMER_ID -> new String[] {"customer", "customerid", "user_id", "client_id", "contact_id"};
            case TIMESTAMP -> new String[] {"time", "date", "datetime", "event_time", "created_at", "occurred_at"};
            case INTERACTION_ID -> new String[] {"event_id", "record_id"};
            case DURATION_SECONDS -> new String[] {"duration"};
            default -> new String[0];
        };
    }

    private final Consumer<? super Interaction> accepted;
    private final boolean decimalComma;

    InteractionRows(Consumer<? super Interaction> accepted, boolean decimalComma) {
        this.accepted = accepted;
        this.decimalComma = decimalComma;
    }

    @Override
    public RowMapper bind(Header h) throws RowRejectedException {
        Field[] all = Field.all();
        Column[] columns = new Column[all.length];
        for (Field f : all) {
            columns[f.ordinal()] = h.optional(f.wireName, aliases(f)).orElse(null);
        }
        List<Column> attrs = new ArrayList<>();
        List<String> attrNames = new ArrayList<>();
        List<Column> ids = new ArrayList<>();
        List<String> idNames = new ArrayList<>();
        for (String mapped : h.mapping().fields().keySet()) {
            if (mapped.startsWith(Field.ATTRIBUTE_PREFIX) || mapped.startsWith(Field.IDENTIFIER_PREFIX)) {
                Column c = h.require(mapped);
                boolean id = mapped.startsWith(Field.IDENTIFIER_PREFIX);
                (id ? ids : attrs).add(c);
                (id ? idNames : attrNames).add(mapped.substring(id ? 3 : 5));
            }
        }
        for (Column c : h.unclaimed()) {
            String name = c.name();
            if (name.startsWith(Field.ATTRIBUTE_PREFIX) && name.length() > Field.ATTRIBUTE_PREFIX.length()) {
                attrs.add(h.column(c.index()));
                attrNames.add(name.substring(Field.ATTRIBUTE_PREFIX.length()));
            } else if (name.startsWith(Field.IDENTIFIER_PREFIX) && name.length() > Field.IDENTIFIER_PREFIX.length()) {
                ids.add(h.column(c.index()));
                idNames.add(name.substring(Field.IDENTIFIER_PREFIX.length()));
            } else if (h.mapping().keepUnmapped()) {
                attrs.add(h.column(c.index()));
                attrNames.add(Header.attributeName(name));
            }
        }
        for (Field f : new Field[] {Field.TIMESTAMP, Field.CHANNEL, Field.TOUCHPOINT}) {
            if (columns[f.ordinal()] == null) {
                h.require(f.wireName, aliases(f));
            }
        }
        if (columns[Field.CUSTOMER_ID.ordinal()] == null && ids.isEmpty()) {
            h.require(Field.CUSTOMER_ID.wireName, aliases(Field.CUSTOMER_ID));
        }
        Column ts = columns[Field.TIMESTAMP.ordinal()];
        Column[] attrCols = attrs.toArray(new Column[0]);
        String[] attrKeys = attrNames.toArray(new String[0]);
        Column[] idCols = ids.toArray(new Column[0]);
        String[] idKeys = idNames.toArray(new String[0]);
        RawRecord raw = new RawRecord();
        return row -> {
            raw.clear();
            for (int i = 0; i < columns.length; i++) {
                Column c = columns[i];
                if (c != null && i != Field.TIMESTAMP.ordinal() && !row.isBlank(c)) {
                    String v = row.optionalText(c).orElse(null);
                    if (decimalComma && v != null && FlatRecord.numeric(all[i])) {
                        v = v.replace(',', '.');
                    }
                    raw.set(all[i], v);
                }
            }
            // A blank cell is no attribute: not putting it saves the map work on sparse columns.
            for (int i = 0; i < attrCols.length; i++) {
                if (!row.isBlank(attrCols[i])) {
                    raw.attributes.put(attrKeys[i], row.optionalText(attrCols[i]).orElse(""));
                }
            }
            for (int i = 0; i < idCols.length; i++) {
                if (!row.isBlank(idCols[i])) {
                    raw.identifiers.put(idKeys[i], row.optionalText(idCols[i]).orElse(""));
                }
            }
            if (row.isBlank(ts)) {
                throw new RowRejectedException(ts.name(), "", Field.TIMESTAMP.wireName + " is required");
            }
            Instant at = row.timestamp(ts);
            try {
                accepted.accept(RecordMapper.toInteraction(raw, at, row.source(), row.line()));
            } catch (FieldRejection e) {
                Column c = columnOf(columns, e.field);
                throw new RowRejectedException(c == null ? e.field : c.name(), e.value, e.reason());
            }
        };
    }

    /** The column a rejected field came from, so that the rejection names the header the user knows. */
    private static Column columnOf(Column[] columns, String field) {
        Field f = Field.byName(field);
        return f == null ? null : columns[f.ordinal()];
    }
}
