package io.cxkit.journey.drivers;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.FeedbackValence;
import io.cxkit.journey.scoring.JourneyScore;
import io.cxkit.journey.scoring.ScoringSettings;
import io.cxkit.metrics.survey.NpsBreaks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Extracts, from each journey with an NPS answer, what happened before that answer (the first NPS answer of the
 * journey): which touchpoints were visited, repeat contacts and transfers (as {@link Journey#effort()} counts
 * them), whether any wait exceeded a threshold, channel switches, the number of interactions, and the effort
 * penalty of the journey scoring ({@link ExperienceScorer}) over those interactions. Moments (outcome and answer
 * valences) are counted as the journey scoring defines them.
 *
 * @param waitOver a wait longer than this counts as a long wait
 * @param touchpoints touchpoint ids to mark as visited; empty to take those visited before the answer in at
 *        least 5 % of answered journeys (at most 10, the most frequent)
 * @param scoring the journey-scoring settings (wait attribute, outcome valences, penalties)
 */
public record JourneyFeatures(Duration waitOver, List<String> touchpoints, ScoringSettings scoring) {
    /**
     * @param waitOver a wait longer than this counts as a long wait
     * @param touchpoints touchpoint ids to mark as visited; empty to take those visited before the answer in at
     *        least 5 % of answered journeys (at most 10, the most frequent)
     * @param scoring the journey-scoring settings (wait attribute, outcome valences, penalties)
     * @throws IllegalArgumentException if waitOver is negative
     */
    public JourneyFeatures {
        if (waitOver.isNegative()) {
            throw new IllegalArgumentException("wait threshold must not be negative, was " + waitOver);
        }
        touchpoints = List.copyOf(touchpoints);
        Objects.requireNonNull(scoring, "scoring");
    }

    /**
     * Waits over 5 minutes, touchpoints chosen from the data, the default scoring.
     *
     * @return the default settings
     */
    public static JourneyFeatures defaults() {
        return new JourneyFeatures(Duration.ofMinutes(5), List.of(), ScoringSettings.DEFAULTS);
    }

    /**
     * Builds the table.
     *
     * @param journeys the journeys; those with no NPS answer, or whose first NPS answer is their first interaction, are
     *        skipped and counted
     * @return one row per remaining journey: the features of the interactions before its first NPS answer, and that
     *        answer
     */
    public JourneyFeatureTable table(List<Journey> journeys) {
        List<Journey> before = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        int skipped = 0;
        for (Journey j : journeys) {
            int at = -1;
            int score = -1;
            List<Interaction> in = j.interactions();
            for (int k = 0; k < in.size() && at < 0; k++) {
                var nps = in.get(k).feedback(Feedback.Nps.class);
                if (nps.isPresent()) {
                    at = k;
                    score = nps.get().score();
                }
            }
            if (at <= 0) {
                skipped++;
                continue;
            }
            before.add(new Journey(j.id(), j.customer(), in.subList(0, at)));
            answers.add(score);
        }
        List<String> tps = touchpoints.isEmpty() ? frequent(before) : touchpoints;
        List<String> names = names(tps);
        int n = before.size();
        double[][] cols = columns(before, tps);
        double[] score = new double[n];
        double[] detractor = new double[n];
        double[] neg = new double[n];
        double[] pos = new double[n];
        double[] length = new double[n];
        for (int i = 0; i < n; i++) {
            Journey j = before.get(i);
            score[i] = answers.get(i);
            // Feedback.Nps is always on the 0-10 scale, so the standard breaks are the ones that apply.
            detractor[i] = NpsBreaks.STANDARD.isDetractor(answers.get(i)) ? 1 : 0;
            length[i] = j.size();
            for (Interaction x : j.interactions()) {
                Double ov = x.outcome().map(scoring.outcomeValence()::get).orElse(null);
                if (ov != null) {
                    neg[i] += ov < 0 ? 1 : 0;
                    pos[i] += ov > 0 ? 1 : 0;
                }
                for (Feedback f : x.feedback()) {
                    OptionalDouble v = FeedbackValence.of(f);
                    if (v.isPresent()) {
                        neg[i] += v.getAsDouble() < 0 ? 1 : 0;
                        pos[i] += v.getAsDouble() > 0 ? 1 : 0;
                    }
                }
            }
        }
        return new JourneyFeatureTable(names, cols, score, detractor, neg, pos, length, n, skipped);
    }

    private static List<String> names(List<String> tps) {
        List<String> names = new ArrayList<>();
        for (String tp : tps) {
            names.add("visited:" + tp);
        }
        names.addAll(List.of("repeat_contacts", "transfers", "long_wait", "channel_switches", "length",
                "effort_penalty"));
        return names;
    }

    /** The feature columns of {@link #names}, one row per journey (already cut to what counts). */
    private double[][] columns(List<Journey> before, List<String> tps) {
        int n = before.size();
        double[][] cols = new double[tps.size() + 6][n];
        ExperienceScorer scorer = new ExperienceScorer(scoring);
        for (int i = 0; i < n; i++) {
            Journey j = before.get(i);
            List<String> ids = j.touchpointIds();
            for (int t = 0; t < tps.size(); t++) {
                cols[t][i] = ids.contains(tps.get(t)) ? 1 : 0;
            }
            int c = tps.size();
            cols[c][i] = j.effort().repeats();
            cols[c + 1][i] = j.effort().transfers();
            cols[c + 2][i] = longWait(j) ? 1 : 0;
            cols[c + 3][i] = j.channelSwitches();
            cols[c + 4][i] = j.size();
            JourneyScore s = scorer.score(j);
            cols[c + 5][i] = s.penalty();
        }
        return cols;
    }

    /**
     * Builds the table for "did the customer churn after this journey", with churn defined as the {@code churn}
     * metric ({@link io.cxkit.metrics.retention.ChurnRate}) defines a lost customer, applied from each journey's
     * month: a journey whose last interaction falls in calendar month M (in {@code zone}) is followed by churn if
     * the customer, after the journey, ends an interaction with a churn outcome no later than the end of M + 1,
     * or has no interaction at all in M + 1. A journey that itself contains a churn outcome is churn, and its
     * features are those of the interactions before the first one (a journey that starts with it has none and is
     * skipped). Journeys whose month M + 1 is not complete in the data (after the last complete month, the
     * metric's rule: the month of the latest interaction if it falls on that month's last day, else the month
     * before) cannot be told apart from churn yet and are left out as censored.
     *
     * @param journeys all journeys of the data (a customer's activity is read from all of them)
     * @param churnOutcomes the outcomes that mean the customer left
     *        ({@link io.cxkit.metrics.retention.ChurnRate#DEFAULT_CHURN_OUTCOMES} by default)
     * @param zone where months are cut
     * @return the features and the 0/1 churn outcome per journey
     */
    public JourneyOutcomeTable churnTable(List<Journey> journeys, Set<Outcome> churnOutcomes, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Set<Outcome> lost = Set.copyOf(churnOutcomes);
        Map<CustomerId, Set<YearMonth>> active = new HashMap<>();
        Map<CustomerId, List<Instant>> leaving = new HashMap<>();
        Instant latest = null;
        for (Journey j : journeys) {
            for (Interaction x : j.interactions()) {
                active.computeIfAbsent(x.customerId(), c -> new HashSet<>())
                        .add(YearMonth.from(x.timestamp().atZone(zone)));
                if (x.outcome().isPresent() && lost.contains(x.outcome().get())) {
                    leaving.computeIfAbsent(x.customerId(), c -> new ArrayList<>()).add(x.timestamp());
                }
                if (latest == null || x.timestamp().isAfter(latest)) {
                    latest = x.timestamp();
                }
            }
        }
        YearMonth lastComplete = null;
        if (latest != null) {
            LocalDate day = latest.atZone(zone).toLocalDate();
            YearMonth m = YearMonth.from(day);
            lastComplete = day.equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
        }
        List<Journey> before = new ArrayList<>();
        List<Double> churned = new ArrayList<>();
        int skipped = 0;
        int censored = 0;
        for (Journey j : journeys) {
            List<Interaction> in = j.interactions();
            if (in.isEmpty()) {
                skipped++;
                continue;
            }
            int cut = -1;
            for (int k = 0; k < in.size() && cut < 0; k++) {
                if (in.get(k).outcome().isPresent() && lost.contains(in.get(k).outcome().get())) {
                    cut = k;
                }
            }
            if (cut == 0) {
                skipped++;
                continue;
            }
            double y;
            if (cut > 0) {
                y = 1;
            } else {
                Instant end = j.end();
                YearMonth m = YearMonth.from(end.atZone(zone));
                YearMonth next = m.plusMonths(1);
                if (lastComplete == null || next.isAfter(lastComplete)) {
                    censored++;
                    continue;
                }
                Instant limit = next.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
                boolean left = leaving.getOrDefault(j.customer(), List.of()).stream()
                        .anyMatch(t -> !t.isBefore(end) && t.isBefore(limit));
                y = left || !active.getOrDefault(j.customer(), Set.of()).contains(next) ? 1 : 0;
            }
            before.add(cut > 0 ? new Journey(j.id(), j.customer(), in.subList(0, cut)) : j);
            churned.add(y);
        }
        List<String> tps = touchpoints.isEmpty() ? frequent(before) : touchpoints;
        double[] y = churned.stream().mapToDouble(Double::doubleValue).toArray();
        return new JourneyOutcomeTable("churn", names(tps), columns(before, tps), y, before.size(), skipped,
                censored, "lost in the journey's month or the next (churn outcome " + lost.stream()
                .map(Outcome::name).sorted().toList() + ", or no interaction in the next month; months in "
                + zone + ", last complete month " + (lastComplete == null ? "none" : lastComplete) + ")");
    }

    private boolean longWait(Journey j) {
        for (Interaction x : j.interactions()) {
            String w = x.attributes().get(scoring.waitAttribute());
            if (w != null) {
                try {
                    if (Double.parseDouble(w.strip()) > waitOver.toSeconds()) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // A non-numeric wait did not wait, as the journey scoring reads it.
                }
            }
        }
        return false;
    }

    private static List<String> frequent(List<Journey> journeys) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Journey j : journeys) {
            for (String tp : new java.util.TreeSet<>(j.touchpointIds())) {
                seen.merge(tp, 1, Integer::sum);
            }
        }
        int min = Math.max(1, (int) Math.ceil(0.05 * journeys.size()));
        return seen.entrySet().stream().filter(e -> e.getValue() >= min && e.getValue() < journeys.size())
                .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey()))
                .limit(10).map(Map.Entry::getKey).sorted().toList();
    }
}
