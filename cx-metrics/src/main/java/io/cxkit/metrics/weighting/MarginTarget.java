package io.cxkit.metrics.weighting;

import java.util.Objects;

/**
 * One population margin for raking: the target of one category of one dimension, as a count or a share.
 *
 * @param dimension what the category is of: {@code channel}, {@code touchpoint}, {@code stage}, {@code kind},
 *        {@code outcome}, {@code direction}, {@code segment} (a customer's segment, or an interaction's
 *        {@code segment} attribute), or an attribute as {@code attr.NAME}
 *        (a bare name is read as an attribute too)
 * @param category the category's value, e.g. {@code north}
 * @param target the population count or share, not negative
 */
public record MarginTarget(String dimension, String category, double target) {
    /**
     * @param dimension what the category is of: {@code channel}, {@code touchpoint}, {@code stage}, {@code kind},
     *        {@code outcome}, {@code direction}, {@code segment} (a customer's segment, or an interaction's {@code
     *        segment} attribute), or an attribute as {@code attr.NAME} (a bare name is read as an attribute too)
     * @param category the category's value, e.g. {@code north}
     * @param target the population count or share, not negative
     * @throws IllegalArgumentException if the dimension or category is blank, or the target is negative or not
     *         finite
     */
    public MarginTarget {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(category, "category");
        dimension = dimension.strip();
        category = category.strip();
        if (dimension.isEmpty()) {
            throw new IllegalArgumentException("margin target dimension must not be blank");
        }
        if (category.isEmpty()) {
            throw new IllegalArgumentException("margin target category of dimension '" + dimension
                    + "' must not be blank");
        }
        if (!(target >= 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target of " + dimension + "=" + category
                    + " must be a non-negative number, was " + target);
        }
    }
}
