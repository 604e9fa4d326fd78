package io.cxkit.journey.scoring;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.metrics.stat.TwoProportionTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the touchpoints and transitions where journeys go wrong, ranked by one of three measures:
 * <ul>
 *   <li><b>drop-off</b>: the share of journeys through it that ended right there (at the touchpoint, or with
 *       the transition as their last step) without a successful outcome (by default {@code converted} or
 *       {@code resolved}, the journey's {@link Journey#outcome() outcome});</li>
 *   <li><b>detractor lift</b>: among journeys with a scored answer, the share of journeys through it whose last
 *       answer is a detractor answer ({@link FeedbackValence#isDetractor}), divided by that share over all
 *       journeys; its significance is the two-proportion z-test of journeys through it against journeys not
 *       through it (Agresti 2013, §3.1.3), with n on both sides;</li>
 *   <li><b>time lost</b>: the customer time spent there, in seconds: at a touchpoint the waiting time (the
 *       scoring wait attribute) plus the interaction's duration; on a transition the time between its two
 *       interactions.</li>
 * </ul>
 * Only elements with at least {@code minJourneys} journeys are listed. Ties are broken by more journeys, then
 * by label, so the order is deterministic. Instances are immutable and thread-safe.
 */
public final class PainPoints {

    /** The measure to rank by. */
    public enum RankBy {
        /** Highest drop-off rate first. */
        DROP_OFF,
        /** Highest detractor lift first (elements without feedback last). */
        DETRACTOR_LIFT,
        /** Most total time lost first. */
        TIME_LOST
    }

    private final Function<Interaction, String> key;
    private final Set<Outcome> success;
    private final int minJourneys;
    private final double significance;
    private final RankBy rankBy;
    private final String waitAttribute;

    private PainPoints(Function<Interaction, String> key, Set<Outcome> success, int minJourneys,
            double significance, RankBy rankBy, String waitAttribute) {
        this.key = key;
        this.success = Set.copyOf(success);
        this.minJourneys = minJourneys;
        this.significance = significance;
        this.rankBy = rankBy;
        this.waitAttribute = waitAttribute;
    }

    /**
     * The defaults: keyed by touchpoint id, success is {@code converted} or {@code resolved}, at least 10
     * journeys, significance level 0.05, ranked by detractor lift, waiting time in {@code wait_seconds}.
     *
     * @return the defaults: keyed by touchpoint id, success is {@code converted} or {@code resolved}, at least 10
     *         journeys, significance level 0.05, ranked by detractor lift, waiting time in {@code wait_seconds}
     */
    public static PainPoints withDefaults() {
        return new PainPoints(i -> i.touchpoint().id(), Set.of(Outcome.CONVERTED, Outcome.RESOLVED), 10, 0.05,
                RankBy.DETRACTOR_LIFT, ScoringSettings.DEFAULTS.waitAttribute());
    }

    /**
     * With another key: what a step is (the touchpoint id by default; the channel name, a stage, ...).
     *
     * @param key what a step is, from an interaction
     * @return a copy with another key: what a step is (the touchpoint id by default; the channel name, a stage, ...)
     */
    public PainPoints keyedBy(Function<Interaction, String> key) {
        return new PainPoints(Objects.requireNonNull(key, "key must not be null"), success, minJourneys,
                significance, rankBy, waitAttribute);
    }

    /**
     * With other successful outcomes; a journey ending otherwise (or with none) is a drop-off.
     *
     * @param outcomes the outcomes that count
     * @return a copy with other successful outcomes; a journey ending otherwise (or with none) is a drop-off
     */
    public PainPoints successOutcomes(Set<Outcome> outcomes) {
        return new PainPoints(key, Objects.requireNonNull(outcomes, "outcomes must not be null"), minJourneys,
                significance, rankBy, waitAttribute);
    }

    /**
     * With another minimum number of journeys through an element for it to be listed.
     *
     * @param min the minimum number of journeys
     * @return a copy with another minimum number of journeys through an element for it to be listed
     * @throws IllegalArgumentException if below 1
     */
    public PainPoints minJourneys(int min) {
        if (min < 1) {
            throw new IllegalArgumentException("minJourneys must be at least 1, was " + min);
        }
        return new PainPoints(key, success, min, significance, rankBy, waitAttribute);
    }

    /**
     * With another significance level for {@link PainPoint#significant()}.
     *
     * @param alpha the significance level, in (0, 1)
     * @return a copy with another significance level for {@link PainPoint#significant()}
     * @throws IllegalArgumentException if not within (0, 1)
     */
    public PainPoints significance(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("significance must be within (0, 1), was " + alpha);
        }
        return new PainPoints(key, success, minJourneys, alpha, rankBy, waitAttribute);
    }

    /**
     * With another ranking measure.
     *
     * @param measure the measure
     * @return a copy with another ranking measure
     */
    public PainPoints rankBy(RankBy measure) {
        return new PainPoints(key, success, minJourneys, significance,
                Objects.requireNonNull(measure, "measure must not be null"), waitAttribute);
    }

    /**
     * With another waiting-time attribute (seconds).
     *
     * @param attribute the attribute
     * @return a copy with another waiting-time attribute (seconds)
     */
    public PainPoints waitAttribute(String attribute) {
        Objects.requireNonNull(attribute, "attribute must not be null");
        return new PainPoints(key, success, minJourneys, significance, rankBy, attribute);
    }

    /**
     * Measures every touchpoint and transition of the journeys and ranks them.
     *
     * @param journeys the journeys
     * @return the ranked touchpoints and transitions, with the baseline they are compared to
     * @throws NullPointerException if the list or a journey is null
     */
    public PainPointReport analyze(List<Journey> journeys) {
        Objects.requireNonNull(journeys, "journeys must not be null");
        Map<String, Tally> nodes = new LinkedHashMap<>();
        Map<List<String>, Tally> edges = new LinkedHashMap<>();
        long feedbackJourneys = 0;
        long detractorJourneys = 0;
        Set<Tally> seen = new HashSet<>();
        for (Journey j : journeys) {
            List<Interaction> is = j.interactions();
            Optional<Boolean> detractor = endsWithDetractor(j);
            if (detractor.isPresent()) {
                feedbackJourneys++;
                if (detractor.get()) {
                    detractorJourneys++;
                }
            }
            boolean dropped = j.outcome().map(o -> !success.contains(o)).orElse(true);
            seen.clear();
            String previous = null;
            Tally lastNode = null;
            Tally lastEdge = null;
            for (int k = 0; k < is.size(); k++) {
                Interaction i = is.get(k);
                String step = key.apply(i);
                Tally node = nodes.computeIfAbsent(step, s -> new Tally());
                node.occurrences++;
                node.time += ExperienceScorer.waitSeconds(i, waitAttribute)
                        + i.duration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
                if (seen.add(node)) {
                    node.count(detractor);
                }
                lastNode = node;
                if (previous != null) {
                    Tally edge = edges.computeIfAbsent(List.of(previous, step), s -> new Tally());
                    edge.occurrences++;
                    edge.time += (i.timestamp().toEpochMilli() - is.get(k - 1).timestamp().toEpochMilli()) / 1000.0;
                    if (seen.add(edge)) {
                        edge.count(detractor);
                    }
                    lastEdge = edge;
                } else {
                    lastEdge = null;
                }
                previous = step;
            }
            if (dropped) {
                lastNode.dropOffs++;
                if (lastEdge != null) {
                    lastEdge.dropOffs++;
                }
            }
        }
        double baseline = feedbackJourneys == 0 ? Double.NaN : (double) detractorJourneys / feedbackJourneys;
        List<PainPoint> out = new ArrayList<>();
        for (Map.Entry<String, Tally> e : nodes.entrySet()) {
            add(out, PainPoint.Kind.TOUCHPOINT, e.getKey(), Optional.empty(), e.getValue(), feedbackJourneys,
                    detractorJourneys, baseline);
        }
        for (Map.Entry<List<String>, Tally> e : edges.entrySet()) {
            add(out, PainPoint.Kind.TRANSITION, e.getKey().get(0), Optional.of(e.getKey().get(1)), e.getValue(),
                    feedbackJourneys, detractorJourneys, baseline);
        }
        out.sort(order());
        return new PainPointReport(journeys.size(), feedbackJourneys, baseline, rankBy, out);
    }

    private void add(List<PainPoint> out, PainPoint.Kind kind, String from, Optional<String> to, Tally t,
            long feedbackJourneys, long detractorJourneys, double baseline) {
        if (t.journeys < minJourneys) {
            return;
        }
        double rate = t.feedback == 0 ? Double.NaN : (double) t.detractors / t.feedback;
        double lift = baseline > 0 ? rate / baseline : Double.NaN;
        long othersFeedback = feedbackJourneys - t.feedback;
        long othersDetractors = detractorJourneys - t.detractors;
        double p = Double.NaN;
        if (t.feedback > 0 && othersFeedback > 0) {
            p = TwoProportionTest.test(othersDetractors, othersFeedback, t.detractors, t.feedback, 0.95).pValue();
        }
        out.add(new PainPoint(kind, from, to, t.journeys, t.dropOffs, (double) t.dropOffs / t.journeys, t.feedback,
                t.detractors, rate, lift, p, p < significance, t.time, t.time / t.occurrences));
    }

    private Comparator<PainPoint> order() {
        Comparator<PainPoint> measure = switch (rankBy) {
            case DROP_OFF -> Comparator.comparingDouble(PainPoint::dropOffRate).reversed();
            case TIME_LOST -> Comparator.comparingDouble(PainPoint::timeLostSeconds).reversed();
            default -> Comparator.comparingDouble((PainPoint p) -> Double.isNaN(p.detractorLift())
                    ? Double.NEGATIVE_INFINITY : p.detractorLift()).reversed();
        };
        return measure.thenComparing(Comparator.comparingLong(PainPoint::journeys).reversed())
                .thenComparing(PainPoint::label);
    }

    /** Empty if the journey has no scored answer; else whether its last scored answer is a detractor. */
    static Optional<Boolean> endsWithDetractor(Journey j) {
        List<Feedback> fs = j.feedback();
        for (int k = fs.size() - 1; k >= 0; k--) {
            if (FeedbackValence.isScored(fs.get(k))) {
                return Optional.of(FeedbackValence.isDetractor(fs.get(k)));
            }
        }
        return Optional.empty();
    }

    /** Counts for one touchpoint or transition. */
    private static final class Tally {
        long journeys;
        long dropOffs;
        long feedback;
        long detractors;
        long occurrences;
        double time;

        void count(Optional<Boolean> detractor) {
            journeys++;
            if (detractor.isPresent()) {
                feedback++;
                if (detractor.get()) {
                    detractors++;
                }
            }
        }
    }
}
