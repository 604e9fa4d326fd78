package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.Map;

/** Parses one JSON Lines record with Jackson's streaming parser: no tree, no data binding. */
final class JsonLineParser implements RecordParser {
    private static final int ATTRIBUTES_BIT = Field.all().length;
    private static final int IDENTIFIERS_BIT = ATTRIBUTES_BIT + 1;

    private final JsonFactory factory;

    JsonLineParser(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * A factory whose limits match the reader's line limit. Duplicate keys are detected here rather than with
     * Jackson's {@code STRICT_DUPLICATE_DETECTION}, which builds a hash set per object.
     */
    static JsonFactory factory(int maxLineBytes) {
        return JsonFactory.builder().streamReadConstraints(constraints(maxLineBytes)).build();
    }

    static StreamReadConstraints constraints(int maxLineBytes) {
        return StreamReadConstraints.builder()
                .maxStringLength(maxLineBytes)
                .maxNumberLength(RecordMapper.MAX_NUMBER_LENGTH)
                .maxNestingDepth(8)
                .maxDocumentLength(maxLineBytes)
                .build();
    }

    @Override
    public void parse(char[] chars, int length, RawRecord into) throws FieldRejection {
        try (JsonParser p = factory.createParser(chars, 0, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new FieldRejection(Rejection.RECORD, head(chars, length),
                        "a line must hold one JSON object, found " + describe(t));
            }
            long seen = 0;
            java.util.Set<String> unknown = null;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Field f = Field.byName(name);
                if (f != null) {
                    seen = once(seen, f.ordinal(), name);
                    into.set(f, scalar(p, v, name));
                } else if (Field.ATTRIBUTES.equals(name)) {
                    seen = once(seen, ATTRIBUTES_BIT, name);
                    map(p, v, name, into.attributes);
                } else if (Field.IDENTIFIERS.equals(name)) {
                    seen = once(seen, IDENTIFIERS_BIT, name);
                    map(p, v, name, into.identifiers);
                } else {
                    // A field given twice is rejected whatever its name, as the schema promises.
                    if (unknown == null) {
                        unknown = new java.util.HashSet<>(4);
                    }
                    if (!unknown.add(name)) {
                        throw duplicate(name);
                    }
                    into.unknownFields++;
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new FieldRejection(Rejection.RECORD, head(chars, length), "malformed JSON object");
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new FieldRejection(Rejection.RECORD, head(chars, length),
                        "a line must hold one JSON object, found more after it at column "
                                + p.currentLocation().getColumnNr());
            }
        } catch (JsonProcessingException e) {
            throw new FieldRejection(Rejection.RECORD, head(chars, length),
                    "malformed JSON" + at(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            // Parsing an in-memory char array does no I/O; anything else is malformed input too.
            throw new FieldRejection(Rejection.RECORD, head(chars, length), "malformed JSON: " + e.getMessage());
        }
    }

    /** The set of fields seen with {@code bit} added; a rejection if it was there already. */
    private static long once(long seen, int bit, String name) throws FieldRejection {
        long mask = 1L << bit;
        if ((seen & mask) != 0) {
            throw duplicate(name);
        }
        return seen | mask;
    }

    private static FieldRejection duplicate(String name) {
        return new FieldRejection(name, "", "field '" + name + "' appears twice in the object");
    }

    private static String scalar(JsonParser p, JsonToken v, String name) throws IOException, FieldRejection {
        switch (v) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getText();
            case VALUE_NULL:
                return null;
            default:
                throw new FieldRejection(name, "", name + " must be a string, number or boolean, was "
                        + describe(v));
        }
    }

    private static void map(JsonParser p, JsonToken v, String name, Map<String, String> into)
            throws IOException, FieldRejection {
        if (v == JsonToken.VALUE_NULL) {
            return;
        }
        if (v != JsonToken.START_OBJECT) {
            throw new FieldRejection(name, v.isScalarValue() ? p.getText() : "",
                    name + " must be a JSON object of names to values, was " + describe(v));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String value = scalar(p, p.nextToken(), name + "." + key);
            if (value != null && into.put(key, value) != null) {
                throw duplicate(name + "." + key);
            }
        }
    }

    /** " at column N" where the parser knows it; a limit exceeded has no location. */
    static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String head(char[] chars, int length) {
        return new String(chars, 0, Math.min(length, Rejection.MAX_VALUE_LENGTH));
    }
}
