package io.cxkit.journey.map;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trace (case) of an XES log (IEEE 1849), with the events {@link XesReader} accepted, in file order.
 *
 * @param caseId the trace's {@code concept:name}
 * @param attributes every top-level attribute of the trace, by key, as its text value ({@code concept:name}
 *        included)
 * @param events the accepted events of the trace, in file order; rejected ones are in the read report
 * @param line the 1-based line of the trace's {@code <trace>} element
 */
public record XesTrace(String caseId, Map<String, String> attributes, List<XesEvent> events, long line) {
    /**
     * @param caseId the trace's {@code concept:name}
     * @param attributes every top-level attribute of the trace, by key, as its text value ({@code concept:name}
     *        included)
     * @param events the accepted events of the trace, in file order; rejected ones are in the read report
     * @param line the 1-based line of the trace's {@code <trace>} element
     * @throws NullPointerException if a component is null
     */
    public XesTrace {
        Objects.requireNonNull(caseId, "case id must not be null");
        attributes = Map.copyOf(attributes);
        events = List.copyOf(events);
    }
}
