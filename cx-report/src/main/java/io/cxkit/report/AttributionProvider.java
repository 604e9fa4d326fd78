package io.cxkit.report;

import io.cxkit.core.Outcome;
import io.cxkit.journey.attribution.ConversionPath;
import io.cxkit.journey.attribution.HeuristicAttribution;
import io.cxkit.journey.attribution.HeuristicCredit;
import io.cxkit.journey.attribution.JourneyPaths;
import io.cxkit.journey.attribution.MarkovAttribution;
import io.cxkit.journey.attribution.MarkovCredit;
import io.cxkit.journey.attribution.MarkovResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code attribution} section: heuristic and Markov credit per channel over journey paths. */
final class AttributionProvider implements SectionProvider<AttributionSection> {
    private final Outcome conversion;
    private final int order;

    AttributionProvider(Outcome conversion, int order) {
        this.conversion = conversion;
        this.order = order;
    }

    @Override
    public String key() {
        return "attribution";
    }

    @Override
    public String title() {
        return "Attribution";
    }

    @Override
    public AttributionSection compute(ReportInput input) {
        List<ConversionPath> paths = JourneyPaths.aggregate(input.journeys(), conversion);
        double conversions = paths.stream().mapToDouble(ConversionPath::conversions).sum();
        if (conversions == 0) {
            throw new SectionUnavailableException("no journey ends in the outcome '" + conversion.name() + "'");
        }
        double journeys = paths.stream().mapToDouble(ConversionPath::journeys).sum();
        Map<String, HeuristicCredit> heuristic = new HashMap<>();
        for (HeuristicCredit h : HeuristicAttribution.compute(paths)) {
            heuristic.put(h.channel(), h);
        }
        MarkovResult markov = MarkovAttribution.ofOrder(order).attribute(paths);
        List<AttributionSection.ChannelCredit> rows = new ArrayList<>();
        for (MarkovCredit m : markov.channels()) {
            HeuristicCredit h = heuristic.get(m.channel());
            rows.add(new AttributionSection.ChannelCredit(m.channel(), h == null ? 0 : h.first(),
                    h == null ? 0 : h.last(), h == null ? 0 : h.linear(), m.conversions(), m.removalEffect()));
        }
        rows.sort(Comparator.comparingDouble(AttributionSection.ChannelCredit::markov).reversed()
                .thenComparing(AttributionSection.ChannelCredit::channel));
        return new AttributionSection(conversion.name(), paths.size(), journeys, conversions, order,
                markov.conversionProbability(), rows);
    }
}
