package io.cxkit.metrics.drivers;

/**
 * A feature (or driver) that is constant or a linear combination of the ones before it, so that its coefficient
 * is not identified. {@link #feature()} names it, so a caller may drop it and fit again.
 */
public final class CollinearFeatureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The name of the feature whose coefficient is not identified. */
    private final String feature;

    /**
     * @param feature the feature's name
     * @param message the full message
     */
    public CollinearFeatureException(String feature, String message) {
        super(message);
        this.feature = feature;
    }

    /**
     * The feature that is not identified.
     *
     * @return the name of the feature that is constant or collinear with the ones before it
     */
    public String feature() {
        return feature;
    }
}
