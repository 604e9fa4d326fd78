package io.cxkit.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RFM scoring: recency, frequency and monetary value scored 1..5 by quintiles over the customers who bought, then
 * named by a {@link RfmSegmentMap}.
 *
 * <p>The quintile rule, for each of the three values over the n customers with at least one purchase: a
 * customer's score is {@code 1 + floor(5 · below / n)}, where {@code below} is the number of customers with a
 * strictly worse value. Ties therefore share one score (the score of the first place of their block), so a score
 * can be missing and a quintile can hold more than a fifth of the customers — the usual case for frequency, where
 * every one-purchase customer ties at F = 1. "Worse" is a larger recency (days since the last purchase: the more
 * recent, the higher R), a smaller frequency, a smaller spend. Customers without a purchase have no R, F or M:
 * they are counted in {@link Result#withoutPurchase()} and left out of the quintiles.
 */
public final class Rfm {
    private final RfmSegmentMap map;

    /**
     * Scoring with a segment map.
     *
     * @param map the segment map used
     */
    public Rfm(RfmSegmentMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * Scoring with the {@linkplain RfmSegmentMap#standard() standard map}.
     *
     * @return scoring with the {@linkplain RfmSegmentMap#standard() standard map}
     */
    public static Rfm standard() {
        return new Rfm(RfmSegmentMap.standard());
    }

    /**
     * Scores customers.
     *
     * @param customers every customer's features
     * @return each customer's R, F and M scores and segment, and the segment sizes
     * @throws IllegalArgumentException if no customer has a purchase, with the count of customers seen
     */
    public Result score(List<CustomerFeatures> customers) {
        List<CustomerFeatures> buyers = new ArrayList<>();
        for (CustomerFeatures c : customers) {
            if (c.purchases() > 0 && c.recencyDays().isPresent()) {
                buyers.add(c);
            }
        }
        if (buyers.isEmpty()) {
            throw new IllegalArgumentException("no customer of " + customers.size() + " has a purchase (an "
                    + "interaction with a value), so there is nothing to score by recency, frequency and value");
        }
        int n = buyers.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int k = 0; k < n; k++) {
            CustomerFeatures c = buyers.get(k);
            recency[k] = -c.recencyDays().getAsDouble();
            frequency[k] = c.purchases();
            monetary[k] = c.monetary();
        }
        int[] r = quintiles(recency);
        int[] f = quintiles(frequency);
        int[] m = quintiles(monetary);
        List<RfmScore> scores = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            CustomerFeatures c = buyers.get(k);
            scores.add(new RfmScore(c.customer(), c.recencyDays().getAsDouble(), c.purchases(), c.monetary(), r[k],
                    f[k], m[k], map.name(r[k], f[k], m[k])));
        }
        return new Result(scores, customers.size() - n, map);
    }

    /**
     * The 1..5 quintile score of every value by the rule of the class comment (larger is better).
     */
    static int[] quintiles(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] score = new int[n];
        for (int k = 0; k < n; k++) {
            score[k] = 1 + (int) ((5L * firstIndexOf(sorted, values[k])) / n);
        }
        return score;
    }

    /** The number of values strictly below {@code v} in a sorted array (the first index of its tie block). */
    private static int firstIndexOf(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The scores of every buyer, in the order given.
     *
     * @param scores one per customer with a purchase
     * @param withoutPurchase customers left out because they never bought
     * @param map the segment map used
     */
    public record Result(List<RfmScore> scores, int withoutPurchase, RfmSegmentMap map) {
        /**
         * Copies.
         *
         * @param scores one per customer with a purchase
         * @param withoutPurchase customers left out because they never bought
         * @param map the segment map used
         */
        public Result {
            scores = List.copyOf(scores);
        }

        /**
         * Each customer's segment name.
         *
         * @return each customer's segment name
         */
        public Map<String, String> segmentOf() {
            Map<String, String> m = new LinkedHashMap<>();
            for (RfmScore s : scores) {
                m.put(s.customer(), s.segment());
            }
            return m;
        }

        /**
         * Customers per segment, in the map's order, segments with none included as 0.
         *
         * @return the number of customers per segment, in the map's order, segments with none included as 0
         */
        public Map<String, Integer> sizes() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String name : map.names()) {
                m.put(name, 0);
            }
            for (RfmScore s : scores) {
                m.merge(s.segment(), 1, Integer::sum);
            }
            return m;
        }
    }
}
