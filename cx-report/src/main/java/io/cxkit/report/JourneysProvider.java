package io.cxkit.report;

import io.cxkit.journey.EventLog;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Variants;

/** The {@code journeys} section: top variants and the journey map over touchpoint ids. */
final class JourneysProvider implements SectionProvider<Journeys> {
    private final int topVariants;
    private final int topEdges;

    JourneysProvider(int topVariants, int topEdges) {
        this.topVariants = topVariants;
        this.topEdges = topEdges;
    }

    @Override
    public String key() {
        return "journeys";
    }

    @Override
    public String title() {
        return "Journeys";
    }

    @Override
    public Journeys compute(ReportInput input) {
        if (input.interactions().isEmpty()) {
            throw new SectionUnavailableException("no interactions");
        }
        EventLog log = EventLog.ofJourneys(input.journeys(), i -> i.touchpoint().id());
        Variants v = Variants.of(log);
        DirectlyFollowsGraph map = DirectlyFollowsGraph.of(log);
        if (map.edges().isEmpty()) {
            throw new SectionUnavailableException("every journey has a single interaction: there is no path to map");
        }
        return new Journeys(v.cases(), v.events(), v.variantCount(), v.top(topVariants).variants(), map.nodes(),
                map.edges().subList(0, Math.min(topEdges, map.edges().size())), map.edges().size());
    }
}
