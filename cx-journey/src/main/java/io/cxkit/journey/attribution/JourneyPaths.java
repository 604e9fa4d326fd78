package io.cxkit.journey.attribution;

import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns journeys into aggregated paths for attribution, with a chosen outcome as the conversion.
 *
 * <p>A journey converts if one of its interactions has the conversion outcome. Its path is the key of every
 * interaction up to and including the first converting one (touches after the conversion did not lead to it);
 * its value is that interaction's value amount, or 0 without one. A journey that does not convert is a null
 * along its whole path. Identical paths are summed into one row, rows in order of first appearance.
 */
public final class JourneyPaths {
    private JourneyPaths() {
    }

    /**
     * The channel name of an interaction: the default path key.
     *
     * @param i the interaction
     * @return the channel name of an interaction: the default path key
     */
    public static String channel(Interaction i) {
        return i.channel().name();
    }

    /**
     * Aggregates journeys into paths, keyed by channel.
     *
     * @param journeys the journeys
     * @param conversion the outcome that counts as a conversion
     * @return the paths, one per distinct sequence of channels
     * @throws IllegalArgumentException if conversion values come in more than one currency
     */
    public static List<ConversionPath> aggregate(List<Journey> journeys, Outcome conversion) {
        return aggregate(journeys, conversion, JourneyPaths::channel);
    }

    /**
     * Aggregates journeys into paths.
     *
     * @param journeys the journeys
     * @param conversion the outcome that counts as a conversion
     * @param key what a path step is: the channel, the touchpoint id, or any key of an interaction
     * @return the paths, one per distinct sequence of keys
     * @throws IllegalArgumentException if conversion values come in more than one currency (convert them
     *         first), or the key of an interaction is blank
     * @throws NullPointerException if an argument is null
     */
    public static List<ConversionPath> aggregate(List<Journey> journeys, Outcome conversion,
            Function<Interaction, String> key) {
        Objects.requireNonNull(journeys, "journeys must not be null");
        Objects.requireNonNull(conversion, "conversion must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        Optional<Currency> currency = Optional.empty();
        for (Journey j : journeys) {
            List<String> path = new ArrayList<>(j.size());
            Interaction converted = null;
            for (Interaction i : j.interactions()) {
                path.add(key.apply(i));
                if (i.outcome().equals(Optional.of(conversion))) {
                    converted = i;
                    break;
                }
            }
            double[] row = rows.computeIfAbsent(List.copyOf(path), p -> new double[3]);
            if (converted == null) {
                row[2] += 1;
                continue;
            }
            row[0] += 1;
            Optional<Money> value = converted.value();
            if (value.isPresent()) {
                Currency c = value.get().currency();
                if (currency.isPresent() && !currency.get().equals(c)) {
                    throw new IllegalArgumentException("conversion values must be in one currency, found "
                            + currency.get() + " and " + c + " (interaction " + converted.id() + ")");
                }
                currency = Optional.of(c);
                row[1] += value.get().amount().doubleValue();
            }
        }
        List<ConversionPath> out = new ArrayList<>(rows.size());
        rows.forEach((p, r) -> out.add(new ConversionPath(p, r[0], r[1], r[2])));
        return List.copyOf(out);
    }
}
