package io.cxkit.report;

import java.util.List;

/**
 * The {@code segments} section: RFM segments with their persona figures (see cx-segments).
 *
 * @param customers customers in the data
 * @param withoutPurchase customers left out of RFM for having no purchase
 * @param segments each segment, largest first
 */
public record SegmentsSection(int customers, int withoutPurchase, List<Segment> segments) {
    /**
     * Copies.
     *
     * @param customers customers in the data
     * @param withoutPurchase customers left out of RFM for having no purchase
     * @param segments each segment, largest first
     */
    public SegmentsSection {
        segments = List.copyOf(segments);
    }

    /**
     * One segment's card.
     *
     * @param name the segment
     * @param customers customers in it
     * @param share its share of customers, 0..1
     * @param revenueShare its share of spend, 0..1
     * @param clvShare its share of expected CLV, 0..1 (NaN when no CLV was joined)
     * @param nps NPS in points, −100..100 (NaN without answers)
     * @param npsLow the interval's lower bound, points
     * @param npsHigh the interval's upper bound, points
     * @param npsN NPS answers
     * @param atRiskShare share in the at-risk list, 0..1
     * @param description the templated, factual description
     */
    public record Segment(String name, int customers, double share, double revenueShare, double clvShare, double nps,
            double npsLow, double npsHigh, long npsN, double atRiskShare, String description) {
    }
}
