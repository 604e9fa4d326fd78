package io.cxkit.cli.segments;

import io.cxkit.metrics.Estimate;
import io.cxkit.segments.PersonaCard;
import java.util.Map;
import java.util.Optional;

/**
 * One segment as a flat row: size, shares, NPS and CSAT with their intervals and n, the top pain point. NPS is in
 * points (−100..100), CSAT a share (0..1).
 *
 * @param segment the segment
 * @param customers customers in it
 * @param share share of all customers
 * @param revenueShare share of all spend
 * @param purchases mean purchases per customer
 * @param meanClv mean CLV (NaN when none was joined)
 * @param nps NPS in points
 * @param npsLow interval lower bound, points
 * @param npsHigh interval upper bound, points
 * @param npsN NPS answers
 * @param csat CSAT share
 * @param csatLow interval lower bound
 * @param csatHigh interval upper bound
 * @param csatN CSAT answers
 * @param topPainPoint the segment's top pain point
 */
record SegmentRow(String segment, int customers, double share, double revenueShare, double purchases,
        double meanClv, double nps,
        double npsLow, double npsHigh, long npsN, double csat, double csatLow, double csatHigh, long csatN,
        Optional<String> topPainPoint) {

    static SegmentRow of(PersonaCard c) {
        Map<String, Estimate> m = c.metrics();
        Estimate nps = m.get("nps");
        Estimate csat = m.get("csat");
        return new SegmentRow(c.segment(), c.customers(), c.customerShare(), c.revenueShare(), c.meanPurchases(),
                c.meanClv().orElse(Double.NaN),
                scaled(nps, 100, 0), scaled(nps, 100, 1), scaled(nps, 100, 2), nps == null ? 0 : nps.n(),
                scaled(csat, 1, 0), scaled(csat, 1, 1), scaled(csat, 1, 2), csat == null ? 0 : csat.n(),
                c.topPainPoints().stream().findFirst());
    }

    /** The value (0), lower (1) or upper (2) bound times a scale; NaN without answers or interval. */
    private static double scaled(Estimate e, double scale, int which) {
        if (e == null) {
            return Double.NaN;
        }
        return switch (which) {
            case 0 -> scale * e.value();
            case 1 -> e.interval().map(i -> scale * i.lower()).orElse(Double.NaN);
            default -> e.interval().map(i -> scale * i.upper()).orElse(Double.NaN);
        };
    }
}
