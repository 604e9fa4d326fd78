package io.cxkit.cli;

import io.cxkit.core.Interaction;
import java.io.PrintWriter;
import java.util.List;

/**
 * One section of {@code cx report}: the overview, the metrics, the journeys, CLV. The report command computes
 * every registered section over the same interactions and prints them in order, as text or as one JSON object
 * keyed by {@link #key()}.
 */
public interface ReportSection {

    /** The section's JSON field name in the report, snake_case, e.g. {@code metrics}. */
    String key();

    /** The section's heading in text output. */
    String title();

    /**
     * Computes the section: a JSON tree of maps, lists, records, numbers and strings.
     *
     * @param interactions every accepted interaction of the input, in input order
     * @throws IllegalArgumentException if the input cannot support the section (the message says why)
     */
    Object compute(List<Interaction> interactions);

    /** Prints what {@link #compute} returned as text. */
    void printText(Object computed, PrintWriter out);
}
