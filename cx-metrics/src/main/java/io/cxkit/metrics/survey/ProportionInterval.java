package io.cxkit.metrics.survey;

import java.util.Locale;

/** The interval methods for a share (CSAT top-box, CES agreement). */
public enum ProportionInterval {
    /** p̂ ± z·sqrt(p̂(1 − p̂)/n): too narrow for small n and shares near 0 or 1. */
    WALD("wald"),
    /**
     * The adjusted-Wald (Agresti–Coull 1998) interval, the default: recommended by Sauro &amp; Lewis,
     * <i>Quantifying the User Experience</i> (2016), ch. 3.
     */
    AGRESTI_COULL("agresti-coull"),
    /** The Wilson (1927) score interval. */
    WILSON("wilson");

    /** Every name {@link #parse} accepts: the labels and the command line's generic aliases. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("wald", "agresti-coull", "adjusted-wald",
            "wilson", "score");

    private final String label;

    ProportionInterval(String label) {
        this.label = label;
    }

    /**
     * The name used in output: {@code wald}, {@code agresti-coull}, {@code wilson}.
     *
     * @return the name used in output: {@code wald}, {@code agresti-coull}, {@code wilson}
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label; the command line's generic names map too: {@code adjusted-wald} is Agresti–Coull and
     * {@code score} is Wilson.
     *
     * @param label the label shown with the result
     * @return the interval method
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static ProportionInterval parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (l) {
            case "wald" -> WALD;
            case "agresti-coull", "adjusted-wald" -> AGRESTI_COULL;
            case "wilson", "score" -> WILSON;
            default -> throw new IllegalArgumentException("proportion interval method must be one of wald, "
                    + "agresti-coull (adjusted-wald), wilson (score); was '" + label + "'");
        };
    }
}
