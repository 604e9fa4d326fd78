package io.cxkit.segments;

import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.attribution.ConversionPath;
import io.cxkit.journey.attribution.JourneyPaths;
import io.cxkit.journey.attribution.MarkovAttribution;
import io.cxkit.journey.attribution.Transition;
import io.cxkit.journey.attribution.TransitionMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The next touchpoint that most raises a journey's probability of conversion, from the first-order Markov chain
 * that cx-journey's attribution fits over touchpoints.
 *
 * <p>Method. With the chain fitted on the journeys' touchpoint paths ({@link MarkovAttribution}, order 1), the
 * probability of eventually converting from a state s is the absorption probability
 * {@code p(s) = Σ_t P(s→t) · p(t)} with {@code p((conversion)) = 1} and {@code p((null)) = 0}, solved by
 * Gauss–Seidel sweeps to 1e-12. For a journey whose last touchpoint is s, each touchpoint t observed after s at
 * least {@code minSupport} times is a candidate, scored by {@code p(t)}: the probability of converting if the
 * next step is t. The recommendation is the candidate of highest {@code p(t)} (ties: the more frequent
 * transition, then the name), with its uplift {@code p(t) − p(s)}. Only touchpoints observed from s are
 * candidates, so nothing unseen is recommended.
 */
public final class NextBestTouchpoint {
    private final Map<String, Map<String, Double>> weights;
    private final Map<String, Double> conversion;
    private final int minSupport;

    private NextBestTouchpoint(Map<String, Map<String, Double>> weights, Map<String, Double> conversion,
            int minSupport) {
        this.weights = weights;
        this.conversion = conversion;
        this.minSupport = minSupport;
    }

    /**
     * Fits the chain.
     *
     * @param journeys the journeys, paths keyed by touchpoint id
     * @param conversionOutcome the outcome that counts as a conversion
     * @param minSupport the fewest observed transitions for a candidate, at least 1
     * @return the fitted chain
     * @throws IllegalArgumentException if there are no journeys or minSupport &lt; 1
     */
    public static NextBestTouchpoint fit(List<Journey> journeys, Outcome conversionOutcome, int minSupport) {
        if (minSupport < 1) {
            throw new IllegalArgumentException("minimum support must be at least 1, was " + minSupport);
        }
        if (journeys.isEmpty()) {
            throw new IllegalArgumentException("no journeys to fit the next-best-touchpoint chain on");
        }
        List<ConversionPath> paths = JourneyPaths.aggregate(journeys, conversionOutcome, i -> i.touchpoint().id());
        return fromMatrix(MarkovAttribution.ofOrder(1).attribute(paths).transitionMatrix(), minSupport);
    }

    /** From a fitted order-1 transition matrix. */
    static NextBestTouchpoint fromMatrix(TransitionMatrix m, int minSupport) {
        if (m.order() != 1) {
            throw new IllegalArgumentException("the next best touchpoint needs an order-1 chain, was order "
                    + m.order());
        }
        Map<String, Map<String, Double>> w = new HashMap<>();
        Map<String, Map<String, Double>> p = new HashMap<>();
        for (Transition t : m.transitions()) {
            w.computeIfAbsent(t.from(), k -> new HashMap<>()).put(t.to(), t.weight());
            p.computeIfAbsent(t.from(), k -> new HashMap<>()).put(t.to(), t.probability());
        }
        return new NextBestTouchpoint(w, absorption(p), minSupport);
    }

    private static Map<String, Double> absorption(Map<String, Map<String, Double>> p) {
        Map<String, Double> v = new HashMap<>();
        v.put(TransitionMatrix.CONVERSION, 1.0);
        v.put(TransitionMatrix.NULL, 0.0);
        for (String s : p.keySet()) {
            v.putIfAbsent(s, 0.0);
        }
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double change = 0;
            for (Map.Entry<String, Map<String, Double>> e : p.entrySet()) {
                double x = 0;
                for (Map.Entry<String, Double> t : e.getValue().entrySet()) {
                    x += t.getValue() * v.getOrDefault(t.getKey(), 0.0);
                }
                change = Math.max(change, Math.abs(x - v.get(e.getKey())));
                v.put(e.getKey(), x);
            }
            if (change < 1e-12) {
                break;
            }
        }
        return v;
    }

    /**
     * P(conversion) from a state (a touchpoint id, or {@code (start)}); empty for a state never seen.
     *
     * @param state a touchpoint id, or {@code (start)}
     * @return P(conversion) from a state (a touchpoint id, or {@code (start)}); empty for a state never seen
     */
    public Optional<Double> conversionProbability(String state) {
        return Optional.ofNullable(conversion.get(state));
    }

    /**
     * The recommendation after a journey's last touchpoint.
     *
     * @param current the last touchpoint id of the open journey
     * @return empty when the touchpoint was never seen or no next touchpoint has the minimum support
     */
    public Optional<Recommendation> after(String current) {
        Objects.requireNonNull(current, "current");
        Map<String, Double> next = weights.get(current);
        if (next == null) {
            return Optional.empty();
        }
        double base = conversion.getOrDefault(current, 0.0);
        List<Recommendation> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : next.entrySet()) {
            String t = e.getKey();
            if (t.equals(TransitionMatrix.CONVERSION) || t.equals(TransitionMatrix.NULL) || e.getValue() < minSupport) {
                continue;
            }
            double pt = conversion.getOrDefault(t, 0.0);
            candidates.add(new Recommendation(current, t, pt, base, pt - base, (long) Math.round(e.getValue())));
        }
        return candidates.stream().max((a, b) -> a.probability() != b.probability()
                ? Double.compare(a.probability(), b.probability())
                : a.support() != b.support() ? Long.compare(a.support(), b.support())
                : b.touchpoint().compareTo(a.touchpoint()));
    }

    /**
     * A recommended next touchpoint.
     *
     * @param from the journey's current touchpoint
     * @param touchpoint the recommended next touchpoint
     * @param probability P(conversion | next = touchpoint)
     * @param baseline P(conversion | current touchpoint), over all next steps as observed
     * @param uplift {@code probability − baseline}
     * @param support the observed transitions from → touchpoint
     */
    public record Recommendation(String from, String touchpoint, double probability, double baseline, double uplift,
            long support) {
    }
}
