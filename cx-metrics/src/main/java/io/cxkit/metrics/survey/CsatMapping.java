package io.cxkit.metrics.survey;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which CSAT answers count as satisfied, per scale: the number of top boxes. The defaults follow the mapping
 * documented in {@code shared/vectors/survey.md}: scale 3 → top 1; scales 4–7 → top 2 (on 1–5: 4 and 5);
 * scale 10 → top 3 (8–10). Scales the table leaves open are set by the same logic: 2 → top 1, 8 → top 2,
 * 9 → top 3 (7–9). Any entry can be overridden.
 *
 * @param topBoxes scale (2..10) → number of top answers that count as satisfied (1..scale − 1)
 */
public record CsatMapping(Map<Integer, Integer> topBoxes) {
    /** The documented default mapping. */
    public static final CsatMapping DEFAULT = new CsatMapping(Map.of(2, 1, 3, 1, 4, 2, 5, 2, 6, 2, 7, 2, 8, 2,
            9, 3, 10, 3));

    /**
     * @param topBoxes scale (2..10) → number of top answers that count as satisfied (1..scale − 1)
     * @throws IllegalArgumentException if a scale is outside 2..10 or its top-box count outside 1..scale − 1
     */
    public CsatMapping {
        TreeMap<Integer, Integer> copy = new TreeMap<>(topBoxes);
        copy.forEach((scale, top) -> {
            if (scale < 2 || scale > 10) {
                throw new IllegalArgumentException("csat mapping scale must be within 2..10, was " + scale);
            }
            if (top < 1 || top >= scale) {
                throw new IllegalArgumentException("csat top boxes for scale " + scale + " must be within 1.."
                        + (scale - 1) + ", was " + top);
            }
        });
        topBoxes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The default mapping with overrides parsed from {@code "5:2,10:3"} (scale:top-boxes).
     *
     * @param text the text to parse
     * @return the default mapping with overrides parsed from {@code "5:2,10:3"} (scale:top-boxes)
     * @throws IllegalArgumentException if the text is malformed or an entry invalid
     */
    public static CsatMapping parse(String text) {
        Map<Integer, Integer> m = new TreeMap<>(DEFAULT.topBoxes);
        for (String part : text.split(",")) {
            String[] kv = part.strip().split(":");
            try {
                if (kv.length != 2) {
                    throw new NumberFormatException();
                }
                m.put(Integer.parseInt(kv[0].strip()), Integer.parseInt(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("csat mapping must be scale:top-boxes pairs like 5:2,10:3, was '"
                        + text + "'");
            }
        }
        return new CsatMapping(m);
    }

    /**
     * The lowest satisfied answer on a scale: scale − top + 1.
     *
     * @param scale the number of answer options, 2..10 (5 is the usual)
     * @return the lowest satisfied answer on a scale: scale − top + 1
     * @throws IllegalArgumentException if the mapping has no entry for the scale
     */
    public int lowestSatisfied(int scale) {
        Integer top = topBoxes.get(scale);
        if (top == null) {
            throw new IllegalArgumentException("csat mapping has no entry for csat_scale " + scale + "; mapped: "
                    + topBoxes.keySet());
        }
        return scale - top + 1;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        topBoxes.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append(':').append(v));
        return sb.toString();
    }
}
