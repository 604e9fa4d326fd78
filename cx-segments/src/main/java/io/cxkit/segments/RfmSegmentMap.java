package io.cxkit.segments;

import java.util.List;
import java.util.Objects;

/**
 * Names for RFM score combinations: an ordered list of rules, the first that matches names the segment. A map
 * must name every one of the 125 (R, F, M) combinations; that is checked when it is built, so a customer is
 * never left without a segment.
 *
 * <p>The {@linkplain #standard() standard map} is the common 5×5 recency × frequency grid of RFM practice
 * (monetary is reported but does not move a customer between names), with "Lost" split from "Hibernating" at
 * R = 1, F = 1:
 * <table>
 * <caption>The standard segment map</caption>
 * <tr><th>segment</th><th>R</th><th>F</th></tr>
 * <tr><td>Champions</td><td>5</td><td>4–5</td></tr>
 * <tr><td>Loyal</td><td>3–4</td><td>4–5</td></tr>
 * <tr><td>Potential Loyalists</td><td>4–5</td><td>2–3</td></tr>
 * <tr><td>New</td><td>5</td><td>1</td></tr>
 * <tr><td>Promising</td><td>4</td><td>1</td></tr>
 * <tr><td>Need Attention</td><td>3</td><td>3</td></tr>
 * <tr><td>About to Sleep</td><td>3</td><td>1–2</td></tr>
 * <tr><td>Can't Lose Them</td><td>1–2</td><td>5</td></tr>
 * <tr><td>At Risk</td><td>1–2</td><td>3–4</td></tr>
 * <tr><td>Lost</td><td>1</td><td>1</td></tr>
 * <tr><td>Hibernating</td><td>1–2</td><td>1–2 (other than Lost)</td></tr>
 * </table>
 *
 * @param rules the rules, tried in order
 */
public record RfmSegmentMap(List<Rule> rules) {
    /**
     * Checks that every (R, F, M) combination is named.
     *
     * @param rules the rules, tried in order
     * @throws IllegalArgumentException naming the first combination no rule matches
     */
    public RfmSegmentMap {
        rules = List.copyOf(rules);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    boolean named = false;
                    for (Rule rule : rules) {
                        named |= rule.matches(r, f, m);
                    }
                    if (!named) {
                        throw new IllegalArgumentException("the segment map names no segment for R=" + r + ", F="
                                + f + ", M=" + m + "; add a rule or a catch-all last rule");
                    }
                }
            }
        }
    }

    /**
     * The standard map of the table above.
     *
     * @return the standard map of the table above
     */
    public static RfmSegmentMap standard() {
        return new RfmSegmentMap(List.of(
                Rule.rf("Champions", 5, 5, 4, 5),
                Rule.rf("Loyal", 3, 4, 4, 5),
                Rule.rf("Potential Loyalists", 4, 5, 2, 3),
                Rule.rf("New", 5, 5, 1, 1),
                Rule.rf("Promising", 4, 4, 1, 1),
                Rule.rf("Need Attention", 3, 3, 3, 3),
                Rule.rf("About to Sleep", 3, 3, 1, 2),
                Rule.rf("Can't Lose Them", 1, 2, 5, 5),
                Rule.rf("At Risk", 1, 2, 3, 4),
                Rule.rf("Lost", 1, 1, 1, 1),
                Rule.rf("Hibernating", 1, 2, 1, 2)));
    }

    /**
     * The name of a combination: the first rule that matches.
     *
     * @param r the R score, 1..5
     * @param f the F score, 1..5
     * @param m the M score, 1..5
     * @return the name of a combination: the first rule that matches
     */
    public String name(int r, int f, int m) {
        for (Rule rule : rules) {
            if (rule.matches(r, f, m)) {
                return rule.name();
            }
        }
        throw new IllegalStateException("unreachable: the map was checked to be complete");
    }

    /**
     * The segment names in rule order, without repeats.
     *
     * @return the segment names in rule order, without repeats
     */
    public List<String> names() {
        return rules.stream().map(Rule::name).distinct().toList();
    }

    /**
     * One rule: a name and inclusive score ranges 1..5 for R, F and M.
     *
     * @param name the segment's name
     * @param rMin lowest recency score
     * @param rMax highest recency score
     * @param fMin lowest frequency score
     * @param fMax highest frequency score
     * @param mMin lowest monetary score
     * @param mMax highest monetary score
     */
    public record Rule(String name, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
        /**
         * Validates the ranges.
         *
         * @param name the segment's name
         * @param rMin lowest recency score
         * @param rMax highest recency score
         * @param fMin lowest frequency score
         * @param fMax highest frequency score
         * @param mMin lowest monetary score
         * @param mMax highest monetary score
         * @throws IllegalArgumentException if a name is blank or a range is outside 1..5 or empty
         */
        public Rule {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("segment name must not be blank");
            }
            range("R", rMin, rMax);
            range("F", fMin, fMax);
            range("M", mMin, mMax);
        }

        /**
         * A rule on recency and frequency alone (any monetary score).
         *
         * @param name the segment's name
         * @param rMin lowest recency score
         * @param rMax highest recency score
         * @param fMin lowest frequency score
         * @param fMax highest frequency score
         * @return a rule on recency and frequency alone (any monetary score)
         */
        public static Rule rf(String name, int rMin, int rMax, int fMin, int fMax) {
            return new Rule(name, rMin, rMax, fMin, fMax, 1, 5);
        }

        boolean matches(int r, int f, int m) {
            return r >= rMin && r <= rMax && f >= fMin && f <= fMax && m >= mMin && m <= mMax;
        }

        private static void range(String what, int lo, int hi) {
            if (lo < 1 || hi > 5 || lo > hi) {
                throw new IllegalArgumentException(what + " range must be within 1..5 and not empty, was " + lo
                        + ".." + hi);
            }
        }
    }
}
