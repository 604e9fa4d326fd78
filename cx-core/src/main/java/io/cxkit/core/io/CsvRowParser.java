package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses CSV rows against the header row with Jackson's CSV parser. Each row is parsed on its own, after it
 * has been split and checked as UTF-8, so a row with the wrong number of columns or a stray quote is rejected
 * alone.
 */
final class CsvRowParser implements RecordParser {
    private final CsvFactory factory;
    private final List<String> cells = new ArrayList<>();
    /** Per column: the schema field, or null for an attribute, identifier or unknown column. */
    private Field[] fields;
    /** Per column: the attribute or identifier name, or null. */
    private String[] attributeNames;
    private boolean[] identifier;
    private int columns;

    CsvRowParser(CsvFactory factory) {
        this.factory = factory;
    }

    /** A factory whose limits match the reader's line limit. */
    static CsvFactory factory(int maxLineBytes) {
        return CsvFactory.builder().streamReadConstraints(JsonLineParser.constraints(maxLineBytes)).build();
    }

    /**
     * Reads the header row.
     *
     * @throws FieldRejection if it is malformed or names a column twice
     */
    void header(char[] chars, int length) throws FieldRejection {
        split(chars, length);
        columns = cells.size();
        fields = new Field[columns];
        attributeNames = new String[columns];
        identifier = new boolean[columns];
        Set<String> seen = new HashSet<>();
        boolean known = false;
        for (int i = 0; i < columns; i++) {
            String name = cells.get(i).strip();
            if (!seen.add(name)) {
                throw new FieldRejection(name, name, "the header names column '" + name + "' twice");
            }
            fields[i] = Field.byName(name);
            known |= fields[i] != null;
            if (fields[i] == null) {
                if (name.startsWith(Field.ATTRIBUTE_PREFIX)) {
                    attributeNames[i] = name.substring(Field.ATTRIBUTE_PREFIX.length());
                } else if (name.startsWith(Field.IDENTIFIER_PREFIX)) {
                    attributeNames[i] = name.substring(Field.IDENTIFIER_PREFIX.length());
                    identifier[i] = true;
                }
            }
        }
        if (!known) {
            // Every row would be rejected for the same reason; one clear failure is kinder.
            String header = new String(chars, 0, Math.min(length, Rejection.MAX_VALUE_LENGTH));
            throw new FieldRejection(Rejection.RECORD, header, "it names no column of the schema (customer_id, "
                    + "timestamp, channel, touchpoint, ...)" + (header.indexOf(';') >= 0 || header.indexOf('\t') >= 0
                    ? "; columns must be separated by commas" : ""));
        }
    }

    @Override
    public void parse(char[] chars, int length, RawRecord into) throws FieldRejection {
        split(chars, length);
        if (cells.size() != columns) {
            throw new FieldRejection(Rejection.RECORD, new String(chars, 0, Math.min(length, 200)),
                    "row has " + cells.size() + " columns, the header has " + columns);
        }
        for (int i = 0; i < columns; i++) {
            String v = cells.get(i);
            Field f = fields[i];
            if (f != null) {
                into.set(f, v);
            } else if (attributeNames[i] != null) {
                (identifier[i] ? into.identifiers : into.attributes).put(attributeNames[i], v);
            } else {
                into.unknownFields++;
            }
        }
    }

    private void split(char[] chars, int length) throws FieldRejection {
        cells.clear();
        try (JsonParser p = factory.createParser(chars, 0, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new FieldRejection(Rejection.RECORD, "", "not a CSV row");
            }
            while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                cells.add(p.getText());
            }
            if (t != JsonToken.END_ARRAY) {
                throw new FieldRejection(Rejection.RECORD, "", "malformed CSV row");
            }
            if (p.nextToken() != null) {
                throw new FieldRejection(Rejection.RECORD, "", "malformed CSV row: more than one row");
            }
        } catch (JsonProcessingException e) {
            throw new FieldRejection(Rejection.RECORD, new String(chars, 0, Math.min(length, 200)),
                    "malformed CSV" + JsonLineParser.at(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FieldRejection(Rejection.RECORD, "", "malformed CSV: " + e.getMessage());
        }
    }

    /** The number of columns the header named. */
    int columns() {
        return columns;
    }
}
