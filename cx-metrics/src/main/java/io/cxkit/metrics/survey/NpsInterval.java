package io.cxkit.metrics.survey;

import java.util.Locale;

/** The interval methods for the NPS (Rocks 2016). */
public enum NpsInterval {
    /** NPS ± z·SE. Too narrow for small n and extreme scores. */
    WALD("wald"),
    /** The adjusted-Wald "(3,T)" interval: the default, recommended by Rocks (2016) and MeasuringU. */
    ADJUSTED_WALD("adjusted-wald"),
    /** The iterative score interval (Rocks 2016): inverts the score test; never needs clamping. */
    SCORE("score");

    /** Every name {@link #parse} accepts. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("wald", "adjusted-wald", "score");

    private final String label;

    NpsInterval(String label) {
        this.label = label;
    }

    /**
     * The name used in output and on the command line: {@code wald}, {@code adjusted-wald}, {@code score}.
     *
     * @return the name used in output and on the command line: {@code wald}, {@code adjusted-wald}, {@code score}
     */
    public String label() {
        return label;
    }

    /**
     * Parses a label (case-insensitive; {@code _} accepted for {@code -}).
     *
     * @param label the label shown with the result
     * @return the interval method
     * @throws IllegalArgumentException naming the allowed labels
     */
    public static NpsInterval parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (NpsInterval m : values()) {
            if (m.label.equals(l)) {
                return m;
            }
        }
        throw new IllegalArgumentException("nps interval method must be one of wald, adjusted-wald, score; was '"
                + label + "'");
    }
}
