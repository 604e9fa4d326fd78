package io.cxkit.journey.attribution;

import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The mergeable state of attribution: journeys aggregated into conversion paths, by the rules of
 * {@link JourneyPaths} (a journey's path is the key of each interaction up to and including its first conversion;
 * a converting journey adds one conversion and that interaction's value, any other adds one null). Parts built on
 * different workers merge into the paths of all journeys; {@link #paths()} and {@link #markov(int)} then run on the
 * driver, over the merged state.
 *
 * <p><b>Why paths, not transition counts.</b> An order-k Markov chain's transition counts are a function of the
 * path counts (every window of k channels of every path, weighted by its journeys), and so are the mean conversion
 * values per last channel that value attribution needs and the heuristic models' credits. Path counts are
 * therefore the sufficient state for every order at once; their size is the number of distinct paths, which
 * collapsing repeats keeps small in practice (the chain itself, {@link MarkovResult#transitionMatrix()}, is built
 * from them on the driver).
 *
 * <p><b>Exactness.</b> Conversions and nulls are integer counts and values are exact decimal sums, so the merged
 * state does not depend on how the journeys were split. {@link #markov(int)} equals
 * {@code MarkovAttribution.ofOrder(k).attribute(JourneyPaths.aggregate(journeys, conversion, key))} to round-off
 * (1e-12 relative): the single-JVM paths sum values as doubles in input order and list paths in order of first
 * appearance, while this state lists them sorted.
 *
 * <p>A journey is a unit: the engine groups a customer's interactions (or a journey's) before cutting journeys and
 * adding them. The configuration is the step name (what the key function returns, e.g. {@code channel}) and the
 * conversion outcome; the key function itself is not encoded, so a state is decoded into one built with the same
 * function. Conversion values must share one currency ({@link #merge} refuses two) and not be negative (attribution
 * credits value shares). Not thread-safe.
 */
public final class PathCounts implements MergeableState<PathCounts> {
    /** The frame name of this state. */
    public static final String KIND = "conversion-paths";
    private static final int VERSION = 1;
    private static final int MAX_SCALE = 1100;
    private static final int MAX_UNSCALED_BYTES = 4096;
    private static final Comparator<List<String>> SEQUENCE = (x, y) -> {
        int n = Math.min(x.size(), y.size());
        for (int k = 0; k < n; k++) {
            int c = x.get(k).compareTo(y.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    /** Per path: conversions, nulls, and the exact sum of conversion values. */
    private static final class Row {
        long conversions;
        long nulls;
        BigDecimal value = BigDecimal.ZERO;
    }

    private final Outcome conversion;
    private final String step;
    private final Function<Interaction, String> key;
    private final TreeMap<List<String>, Row> rows = new TreeMap<>(SEQUENCE);
    private Optional<Currency> currency = Optional.empty();
    private long journeys;

    /**
     * An empty state.
     *
     * @param conversion the outcome that counts as a conversion
     * @param step the name of a path step, e.g. {@code channel} or {@code touchpoint}: recorded in the
     *        configuration
     * @param key the function that gives a step of an interaction; it must match {@code step}
     * @throws IllegalArgumentException if the step name is blank
     */
    public PathCounts(Outcome conversion, String step, Function<Interaction, String> key) {
        this.conversion = Objects.requireNonNull(conversion, "conversion must not be null");
        this.step = Objects.requireNonNull(step, "step must not be null");
        this.key = Objects.requireNonNull(key, "key must not be null");
        if (step.isBlank()) {
            throw new IllegalArgumentException("step name of a path state must not be blank");
        }
    }

    /**
     * An empty state whose steps are channels ({@link JourneyPaths#channel}).
     *
     * @param conversion the outcome that counts as a conversion
     * @return the state
     */
    public static PathCounts byChannel(Outcome conversion) {
        return new PathCounts(conversion, "channel", JourneyPaths::channel);
    }

    /**
     * Adds one journey.
     *
     * @param journey a whole journey, in time order
     * @throws IllegalArgumentException if its conversion value is negative or in another currency than the values
     *         seen so far, or a step key is blank; the state is then unchanged
     */
    public void add(Journey journey) {
        Objects.requireNonNull(journey, "journey must not be null");
        List<String> path = new ArrayList<>(journey.size());
        Interaction converted = null;
        for (Interaction i : journey.interactions()) {
            path.add(key.apply(i));
            if (i.outcome().equals(Optional.of(conversion))) {
                converted = i;
                break;
            }
        }
        List<String> channels = new ConversionPath(path, 0, 0, 0).channels();
        Optional<Money> value = converted == null ? Optional.empty() : converted.value();
        if (value.isPresent()) {
            Money m = value.get();
            if (m.amount().signum() < 0) {
                throw new IllegalArgumentException("conversion value of interaction " + converted.id()
                        + " must not be negative for attribution, was " + m.amount());
            }
            if (currency.isPresent() && !currency.get().equals(m.currency())) {
                throw new IllegalArgumentException("conversion values must be in one currency, found "
                        + currency.get() + " and " + m.currency() + " (interaction " + converted.id() + ")");
            }
            currency = Optional.of(m.currency());
        }
        Row r = rows.computeIfAbsent(channels, k -> new Row());
        if (converted == null) {
            r.nulls++;
        } else {
            r.conversions++;
            if (value.isPresent()) {
                r.value = r.value.add(value.get().amount());
            }
        }
        journeys++;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("step", step);
        c.put("conversion", conversion.name());
        return c;
    }

    @Override
    public PathCounts empty() {
        return new PathCounts(conversion, step, key);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the states differ in step or conversion (naming both values), or their
     *         values are in different currencies; this state is then unchanged
     */
    @Override
    public void merge(PathCounts other) {
        MergeableState.requireSameConfiguration(this, other);
        PathCounts from = other == this ? MergeableState.copy(this) : other;
        if (currency.isPresent() && from.currency.isPresent() && !currency.equals(from.currency)) {
            throw new IllegalArgumentException("cannot merge path states whose conversion values are in "
                    + currency.get() + " (this state) and " + from.currency.get() + " (the other state)");
        }
        if (currency.isEmpty()) {
            currency = from.currency;
        }
        from.rows.forEach((p, o) -> {
            Row r = rows.computeIfAbsent(p, k -> new Row());
            r.conversions += o.conversions;
            r.nulls += o.nulls;
            r.value = r.value.add(o.value);
        });
        journeys += from.journeys;
    }

    /** The number of journeys added. */
    @Override
    public long count() {
        return journeys;
    }

    /**
     * The currency of the conversion values, once a value has been seen.
     *
     * @return the conversion values' currency; empty until a conversion with a value has been added
     */
    public Optional<Currency> currency() {
        return currency;
    }

    /**
     * The aggregated paths, sorted by path (channel name by channel name, the shorter first), each value rounded
     * once from its exact sum.
     *
     * @return the paths
     */
    public List<ConversionPath> paths() {
        List<ConversionPath> out = new ArrayList<>(rows.size());
        rows.forEach((p, r) -> out.add(new ConversionPath(p, r.conversions, r.value.doubleValue(), r.nulls)));
        return List.copyOf(out);
    }

    /**
     * Markov-chain attribution of the merged paths, solved once here (on the driver).
     *
     * @param order the Markov order, 1..4
     * @return the credits
     * @throws IllegalArgumentException as {@link MarkovAttribution#ofOrder} and {@link MarkovAttribution#attribute}
     */
    public MarkovResult markov(int order) {
        return MarkovAttribution.ofOrder(order).attribute(paths());
    }

    /**
     * Payload, version 1: long journeys, UTF currency code (empty for none), int paths; per path in order: int
     * length, each step as UTF, long conversions, long nulls, the value as int scale, int length, unscaled bytes.
     */
    @Override
    public void writePayload(DataOutput out) throws IOException {
        out.writeLong(journeys);
        out.writeUTF(currency.map(Currency::getCurrencyCode).orElse(""));
        out.writeInt(rows.size());
        for (Map.Entry<List<String>, Row> e : rows.entrySet()) {
            out.writeInt(e.getKey().size());
            for (String s : e.getKey()) {
                out.writeUTF(s);
            }
            Row r = e.getValue();
            out.writeLong(r.conversions);
            out.writeLong(r.nulls);
            out.writeInt(r.value.scale());
            byte[] unscaled = r.value.unscaledValue().toByteArray();
            out.writeInt(unscaled.length);
            out.write(unscaled);
        }
    }

    @Override
    public PathCounts readPayload(DataInput in, int version) throws IOException {
        PathCounts s = empty();
        s.journeys = MergeableState.readCount(in, "path journeys", (long) PathTotals.MAX_COUNT);
        String code = in.readUTF();
        if (!code.isEmpty()) {
            try {
                s.currency = Optional.of(Currency.getInstance(code));
            } catch (IllegalArgumentException e) {
                throw new StateFormatException("path state currency '" + code + "' is not an ISO 4217 code", e);
            }
        }
        int n = MergeableState.readSize(in, "paths", Integer.MAX_VALUE);
        long total = 0;
        List<String> previous = null;
        for (int i = 0; i < n; i++) {
            int len = MergeableState.readSize(in, "path length", Integer.MAX_VALUE);
            // Grown as read, so that a garbage length fails at the end of the input, not in the allocator.
            List<String> stepList = new ArrayList<>();
            for (int k = 0; k < len; k++) {
                stepList.add(in.readUTF());
            }
            String[] steps = stepList.toArray(new String[0]);
            List<String> path;
            try {
                path = new ConversionPath(List.of(steps), 0, 0, 0).channels();
            } catch (IllegalArgumentException e) {
                throw new StateFormatException("path state holds an invalid path: " + e.getMessage(), e);
            }
            if (!path.equals(List.of(steps)) || (previous != null && SEQUENCE.compare(previous, path) >= 0)) {
                throw new StateFormatException("path " + path + " is out of order or not trimmed");
            }
            previous = path;
            Row r = new Row();
            r.conversions = MergeableState.readCount(in, "conversions of " + path, s.journeys);
            r.nulls = MergeableState.readCount(in, "nulls of " + path, s.journeys);
            int scale = in.readInt();
            int bytes = in.readInt();
            if (Math.abs((long) scale) > MAX_SCALE || bytes < 1 || bytes > MAX_UNSCALED_BYTES) {
                throw new StateFormatException("value of path " + path + " has scale " + scale + " and " + bytes
                        + " bytes");
            }
            byte[] unscaled = new byte[bytes];
            in.readFully(unscaled);
            r.value = new BigDecimal(new BigInteger(unscaled), scale);
            if (r.value.signum() < 0 || !Double.isFinite(r.value.doubleValue())
                    || r.conversions + r.nulls == 0 || (r.conversions == 0 && r.value.signum() != 0)) {
                throw new StateFormatException("path " + path + " has " + r.conversions + " conversions, "
                        + r.nulls + " nulls and value " + r.value);
            }
            total += r.conversions + r.nulls;
            if (total > s.journeys) {
                break;
            }
            s.rows.put(path, r);
        }
        if (total != s.journeys) {
            throw new StateFormatException("paths hold " + total + " journeys but the state counts " + s.journeys);
        }
        return s;
    }

    @Override
    public String toString() {
        return "PathCounts[" + configuration() + ", journeys=" + journeys + ", paths=" + rows.size() + "]";
    }
}
