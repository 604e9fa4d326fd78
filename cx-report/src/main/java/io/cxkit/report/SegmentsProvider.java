package io.cxkit.report;

import io.cxkit.metrics.Estimate;
import io.cxkit.segments.ClvScores;
import io.cxkit.segments.CustomerFeatures;
import io.cxkit.segments.FeatureTable;
import io.cxkit.segments.JourneyAndTextScores;
import io.cxkit.segments.PersonaCard;
import io.cxkit.segments.Personas;
import io.cxkit.segments.Rfm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code segments} section: RFM segments as persona cards. */
final class SegmentsProvider implements SectionProvider<SegmentsSection> {
    private final int horizonWeeks;
    private final Scoring scoring;

    SegmentsProvider(int horizonWeeks, Scoring scoring) {
        this.horizonWeeks = horizonWeeks;
        this.scoring = scoring;
    }

    @Override
    public String key() {
        return "segments";
    }

    @Override
    public String title() {
        return "Customer segments (RFM)";
    }

    @Override
    public SegmentsSection compute(ReportInput input) {
        FeatureTable table = new FeatureTable(input.zone(), "issue");
        table.addAll(input.interactions());
        if (table.size() == 0) {
            throw new SectionUnavailableException("no interaction has a resolved customer_id");
        }
        Instant asOf = table.lastSeen().orElseThrow();
        List<CustomerFeatures> features = ClvScores.join(table.features(asOf), input.interactions(), input.zone(),
                asOf.atZone(input.zone()).toLocalDate(), horizonWeeks).features();
        features = JourneyAndTextScores.join(features, input.journeys(), input.interactions());
        Rfm.Result rfm;
        try {
            rfm = Rfm.standard().score(features);
        } catch (IllegalArgumentException e) {
            throw new SectionUnavailableException(e.getMessage());
        }
        Set<String> atRisk = CommentSentiment.atRisk(scoring.settings(input)).detect(input.journeys()).alerts().stream()
                .map(a -> a.customer().value()).collect(Collectors.toSet());
        List<SegmentsSection.Segment> out = new ArrayList<>();
        for (PersonaCard c : Personas.build(features, rfm.segmentOf(), input.interactions(), input.journeys(),
                atRisk)) {
            Estimate nps = c.metrics().get("nps");
            out.add(new SegmentsSection.Segment(c.segment(), c.customers(), c.customerShare(), c.revenueShare(),
                    c.clvShare().orElse(Double.NaN), nps == null ? Double.NaN : 100 * nps.value(),
                    nps == null ? Double.NaN : nps.interval().map(i -> 100 * i.lower()).orElse(Double.NaN),
                    nps == null ? Double.NaN : nps.interval().map(i -> 100 * i.upper()).orElse(Double.NaN),
                    nps == null ? 0 : nps.n(), c.atRiskShare().orElse(Double.NaN), c.description()));
        }
        return new SegmentsSection(features.size(), rfm.withoutPurchase(), out);
    }
}
