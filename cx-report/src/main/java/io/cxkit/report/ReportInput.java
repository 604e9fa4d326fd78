package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.ReadReport;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What every section of a report sees: the accepted interactions, how the input was read, the zone months and
 * days are cut in and the confidence level of every interval. The journeys (cut by journey id) are cut once, on
 * first use, and shared.
 */
public final class ReportInput {
    private final List<Interaction> interactions;
    private final List<ReadReport> reads;
    private final ZoneId zone;
    private final double confidence;
    private List<Journey> journeys;

    /**
     * @param interactions the accepted interactions, in input order
     * @param reads one read report per input source
     * @param zone the zone months and days are cut in
     * @param confidence the confidence level of every interval, in (0, 1)
     * @throws IllegalArgumentException if the confidence is outside (0, 1)
     */
    public ReportInput(List<Interaction> interactions, List<ReadReport> reads, ZoneId zone, double confidence) {
        this.interactions = List.copyOf(interactions);
        this.reads = List.copyOf(reads);
        this.zone = Objects.requireNonNull(zone, "zone");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.confidence = confidence;
    }

    /**
     * The accepted interactions.
     *
     * @return an unmodifiable list, in input order
     */
    public List<Interaction> interactions() {
        return interactions;
    }

    /**
     * How each source was read.
     *
     * @return one read report per source
     */
    public List<ReadReport> reads() {
        return reads;
    }

    /**
     * The zone months and days are cut in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The confidence level of every interval in the report.
     *
     * @return the level, e.g. 0.95
     */
    public double confidence() {
        return confidence;
    }

    /**
     * The journeys, cut by journey id (interactions without one form one journey per customer).
     *
     * @return the journeys, cut on first call
     */
    public synchronized List<Journey> journeys() {
        if (journeys == null) {
            journeys = JourneyCutter.byJourneyId().cut(interactions);
        }
        return journeys;
    }
}
