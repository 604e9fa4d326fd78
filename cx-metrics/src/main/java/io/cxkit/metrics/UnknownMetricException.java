package io.cxkit.metrics;

import java.util.List;

/** Thrown when a metric is looked up by a name no provider has; the message lists every known name. */
public final class UnknownMetricException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name looked up. */
    private final String name;
    /** Every name a provider has, sorted. */
    private final List<String> known;

    /**
     * An exception for {@code name}, listing {@code known}.
     *
     * @param name the name
     * @param known the known
     */
    public UnknownMetricException(String name, List<String> known) {
        super("unknown metric '" + name + "'; known metrics: " + (known.isEmpty() ? "(none)"
                : String.join(", ", known)));
        this.name = name;
        this.known = List.copyOf(known);
    }

    /**
     * The name that was asked for.
     *
     * @return the name that was asked for
     */
    public String name() {
        return name;
    }

    /**
     * The names that are registered, sorted.
     *
     * @return the names that are registered, sorted
     */
    public List<String> known() {
        return known;
    }
}
