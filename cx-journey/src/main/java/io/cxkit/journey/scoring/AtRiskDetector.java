package io.cxkit.journey.scoring;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Flags customers at risk of leaving, so a team can act first. A customer is at risk when any rule of
 * {@link AtRiskRules} fires, evaluated at an instant {@code asOf} (by default the latest interaction in the
 * input):
 * <ul>
 *   <li><b>rolling score</b>: the mean {@link ExperienceScorer experience score} of the customer's latest
 *       {@code rollingJourneys} journeys that ended within {@code lookback} is below {@code scoreThreshold};</li>
 *   <li><b>repeat unresolved</b>: at least {@code unresolvedContacts} contacts ({@link Journey#isContact}) with
 *       outcome {@code unresolved} in the {@code unresolvedWindow} up to {@code asOf};</li>
 *   <li><b>detractor after a long wait</b>: within {@code lookback}, a detractor answer
 *       ({@link FeedbackValence#isDetractor}) in a journey where an interaction up to that answer waited at least
 *       {@code longWait} (the scorer's wait attribute);</li>
 *   <li><b>negative comment</b>: within {@code lookback}, a comment whose valence (the scorer's
 *       {@link ExperienceScorer#comments() comment valence}, e.g. VADER's compound) is at or below
 *       {@code negativeComment}; the latest such comment is the evidence, quoted with its valence:
 *       {@code negative comment (compound -0.74) in journey S-1: "I waited 45 minutes on hold and nobody helped
 *       me"}. Without a comment valence this rule never fires.</li>
 * </ul>
 * Each alert carries every reason that fired, with the figures behind it. Instances are immutable and
 * thread-safe.
 */
public final class AtRiskDetector {
    private final ExperienceScorer scorer;
    private final AtRiskRules rules;

    /**
     * A detector with the given scorer and rules.
     *
     * @param scorer the scorer
     * @param rules the rules
     */
    public AtRiskDetector(ExperienceScorer scorer, AtRiskRules rules) {
        this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
    }

    /**
     * A detector with the default scorer and rules.
     *
     * @return a detector with the default scorer and rules
     */
    public static AtRiskDetector withDefaults() {
        return new AtRiskDetector(ExperienceScorer.withDefaults(), AtRiskRules.DEFAULTS);
    }

    /**
     * Evaluates every customer at the latest interaction of the input.
     *
     * @param journeys the journeys
     * @return the customers at risk, with their reasons
     * @throws NullPointerException if the list or a journey is null
     */
    public AtRiskReport detect(List<Journey> journeys) {
        Instant asOf = Instant.MIN;
        for (Journey j : journeys) {
            if (j.end().isAfter(asOf)) {
                asOf = j.end();
            }
        }
        return detect(journeys, journeys.isEmpty() ? Instant.EPOCH : asOf);
    }

    /**
     * Evaluates every customer at {@code asOf}; journeys and interactions after it are ignored.
     *
     * @param journeys the journeys
     * @param asOf the evaluation instant
     * @return the customers at risk, with their reasons
     * @throws NullPointerException if an argument or a journey is null
     */
    public AtRiskReport detect(List<Journey> journeys, Instant asOf) {
        Objects.requireNonNull(journeys, "journeys must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Map<CustomerId, List<Journey>> byCustomer = new TreeMap<>();
        for (Journey j : journeys) {
            if (!j.start().isAfter(asOf)) {
                byCustomer.computeIfAbsent(j.customer(), c -> new ArrayList<>()).add(j);
            }
        }
        List<AtRiskAlert> alerts = new ArrayList<>();
        for (Map.Entry<CustomerId, List<Journey>> e : byCustomer.entrySet()) {
            List<Journey> js = e.getValue();
            js.sort(Comparator.comparing(Journey::end).thenComparing(Journey::start));
            evaluate(e.getKey(), js, asOf).ifPresent(alerts::add);
        }
        alerts.sort(Comparator.comparingInt((AtRiskAlert a) -> a.reasons().size()).reversed()
                .thenComparingDouble(a -> a.rollingScore().orElse(Double.POSITIVE_INFINITY))
                .thenComparing(AtRiskAlert::customer));
        return new AtRiskReport(asOf, byCustomer.size(), alerts);
    }

    private Optional<AtRiskAlert> evaluate(CustomerId customer, List<Journey> journeys, Instant asOf) {
        Instant lookbackStart = asOf.minus(rules.lookback());
        Instant unresolvedStart = asOf.minus(rules.unresolvedWindow());
        List<AtRiskReason> reasons = new ArrayList<>(4);
        Instant last = Instant.MIN;

        List<JourneyScore> recent = new ArrayList<>();
        for (int k = journeys.size() - 1; k >= 0 && recent.size() < rules.rollingJourneys(); k--) {
            Journey j = journeys.get(k);
            if (!j.end().isAfter(asOf) && !j.end().isBefore(lookbackStart)) {
                recent.add(scorer.score(j));
            }
        }
        OptionalDouble rolling = OptionalDouble.empty();
        if (!recent.isEmpty()) {
            double sum = 0;
            for (JourneyScore s : recent) {
                sum += s.score();
            }
            rolling = OptionalDouble.of(sum / recent.size());
            if (rolling.getAsDouble() < rules.scoreThreshold()) {
                reasons.add(new AtRiskReason(AtRiskReason.Rule.ROLLING_SCORE, String.format(java.util.Locale.ROOT,
                        "rolling experience score %.1f over the last %d journey(s) is below %s",
                        rolling.getAsDouble(), recent.size(), number(rules.scoreThreshold())), recent.get(0).end()));
            }
        }

        int unresolved = 0;
        Instant lastUnresolved = Instant.MIN;
        Optional<AtRiskReason> detractor = Optional.empty();
        Optional<AtRiskReason> comment = Optional.empty();
        boolean readComments = scorer.comments() != CommentValence.NONE;
        double longWait = rules.longWait().toMillis() / 1000.0;
        String waitAttribute = scorer.settings().waitAttribute();
        for (Journey j : journeys) {
            double maxWait = 0;
            for (Interaction i : j.interactions()) {
                if (i.timestamp().isAfter(asOf)) {
                    break;
                }
                if (i.timestamp().isAfter(last)) {
                    last = i.timestamp();
                }
                if (!i.timestamp().isBefore(unresolvedStart) && Journey.isContact(i)
                        && i.outcome().equals(Optional.of(Outcome.UNRESOLVED))) {
                    unresolved++;
                    if (i.timestamp().isAfter(lastUnresolved)) {
                        lastUnresolved = i.timestamp();
                    }
                }
                if (readComments && !i.timestamp().isBefore(lookbackStart)) {
                    for (Feedback f : i.feedback()) {
                        if (f instanceof Feedback.Verbatim v) {
                            double c = CommentValence.safely(scorer.comments(), v.text());
                            if (c <= rules.negativeComment() && (comment.isEmpty()
                                    || !i.timestamp().isBefore(comment.get().at()))) {
                                comment = Optional.of(new AtRiskReason(AtRiskReason.Rule.NEGATIVE_COMMENT,
                                        String.format(java.util.Locale.ROOT, "negative comment (compound %.2f) in "
                                                + "journey %s: \"%s\"", c, j.id(), quote(v.text())), i.timestamp()));
                            }
                        }
                    }
                }
                maxWait = Math.max(maxWait, ExperienceScorer.waitSeconds(i, waitAttribute));
                if (maxWait >= longWait && !i.timestamp().isBefore(lookbackStart)) {
                    for (Feedback f : i.feedback()) {
                        if (FeedbackValence.isDetractor(f)) {
                            detractor = Optional.of(new AtRiskReason(AtRiskReason.Rule.DETRACTOR_AFTER_WAIT,
                                    describe(f) + " after a wait of " + minutes(maxWait) + " in journey " + j.id(),
                                    i.timestamp()));
                        }
                    }
                }
            }
        }
        if (unresolved >= rules.unresolvedContacts()) {
            reasons.add(new AtRiskReason(AtRiskReason.Rule.REPEAT_UNRESOLVED, unresolved
                    + " unresolved contacts within " + rules.unresolvedWindow().toDays() + " days", lastUnresolved));
        }
        detractor.ifPresent(reasons::add);
        comment.ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AtRiskAlert(customer, rolling, last, reasons));
    }

    private static String describe(Feedback f) {
        if (f instanceof Feedback.Nps n) {
            return "NPS " + n.score();
        }
        if (f instanceof Feedback.Csat c) {
            return "CSAT " + c.score() + "/" + c.scale();
        }
        if (f instanceof Feedback.Ces c) {
            return "CES " + c.score() + "/7";
        }
        if (f instanceof Feedback.Rating r) {
            return "rating " + r.score() + "/" + r.scale();
        }
        return "answer";
    }

    /** The comment as evidence: whitespace runs as one space, cut at 280 characters. */
    private static String quote(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= 280 ? s : s.substring(0, 279) + "…";
    }

    private static String minutes(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f min", seconds / 60);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
