package io.cxkit.journey.map;

import java.util.List;

/**
 * The variants chosen for display, and the rest grouped: what a report shows as "top 10 variants, plus 412
 * others covering 8% of journeys".
 *
 * @param variants the chosen variants, most frequent first
 * @param otherVariants how many variants were grouped into the rest
 * @param otherCases how many journeys followed one of them
 * @param otherShare {@code otherCases / cases}, 0..1
 */
public record VariantSelection(List<Variant> variants, int otherVariants, long otherCases, double otherShare) {
    /**
     * @param variants the chosen variants, most frequent first
     * @param otherVariants how many variants were grouped into the rest
     * @param otherCases how many journeys followed one of them
     * @param otherShare {@code otherCases / cases}, 0..1
     * @throws IllegalArgumentException if a count is negative or the share outside 0..1
     */
    public VariantSelection {
        variants = List.copyOf(variants);
        if (otherVariants < 0 || otherCases < 0) {
            throw new IllegalArgumentException("other variants and cases must be at least 0, were "
                    + otherVariants + ", " + otherCases);
        }
        if (!(otherShare >= 0 && otherShare <= 1)) {
            throw new IllegalArgumentException("other share must be within 0..1, was " + otherShare);
        }
    }
}
