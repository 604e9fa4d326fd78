package io.cxkit.journey.map;

import io.cxkit.core.io.ReadReport;
import io.cxkit.journey.EventLog;
import java.util.Objects;

/**
 * What an {@link EventLogReader} read: the log of accepted events and the report that accounts for every record
 * ({@code read = accepted + rejected}).
 *
 * @param log the accepted events, sorted as {@link EventLog} documents
 * @param report the counts and the first rejections
 */
public record EventLogRead(EventLog log, ReadReport report) {
    /**
     * @param log the accepted events, sorted as {@link EventLog} documents
     * @param report the counts and the first rejections
     * @throws NullPointerException if a component is null
     */
    public EventLogRead {
        Objects.requireNonNull(log, "log must not be null");
        Objects.requireNonNull(report, "report must not be null");
    }
}
