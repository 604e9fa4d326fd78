package io.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.attribution.JourneyPaths;
import io.cxkit.journey.attribution.MarkovAttribution;
import io.cxkit.journey.attribution.MarkovCredit;
import io.cxkit.journey.attribution.MarkovResult;
import io.cxkit.journey.attribution.PathCounts;
import io.cxkit.journey.map.DirectlyFollowsGraph;
import io.cxkit.journey.map.Edge;
import io.cxkit.journey.map.JourneyMapState;
import io.cxkit.journey.map.VariantCounts;
import io.cxkit.journey.map.Variants;
import io.cxkit.metrics.MergeableState;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.CustomerSummaryState;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.Transaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journey map, variants, Markov attribution and CLV summary table over the generated sample, computed on
 * {@code local[2]} from the mergeable states, equal the single-JVM results. The interactions are shuffled and
 * spread over four partitions, so one customer's interactions sit in different partitions: the CLV state merges
 * them as they come (it is keyed by customer); the journey states are built per customer after a
 * {@code groupByKey} (a case's events must be together and in time order), then merged by
 * {@link StateAggregator#merging}.
 */
class SparkJourneyStatesTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(40).seed(31L).build()
            .generateList();
    static final LocalDate CLV_END = LocalDate.of(2025, 9, 30);
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("cxkit-states-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static JourneyMapState map() {
        return JourneyMapState.of("touchpoint");
    }

    static VariantCounts variants() {
        return new VariantCounts("touchpoint");
    }

    static PathCounts paths() {
        return PathCounts.byChannel(Outcome.CONVERTED);
    }

    static CustomerSummaryState clv() {
        return new CustomerSummaryState(PeriodUnit.WEEK, CLV_END);
    }

    /** One customer's journeys: interactions in the sample's order (timestamp, then id), cut by journey id. */
    static List<Journey> journeys(Iterator<Interaction> customer) {
        List<Interaction> list = new ArrayList<>();
        customer.forEachRemaining(list::add);
        list.sort(SampleGenerator.ORDER);
        return JourneyCutter.byJourneyId().cut(list);
    }

    static EventLog log(List<Journey> journeys) {
        return EventLog.ofJourneys(journeys, i -> i.touchpoint().id());
    }

    /** Groups by customer, builds one state per customer, merges the states, and decodes the result. */
    static <S extends MergeableState<S>> S perCustomerThenMerge(Dataset<Interaction> ds,
            StateAggregator.Factory<S> factory, StateAggregator.Adder<S, List<Journey>> fill) {
        Dataset<byte[]> states = ds.groupByKey((MapFunction<Interaction, String>) i -> i.customerId().value(),
                Encoders.STRING()).mapGroups((MapGroupsFunction<String, Interaction, byte[]>) (customer, it) -> {
                    S s = factory.empty();
                    fill.add(s, journeys(it));
                    return MergeableState.encode(s);
                }, Encoders.BINARY());
        byte[] merged = states.select(StateAggregator.merging(factory).toColumn()).first();
        return MergeableState.decode(factory.empty(), merged);
    }

    @Test
    void journeyMapVariantsMarkovAndClvOnSparkEqualTheSingleJvmResults() {
        List<Interaction> input = new ArrayList<>(SAMPLE);
        Collections.shuffle(input, new Random(9));
        Dataset<Interaction> ds = spark.createDataset(input, CxEncoders.interaction()).repartition(4).cache();
        assertThat(customersInSeveralPartitions(ds)).as("customers whose interactions are split").isPositive();

        JourneyMapState map = perCustomerThenMerge(ds, SparkJourneyStatesTest::map, (s, j) -> s.add(log(j)));
        VariantCounts variants = perCustomerThenMerge(ds, SparkJourneyStatesTest::variants,
                (s, j) -> s.add(log(j)));
        PathCounts paths = perCustomerThenMerge(ds, SparkJourneyStatesTest::paths, (s, j) -> j.forEach(s::add));
        byte[] clvFrame = ds.select(StateAggregator.<Interaction, CustomerSummaryState>of(
                SparkJourneyStatesTest::clv, (s, i) -> Transaction.of(i, ZoneOffset.UTC).ifPresent(s::add))
                .toColumn()).first();
        CustomerSummaryState clv = MergeableState.decode(clv(), clvFrame);

        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        EventLog log = log(journeys);
        assertSameMap(DirectlyFollowsGraph.of(log), map.graph(), map.relativeAccuracy());
        assertThat(variants.all()).isEqualTo(Variants.of(log).all());
        for (int order = 1; order <= 2; order++) {
            assertSameMarkov(MarkovAttribution.ofOrder(order).attribute(
                    JourneyPaths.aggregate(journeys, Outcome.CONVERTED)), paths.markov(order));
        }
        List<CustomerSummary> expected = new ArrayList<>(new CustomerSummarizer(PeriodUnit.WEEK, CLV_END)
                .summarize(CustomerSummarizer.transactionsOf(SAMPLE, ZoneOffset.UTC)));
        expected.sort(Comparator.comparing(CustomerSummary::customer));
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(clv.summaries()).isEqualTo(expected);
        assertThat(clv.count()).isEqualTo(CustomerSummarizer.transactionsOf(SAMPLE, ZoneOffset.UTC).size());
    }

    @Test
    void aStateBufferOfAnotherConfigurationIsRefused() throws Exception {
        StateAggregator<Interaction, CustomerSummaryState> weeks = StateAggregator.of(SparkJourneyStatesTest::clv,
                (s, i) -> Transaction.of(i, ZoneOffset.UTC).ifPresent(s::add));
        StateAggregator.Buffer<CustomerSummaryState> buffer = weeks.zero();
        SAMPLE.forEach(i -> weeks.reduce(buffer, i));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(buffer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            StateAggregator.Buffer<CustomerSummaryState> back =
                    (StateAggregator.Buffer<CustomerSummaryState>) in.readObject();
            assertThat(back.state().summaries()).isEqualTo(buffer.state().summaries());
        }
        byte[] frame = weeks.finish(buffer);
        CustomerSummaryState days = new CustomerSummaryState(PeriodUnit.DAY, CLV_END);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MergeableState.decode(days, frame))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("unit");
    }

    private static long customersInSeveralPartitions(Dataset<Interaction> ds) {
        // One "partition customer" row per customer and partition, built on the executors.
        List<String> rows = ds.mapPartitions((MapPartitionsFunction<Interaction, String>) it -> {
            Set<String> customers = new HashSet<>();
            it.forEachRemaining(i -> customers.add(i.customerId().value()));
            int partition = TaskContext.getPartitionId();
            return customers.stream().map(c -> partition + " " + c).iterator();
        }, Encoders.STRING()).collectAsList();
        Map<String, Set<String>> where = new HashMap<>();
        for (String r : rows) {
            String[] pc = r.split(" ", 2);
            where.computeIfAbsent(pc[1], k -> new HashSet<>()).add(pc[0]);
        }
        return where.values().stream().filter(x -> x.size() > 1).count();
    }

    /**
     * Counts, means, standard deviations and extremes exactly; each edge's median and p90 within the sketch's
     * documented error, relative accuracy alpha of the exact (interpolated) quantile.
     */
    static void assertSameMap(DirectlyFollowsGraph expected, DirectlyFollowsGraph actual, double alpha) {
        assertThat(actual.cases()).isEqualTo(expected.cases());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.start()).containsExactlyEntriesOf(expected.start());
        assertThat(actual.end()).containsExactlyEntriesOf(expected.end());
        assertThat(actual.nodes()).isEqualTo(expected.nodes());
        assertThat(actual.edges()).hasSameSizeAs(expected.edges());
        for (int k = 0; k < expected.edges().size(); k++) {
            Edge e = expected.edges().get(k);
            Edge a = actual.edges().get(k);
            assertThat(List.of(a.from(), a.to(), a.count())).isEqualTo(List.of(e.from(), e.to(), e.count()));
            assertThat(a.timing().meanSeconds()).isEqualTo(e.timing().meanSeconds());
            assertThat(a.timing().stdevSeconds()).isEqualTo(e.timing().stdevSeconds());
            assertThat(a.timing().minSeconds()).isEqualTo(e.timing().minSeconds());
            assertThat(a.timing().maxSeconds()).isEqualTo(e.timing().maxSeconds());
            double m = e.timing().medianSeconds();
            double p90 = e.timing().p90Seconds();
            assertThat(a.timing().medianSeconds()).as("median of %s > %s", e.from(), e.to())
                    .isCloseTo(m, within(alpha * m + 1e-9));
            assertThat(a.timing().p90Seconds()).as("p90 of %s > %s", e.from(), e.to())
                    .isCloseTo(p90, within(alpha * p90 + 1e-9));
        }
    }

    static void assertSameMarkov(MarkovResult expected, MarkovResult actual) {
        assertThat(expected.totalConversions()).isPositive();
        assertThat(actual.totalConversions()).isEqualTo(expected.totalConversions());
        assertThat(actual.conversionProbability()).isCloseTo(expected.conversionProbability(), within(1e-12));
        assertThat(actual.channels()).hasSameSizeAs(expected.channels());
        for (MarkovCredit e : expected.channels()) {
            MarkovCredit a = actual.channels().stream().filter(c -> c.channel().equals(e.channel())).findFirst()
                    .orElseThrow();
            assertThat(a.removalEffect()).as(e.channel()).isCloseTo(e.removalEffect(), within(1e-12));
            assertThat(a.conversions()).as(e.channel()).isCloseTo(e.conversions(),
                    within(1e-12 * Math.max(1, e.conversions())));
            assertThat(a.value()).as(e.channel()).isCloseTo(e.value(), within(1e-12 * Math.max(1, e.value())));
        }
    }
}
