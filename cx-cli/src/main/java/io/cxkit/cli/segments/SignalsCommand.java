package io.cxkit.cli.segments;

import io.cxkit.cli.InputException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import io.cxkit.segments.CustomerSignals;
import io.cxkit.segments.NextBestTouchpoint;
import io.cxkit.segments.Rfm;
import io.cxkit.segments.Signals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx segments signals}: preferred channel, best time, next best touchpoint and flags per customer. */
@Command(name = "signals", mixinStandardHelpOptions = true,
        description = "Personalisation signals per customer, with evidence: preferred channel (used vs works), "
                + "best time to reach, next best touchpoint for an open journey, proactive flags.")
final class SignalsCommand extends SegmentsCommand.Base {
    @picocli.CommandLine.Mixin
    AtRiskOptions atRiskOptions = new AtRiskOptions();

    @Option(names = "--customer", paramLabel = "ID", description = "Explain one customer.")
    String customer;

    @Option(names = "--min-support", defaultValue = "5",
            description = "Fewest observed transitions for a next-touchpoint candidate (default: ${DEFAULT-VALUE}).")
    int minSupport;

    /**
     * One customer's signals as a flat row (CSV).
     *
     * @param customer the customer id
     * @param preferredChannel the channel used most
     * @param preferredChannelShare its share of interactions
     * @param worksChannel the channel with the best success rate
     * @param worksRate its success rate
     * @param bestTime ISO day and hour, e.g. {@code Tue 19:00}
     * @param bestTimeSource customer, segment:NAME or all customers
     * @param nextBestTouchpoint the recommended next touchpoint
     * @param nextProbability P(conversion | next = it)
     * @param nextUplift its uplift over the current touchpoint
     * @param flags the flags raised
     */
    record SignalRow(String customer, Optional<String> preferredChannel, double preferredChannelShare,
            Optional<String> worksChannel, double worksRate, Optional<String> bestTime, Optional<String> bestTimeSource,
            Optional<String> nextBestTouchpoint, double nextProbability, double nextUplift, List<String> flags) {
        static SignalRow of(CustomerSignals s) {
            var p = s.preferredChannel();
            var n = s.nextBestTouchpoint();
            return new SignalRow(s.customer(), p.map(CustomerSignals.ChannelPreference::used),
                    p.map(CustomerSignals.ChannelPreference::usedShare).orElse(Double.NaN),
                    p.flatMap(CustomerSignals.ChannelPreference::works),
                    p.map(CustomerSignals.ChannelPreference::worksRate).orElse(Double.NaN),
                    s.bestTime().map(SignalsCommand::label), s.bestTime().map(CustomerSignals.BestTime::source),
                    n.map(NextBestTouchpoint.Recommendation::touchpoint),
                    n.map(NextBestTouchpoint.Recommendation::probability).orElse(Double.NaN),
                    n.map(NextBestTouchpoint.Recommendation::uplift).orElse(Double.NaN),
                    s.flags().stream().map(CustomerSignals.Flag::name).toList());
        }
    }

    static String label(CustomerSignals.BestTime t) {
        String day = java.time.DayOfWeek.of(t.dayOfWeek()).getDisplayName(java.time.format.TextStyle.SHORT,
                Locale.ROOT);
        return String.format(Locale.ROOT, "%s %02d:00 %s", day, t.hour(), t.zone());
    }

    @Override
    public void run() {
        SegmentsCommand.Prepared p = prepare();
        Map<String, String> segmentOf = Map.of();
        try {
            segmentOf = Rfm.standard().score(p.features()).segmentOf();
        } catch (IllegalArgumentException noPurchases) {
            // Without purchases there are no RFM segments; the best-time fallback then pools all customers.
        }
        Optional<NextBestTouchpoint> chain = p.loaded().journeys().isEmpty() ? Optional.empty()
                : Optional.of(NextBestTouchpoint.fit(p.loaded().journeys(), SegmentsCommand.CONVERSION, minSupport));
        Set<String> atRisk = p.atRiskCustomers(atRiskOptions.negativityWeight, err());
        Signals signals = new Signals(p.table(), segmentOf, chain,
                Signals.openJourneys(p.loaded().journeys(), SegmentsCommand.CONVERSION), atRisk, 3, 5);
        List<CustomerSignals> all;
        if (customer != null) {
            try {
                all = List.of(signals.of(customer));
            } catch (IllegalArgumentException e) {
                throw new InputException(p.loaded().source() + ": " + e.getMessage());
            }
        } else {
            all = signals.all();
        }
        switch (format) {
            case JSON -> {
                if (customer != null) {
                    JsonOutput.write(all.get(0), Schema.of(CustomerSignals.class), out());
                } else {
                    JsonOutput.writeRows("customers", Schema.of(CustomerSignals.class), all, out());
                }
            }
            case CSV -> CsvOutput.writeAll(Schema.of(SignalRow.class), all.stream().map(SignalRow::of).toList(),
                    out());
            default -> {
                if (customer != null) {
                    TextOutput.write(all.get(0), Schema.of(CustomerSignals.class), out());
                } else {
                    TextOutput.writeTable(Schema.of(SignalRow.class), all.stream().map(SignalRow::of).toList(),
                            out());
                }
            }
        }
    }
}
