package io.cxkit.segments;

/**
 * One customer's RFM scores and segment.
 *
 * @param customer the customer id
 * @param recencyDays days since the last purchase, at the as-of moment
 * @param frequency purchases
 * @param monetary total spend
 * @param r recency score 1..5 (5 = most recent)
 * @param f frequency score 1..5 (5 = most purchases)
 * @param m monetary score 1..5 (5 = most spend)
 * @param segment the segment's name in the map used
 */
public record RfmScore(String customer, double recencyDays, long frequency, double monetary, int r, int f, int m,
        String segment) {
    /**
     * The three scores as one code, for example {@code "545"}.
     *
     * @return the three scores as one code, for example {@code "545"}
     */
    public String code() {
        return "" + r + f + m;
    }
}
