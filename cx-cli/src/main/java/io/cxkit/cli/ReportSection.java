package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.ReadReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * One section of {@code cx report}: the overview, the metrics, the journeys, CLV. The report command computes
 * every section registered in {@link ReportSections} over the same interactions and prints them in order, as
 * text or as one JSON object keyed by {@link #key()}.
 *
 * <p>To add a section, implement this interface (a public class with a no-argument constructor is easiest) and
 * add one line to {@link ReportSections#ALL}.
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
     * @throws IllegalArgumentException if the input cannot support the section (the message says why); the
     *         report then shows the section as skipped, with that reason, and goes on
     */
    Object compute(List<Interaction> interactions);

    /**
     * Computes the section knowing how the input was read. The default ignores the read reports; the overview
     * section shows them.
     *
     * @param interactions every accepted interaction of the input, in input order
     * @param reads one read report per input source, in order
     * @throws IllegalArgumentException as {@link #compute(List)}
     */
    default Object compute(List<Interaction> interactions, List<ReadReport> reads) {
        return compute(interactions);
    }

    /** Prints what {@link #compute} returned as text. */
    void printText(Object computed, PrintWriter out);
}
