package io.cxkit.beam;

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
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.CustomerSummaryState;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.Transaction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/**
 * The journey map, variants, Markov attribution and CLV summary table over the generated sample, computed on
 * Beam's DirectRunner (immutability and encodability checks on) from the mergeable states, equal the single-JVM
 * results. The interactions are shuffled and reshuffled at random, so one customer's interactions land in
 * different bundles: the CLV state merges them as they come (it is keyed by customer), and the journey states are
 * built per customer after a GroupByKey (a case's events must be together and in time order), then merged.
 */
class BeamJourneyStatesTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(40).seed(31L).build()
            .generateList();
    static final LocalDate CLV_END = LocalDate.of(2025, 9, 30);
    /** Each combined state, encoded, by name: the DirectRunner runs in this JVM. */
    static final Map<String, byte[]> RESULTS = new ConcurrentHashMap<>();

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

    /**
     * One customer's journeys: the interactions in the sample's order (timestamp, then id: the tie-break the
     * single-JVM cut gets from the input order), cut by journey id.
     */
    static List<Journey> journeys(Iterable<Interaction> customer) {
        List<Interaction> list = new ArrayList<>();
        customer.forEach(list::add);
        list.sort(SampleGenerator.ORDER);
        return JourneyCutter.byJourneyId().cut(list);
    }

    static EventLog log(List<Journey> journeys) {
        return EventLog.ofJourneys(journeys, i -> i.touchpoint().id());
    }

    /** Builds one state per customer group, in a worker. */
    static final class PerCustomer<S extends MergeableState<S>> extends DoFn<KV<String, Iterable<Interaction>>, S> {
        private static final long serialVersionUID = 1L;
        private final StateCombineFn.Factory<S> factory;
        private final StateCombineFn.Adder<S, List<Journey>> fill;

        PerCustomer(StateCombineFn.Factory<S> factory, StateCombineFn.Adder<S, List<Journey>> fill) {
            this.factory = factory;
            this.fill = fill;
        }

        @ProcessElement
        public void process(@Element KV<String, Iterable<Interaction>> customer, OutputReceiver<S> out) {
            S state = factory.empty();
            fill.add(state, journeys(customer.getValue()));
            out.output(state);
        }
    }

    /** Records the final state of a combine. */
    static final class Collect<S extends MergeableState<S>> extends DoFn<S, Void> {
        private static final long serialVersionUID = 1L;
        private final String name;

        Collect(String name) {
            this.name = name;
        }

        @ProcessElement
        public void process(@Element S state) {
            RESULTS.put(name, MergeableState.encode(state));
        }
    }

    private static <S extends MergeableState<S>> void perCustomerThenMerge(PCollection<KV<String,
            Iterable<Interaction>>> grouped, String name, StateCombineFn.Factory<S> factory,
            StateCombineFn.Adder<S, List<Journey>> fill) {
        StateCombineFn<S, S> merge = StateCombineFn.merging(factory);
        PCollection<S> perCustomer = grouped.apply("states-" + name, ParDo.of(new PerCustomer<>(factory, fill)))
                .setCoder(merge.stateCoder());
        PCollection<S> merged = perCustomer.apply("merge-" + name, Combine.<S, S>globally(merge).withoutDefaults());
        merged.apply("collect-" + name, ParDo.of(new Collect<S>(name)));
    }

    @Test
    void journeyMapVariantsMarkovAndClvOnBeamEqualTheSingleJvmResults() {
        List<KV<String, Interaction>> input = new ArrayList<>();
        for (Interaction i : SAMPLE) {
            input.add(KV.of(i.customerId().value(), i));
        }
        Collections.shuffle(input, new Random(9));
        PipelineOptions options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=2",
                "--enforceImmutability=true", "--enforceEncodability=true").create();
        Pipeline p = Pipeline.create(options);
        RESULTS.clear();
        PCollection<KV<String, Interaction>> keyed = p.apply(Create.of(input)
                .withCoder(KvCoder.of(StringUtf8Coder.of(), InteractionCoder.of())))
                .apply(Reshuffle.viaRandomKey());
        PCollection<KV<String, Iterable<Interaction>>> byCustomer = keyed.apply(GroupByKey.create());
        perCustomerThenMerge(byCustomer, "map", BeamJourneyStatesTest::map, (s, j) -> s.add(log(j)));
        perCustomerThenMerge(byCustomer, "variants", BeamJourneyStatesTest::variants, (s, j) -> s.add(log(j)));
        perCustomerThenMerge(byCustomer, "paths", BeamJourneyStatesTest::paths, (s, j) -> j.forEach(s::add));
        // CLV needs no grouping: the state is keyed by customer, so transactions merge from any bundle.
        PCollection<CustomerSummaryState> clv = keyed.apply("clv", Combine.<KV<String, Interaction>,
                CustomerSummaryState>globally(StateCombineFn.of(BeamJourneyStatesTest::clv,
                        (s, kv) -> Transaction.of(kv.getValue(), ZoneOffset.UTC).ifPresent(s::add)))
                .withoutDefaults());
        clv.apply("collect-clv", ParDo.of(new Collect<CustomerSummaryState>("clv")));
        p.run().waitUntilFinish();

        List<Journey> journeys = JourneyCutter.byJourneyId().cut(SAMPLE);
        EventLog log = log(journeys);

        JourneyMapState map = MergeableState.decode(map(), RESULTS.get("map"));
        assertSameMap(DirectlyFollowsGraph.of(log), map.graph(), map.relativeAccuracy());

        VariantCounts variants = MergeableState.decode(variants(), RESULTS.get("variants"));
        assertThat(variants.all()).isEqualTo(Variants.of(log).all());

        PathCounts paths = MergeableState.decode(paths(), RESULTS.get("paths"));
        assertSameMarkov(MarkovAttribution.ofOrder(1).attribute(JourneyPaths.aggregate(journeys, Outcome.CONVERTED)),
                paths.markov(1));

        CustomerSummaryState summaries = MergeableState.decode(clv(), RESULTS.get("clv"));
        List<CustomerSummary> expected = new ArrayList<>(new CustomerSummarizer(PeriodUnit.WEEK, CLV_END)
                .summarize(CustomerSummarizer.transactionsOf(SAMPLE, ZoneOffset.UTC)));
        expected.sort(Comparator.comparing(CustomerSummary::customer));
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(summaries.summaries()).isEqualTo(expected);
    }

    /**
     * Counts, means, standard deviations and extremes exactly; each edge median within the sketch's relative
     * accuracy of the order statistics that bound the exact (interpolated) median.
     */
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
