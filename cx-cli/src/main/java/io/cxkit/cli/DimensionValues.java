package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.breakdown.Dimension;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dimension whose values compare ignoring case and surrounding blanks (channels are lower-cased on read, so a
 * user's {@code "Google Paid"} must find {@code google paid}), remembering which values the input has so that a
 * value that matches nothing can be reported with the values that exist.
 */
final class DimensionValues implements Dimension {
    /** Values listed in a message, at most. */
    private static final int SHOWN = 20;
    /** Distinct values remembered, at most; a dimension with more (a day bucket over years) is summarised. */
    private static final int KEPT = 10_000;

    private final Dimension dimension;
    private final Map<String, String> seen = new TreeMap<>();
    /** The values looked for, folded, with the spelling first seen (null until seen). */
    private final Map<String, String> wanted = new java.util.HashMap<>();
    private long distinctBeyond;

    /** The dimension, looking for {@code wanted} values (seen even past the {@value #KEPT} remembered). */
    DimensionValues(Dimension dimension, String... wanted) {
        this.dimension = dimension;
        for (String w : wanted) {
            this.wanted.put(fold(w), null);
        }
    }

    /** The case-folded form values are compared in. */
    static String fold(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    Dimension dimension() {
        return dimension;
    }

    @Override
    public String name() {
        return dimension.name();
    }

    @Override
    public String valueOf(Interaction interaction) {
        String v = dimension.valueOf(interaction);
        String f = fold(v);
        if (wanted.containsKey(f) && wanted.get(f) == null) {
            wanted.put(f, v);
        }
        if (!seen.containsKey(f)) {
            if (seen.size() < KEPT) {
                seen.put(f, v);
            } else {
                distinctBeyond++;
            }
        }
        return f;
    }

    /** True if some interaction had {@code value}, ignoring case. */
    boolean contains(String value) {
        return seen.containsKey(fold(value)) || wanted.get(fold(value)) != null;
    }

    /** The value as the input spells it, or as given when the input does not have it. */
    String present(String value) {
        String w = wanted.get(fold(value));
        return w != null ? w : seen.getOrDefault(fold(value), value);
    }

    /** The values present, sorted, the first {@value #SHOWN} of them and how many more. */
    String describe() {
        if (seen.isEmpty()) {
            return "none (the input holds no interaction)";
        }
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (String v : seen.values()) {
            if (k == SHOWN) {
                break;
            }
            sb.append(k++ == 0 ? "" : ", ").append(v);
        }
        long more = seen.size() - k + distinctBeyond;
        if (more > 0) {
            sb.append(" and ").append(more).append(" more");
        }
        return sb.toString();
    }
}
