package io.cxkit.core.io;

import java.util.HashMap;
import java.util.Map;

/** The scalar fields of the flat schema, in the order writers emit them. */
enum Field {
    INTERACTION_ID("interaction_id"),
    CUSTOMER_ID("customer_id"),
    TIMESTAMP("timestamp"),
    CHANNEL("channel"),
    TOUCHPOINT("touchpoint"),
    STAGE("stage"),
    JOURNEY_ID("journey_id"),
    KIND("kind"),
    DIRECTION("direction"),
    AUTOMATED("automated"),
    DURATION_SECONDS("duration_seconds"),
    OUTCOME("outcome"),
    VALUE("value"),
    CURRENCY("currency"),
    NPS("nps"),
    CSAT("csat"),
    CSAT_SCALE("csat_scale"),
    CES("ces"),
    RATING("rating"),
    RATING_SCALE("rating_scale"),
    COMMENT("comment");

    /** The JSON object holding free attributes; in CSV, columns named {@code attr.NAME}. */
    static final String ATTRIBUTES = "attributes";
    /** The JSON object holding customer identifiers by type; in CSV, columns named {@code id.TYPE}. */
    static final String IDENTIFIERS = "identifiers";
    static final String ATTRIBUTE_PREFIX = "attr.";
    static final String IDENTIFIER_PREFIX = "id.";

    private static final Field[] ALL = values();
    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field f : ALL) {
            BY_NAME.put(f.wireName, f);
        }
    }

    final String wireName;

    Field(String wireName) {
        this.wireName = wireName;
    }

    /** The field with this exact wire name, or null: a lookup on the hot path, so no Optional. */
    static Field byName(String name) {
        return BY_NAME.get(name);
    }

    static Field[] all() {
        return ALL;
    }
}
