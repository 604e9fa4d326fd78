package io.cxkit.segments;

import io.cxkit.core.Interaction;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.map.Variant;
import io.cxkit.journey.map.Variants;
import io.cxkit.journey.scoring.PainPoint;
import io.cxkit.journey.scoring.PainPoints;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Dimension;
import io.cxkit.metrics.breakdown.Group;
import io.cxkit.metrics.survey.Ces;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.text.KeyPhrases;
import io.cxkit.text.PhraseCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Persona cards: for each segment, who is in it (size, revenue and CLV share, purchases), how they reach us (top
 * channels), what they say (NPS, CSAT, CES with intervals, against the whole base), where it hurts (top pain points
 * of their journeys) and how many are at risk, with a templated description built only from those figures.
 *
 * <p>Top variants are the journeys' touchpoint sequences as cx-journey's {@code Variants} counts them; top topics
 * are the key phrases of cx-text's {@code KeyPhrases} (1–3-word phrases, stop words removed, plurals folded) in
 * the segment's comments, with at least 5 comments needed for any.
 *
 * <p>NPS, CSAT and CES are the standard metrics of cx-metrics ({@link Nps#standard()}, {@link Csat#standard()},
 * {@link Ces#standard()}), computed per segment as a breakdown by a customer → segment dimension, so the same
 * intervals as {@code cx metrics} apply. A segment metric is called different from the base in the description
 * only when the two intervals do not overlap (a conservative reading).
 */
public final class Personas {
    private Personas() {
    }

    /**
     * A dimension that groups interactions by their customer's segment; customers without one are {@code (none)}.
     *
     * @param name the name
     * @param segmentOf each customer's segment
     * @return a dimension that groups interactions by their customer's segment; customers without one are {@code
     *         (none)}
     */
    public static Dimension dimension(String name, Map<String, String> segmentOf) {
        Map<String, String> copy = Map.copyOf(segmentOf);
        return new Dimension() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String valueOf(Interaction i) {
                return copy.getOrDefault(i.customerId().value(), NONE);
            }
        };
    }

    /**
     * Builds one card per segment, largest first.
     *
     * @param customers every customer's features
     * @param segmentOf each customer's segment
     * @param interactions the interactions again (a second pass), for the answer metrics
     * @param journeys the customers' journeys for pain points (may be empty: then no pain points)
     * @param atRisk customers in the at-risk list (may be empty: then no at-risk share)
     * @return the cards, largest segment first
     * @throws IllegalArgumentException if no customer has a segment
     */
    public static List<PersonaCard> build(List<CustomerFeatures> customers, Map<String, String> segmentOf,
            Iterable<Interaction> interactions, List<Journey> journeys, Set<String> atRisk) {
        Objects.requireNonNull(interactions, "interactions");
        List<Metric<?>> metrics = List.of(Nps.standard(), Csat.standard(), Ces.standard());
        Breakdown bySegment = Breakdown.of(metrics, List.of(dimension("segment", segmentOf)));
        Breakdown all = Breakdown.of(metrics, List.of());
        for (Interaction i : interactions) {
            bySegment.add(i);
            all.add(i);
        }
        Map<String, Estimate> overall = answered(all.groups().isEmpty() ? Map.of() : all.groups().get(0).estimates());
        Map<String, Map<String, Estimate>> perSegment = new HashMap<>();
        for (Group g : bySegment.groups()) {
            perSegment.put(g.key().get("segment"), answered(g.estimates()));
        }
        Map<String, List<CustomerFeatures>> members = new LinkedHashMap<>();
        double totalSpend = 0;
        double totalClv = 0;
        boolean clv = false;
        for (CustomerFeatures c : customers) {
            totalSpend += c.monetary();
            Double v = c.scores().get("clv");
            if (v != null) {
                clv = true;
                totalClv += v;
            }
            String s = segmentOf.get(c.customer());
            if (s != null) {
                members.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no customer of " + customers.size() + " has a segment");
        }
        Map<String, KeyPhrases.Counter> topics = new HashMap<>();
        for (Interaction i : interactions) {
            String seg = segmentOf.get(i.customerId().value());
            if (seg != null) {
                topics.computeIfAbsent(seg, k -> KeyPhrases.defaults().newCounter()).add(i);
            }
        }
        Map<String, List<Journey>> journeysOf = new HashMap<>();
        for (Journey j : journeys) {
            String s = segmentOf.get(j.customer().value());
            if (s != null) {
                journeysOf.computeIfAbsent(s, k -> new ArrayList<>()).add(j);
            }
        }
        List<PersonaCard> cards = new ArrayList<>();
        for (Map.Entry<String, List<CustomerFeatures>> e : members.entrySet()) {
            cards.add(card(e.getKey(), e.getValue(), customers.size(), totalSpend, clv ? totalClv : Double.NaN,
                    perSegment.getOrDefault(e.getKey(), Map.of()), overall,
                    journeysOf.getOrDefault(e.getKey(), List.of()), topics.get(e.getKey()), atRisk));
        }
        cards.sort((a, b) -> a.customers() != b.customers() ? Integer.compare(b.customers(), a.customers())
                : a.segment().compareTo(b.segment()));
        return cards;
    }

    private static Map<String, Estimate> answered(Map<String, Estimate> m) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v.n() > 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static PersonaCard card(String name, List<CustomerFeatures> members, int base, double totalSpend,
            double totalClv, Map<String, Estimate> metrics, Map<String, Estimate> overall, List<Journey> journeys,
            KeyPhrases.Counter topicCounter, Set<String> atRisk) {
        double spend = 0;
        double clv = 0;
        int withClv = 0;
        double purchases = 0;
        double interactions = 0;
        Map<String, Double> channelUses = new HashMap<>();
        int risky = 0;
        for (CustomerFeatures c : members) {
            spend += c.monetary();
            Double own = c.scores().get("clv");
            if (own != null) {
                clv += own;
                withClv++;
            }
            purchases += c.purchases();
            interactions += c.interactions();
            for (Map.Entry<String, Double> s : c.channelShares().entrySet()) {
                channelUses.merge(s.getKey(), s.getValue() * c.interactions(), Double::sum);
            }
            if (atRisk.contains(c.customer())) {
                risky++;
            }
        }
        final double all = interactions;
        List<PersonaCard.Share> channels = channelUses.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Double.compare(b.getValue(), a.getValue()))
                .limit(3).map(x -> new PersonaCard.Share(x.getKey(), x.getValue() / all)).toList();
        List<String> pains = new ArrayList<>();
        if (journeys.size() >= 20) {
            for (PainPoint p : PainPoints.withDefaults().analyze(journeys).painPoints()) {
                if (pains.size() == 3) {
                    break;
                }
                pains.add(p.label());
            }
        }
        List<PersonaCard.Share> variants = new ArrayList<>();
        if (!journeys.isEmpty()) {
            for (Variant v : Variants.of(EventLog.ofJourneys(journeys, i -> i.touchpoint().id())).all()) {
                if (variants.size() == 3) {
                    break;
                }
                variants.add(new PersonaCard.Share(String.join(" > ", v.activities()), v.share()));
            }
        }
        List<PersonaCard.Share> topicShares = new ArrayList<>();
        if (topicCounter != null && topicCounter.documents() >= 5) {
            for (PhraseCount pc : topicCounter.top(3)) {
                topicShares.add(new PersonaCard.Share(pc.phrase(), pc.share()));
            }
        }
        int n = members.size();
        double customerShare = (double) n / base;
        double revenueShare = totalSpend > 0 ? spend / totalSpend : Double.NaN;
        OptionalDouble clvShare = Double.isNaN(totalClv) || totalClv <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(clv / totalClv);
        OptionalDouble riskShare = atRisk.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) risky / n);
        String text = describe(name, n, customerShare, revenueShare, clvShare, purchases / n, channels, metrics,
                overall, topicShares, pains, riskShare);
        OptionalDouble meanClv = withClv == 0 ? OptionalDouble.empty() : OptionalDouble.of(clv / withClv);
        return new PersonaCard(name, n, customerShare, revenueShare, clvShare, meanClv, purchases / n, channels, metrics,
                overall, variants, topicShares, pains, riskShare, text);
    }

    private static String describe(String name, int n, double customerShare, double revenueShare,
            OptionalDouble clvShare, double meanPurchases, List<PersonaCard.Share> channels, Map<String, Estimate> metrics,
            Map<String, Estimate> overall, List<PersonaCard.Share> topics, List<String> pains,
            OptionalDouble riskShare) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d customers (%.0f%% of the base", name, n, 100 * customerShare));
        if (!Double.isNaN(revenueShare)) {
            b.append(String.format(Locale.ROOT, ", %.0f%% of revenue", 100 * revenueShare));
        }
        if (clvShare.isPresent()) {
            b.append(String.format(Locale.ROOT, ", %.0f%% of expected CLV", 100 * clvShare.getAsDouble()));
        }
        b.append(String.format(Locale.ROOT, "), %.1f purchases each.", meanPurchases));
        if (!channels.isEmpty()) {
            PersonaCard.Share top = channels.get(0);
            b.append(String.format(Locale.ROOT, " %s %s interactions (%.0f%%).",
                    top.share() >= 0.5 ? "Mostly" : "Most often", top.name(), 100 * top.share()));
        }
        Estimate nps = metrics.get(Nps.NAME);
        Estimate base = overall.get(Nps.NAME);
        if (nps != null && nps.interval().isPresent()) {
            b.append(String.format(Locale.ROOT, " NPS %.0f [%.0f, %.0f] (n %d)", 100 * nps.value(),
                    100 * nps.interval().get().lower(), 100 * nps.interval().get().upper(), nps.n()));
            if (base != null) {
                b.append(String.format(Locale.ROOT, " against %.0f overall", 100 * base.value()));
                if (base.interval().isPresent()) {
                    boolean above = nps.interval().get().lower() > base.interval().get().upper();
                    boolean below = nps.interval().get().upper() < base.interval().get().lower();
                    b.append(above ? ", clearly higher" : below ? ", clearly lower" : "");
                }
            }
            b.append('.');
        } else {
            b.append(" No NPS answers.");
        }
        if (!topics.isEmpty()) {
            b.append(String.format(Locale.ROOT, " Their comments most often mention \"%s\" (%.0f%% of comments).",
                    topics.get(0).name(), 100 * topics.get(0).share()));
        }
        if (!pains.isEmpty()) {
            b.append(" Top pain point: ").append(pains.get(0)).append('.');
        }
        if (riskShare.isPresent()) {
            b.append(String.format(Locale.ROOT, " %.0f%% at risk.", 100 * riskShare.getAsDouble()));
        }
        return b.toString();
    }
}
