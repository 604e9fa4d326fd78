package io.cxkit.cli.segments;

import io.cxkit.cli.FormatConverter;
import io.cxkit.cli.InputException;
import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.cli.journey.JourneyInput;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import io.cxkit.segments.ClvScores;
import io.cxkit.segments.CustomerFeatures;
import io.cxkit.segments.FeatureTable;
import io.cxkit.segments.JourneyAndTextScores;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx segments}: who the customers are. Subcommands {@code features}, {@code rfm}, {@code cluster},
 * {@code personas} and {@code signals}; each reads interactions with the common input options (or the embedded
 * sample) and writes text, JSON or CSV through the one writer.
 */
@Command(name = "segments", mixinStandardHelpOptions = true,
        description = "Who the customers are: per-customer features, RFM segments, behavioural clusters, persona "
                + "cards and personalisation signals.",
        subcommands = {SegmentsCommand.Features.class, RfmCommand.class, ClusterCommand.class,
            PersonasCommand.class, SignalsCommand.class})
public final class SegmentsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every segments subcommand shares: the input, the format, the as-of moment. */
    abstract static class Base implements Runnable {
        @Mixin
        JourneyInput input;

        @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
                description = "text, json or csv (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Option(names = "--as-of", paramLabel = "INSTANT",
                description = "The moment recency and tenure are measured at (ISO-8601); default: the last "
                        + "interaction in the data.")
        Instant asOf;

        @Option(names = "--clv-horizon", paramLabel = "WEEKS", defaultValue = "52",
                description = "Horizon of the joined CLV score, in weeks (default: ${DEFAULT-VALUE}).")
        int clvHorizon;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** The interactions, their feature table and the as-of moment. */
        Prepared prepare() {
            JourneyInput.Loaded in = input.load(err());
            in.requireInteractions("cx segments", "customers, purchases or answers");
            ZoneId zone = input.zoneId().orElse(ZoneId.of("UTC"));
            FeatureTable table = new FeatureTable(zone, "issue");
            table.addAll(in.interactions());
            if (table.size() == 0) {
                throw new InputException(in.source() + ": no interaction has a resolved customer_id, so there is "
                        + "no customer to describe (stitch identities first: cx journeys stitch)");
            }
            Instant at = asOf != null ? asOf : table.lastSeen().orElseThrow();
            ClvScores.Result clv;
            try {
                clv = ClvScores.join(table.features(at), in.interactions(), zone,
                        at.atZone(zone).toLocalDate(), clvHorizon);
            } catch (IllegalArgumentException e) {
                throw new io.cxkit.cli.UsageException("--clv-horizon: " + e.getMessage());
            }
            clv.reason().ifPresent(r -> err().println("cx: no CLV score joined: " + r));
            return new Prepared(in, table, at,
                    JourneyAndTextScores.join(clv.features(), in.journeys(), in.interactions()));
        }

        <T> void write(T root, Schema<T> schema) {
            switch (format) {
                case JSON -> JsonOutput.write(root, schema, out());
                default -> TextOutput.write(root, schema, out());
            }
        }

        <T> void rows(Schema<T> schema, List<T> rows) {
            switch (format) {
                case CSV -> CsvOutput.writeAll(schema, rows, out());
                case JSON -> JsonOutput.writeRows("rows", schema, rows, out());
                default -> TextOutput.writeTable(schema, rows, out());
            }
        }
    }

    /**
     * The input read once, as every subcommand needs it.
     *
     * @param loaded the interactions and journeys
     * @param table their feature table
     * @param asOf the as-of moment
     * @param features every customer's features at that moment
     */
    record Prepared(JourneyInput.Loaded loaded, FeatureTable table, Instant asOf, List<CustomerFeatures> features) {
        List<Interaction> interactions() {
            return loaded.interactions();
        }

        /**
         * The customers the at-risk detector flags under its default rules, reading comments as {@code cx report}
         * and {@code cx journeys at-risk} do (VADER with the CX layer), with the journey score's negativity weight
         * given as {@code --negativity-weight} (a number, or {@code estimated} from the data), so the three agree
         * on who is at risk.
         *
         * @param negativityWeight the option's text
         * @param err where an estimated weight is stated
         * @return the ids of the customers at risk
         * @throws io.cxkit.cli.UsageException if the weight is malformed
         * @throws io.cxkit.cli.InputException if an estimated weight cannot be used, with the reason
         */
        java.util.Set<String> atRiskCustomers(String negativityWeight, PrintWriter err) {
            io.cxkit.journey.scoring.ScoringSettings settings = io.cxkit.cli.drivers.NegativityWeightOption.settings(
                    negativityWeight, loaded.journeys(), loaded.source(), err);
            io.cxkit.text.Vader vader = io.cxkit.text.Vader.cx();
            io.cxkit.journey.scoring.ExperienceScorer scorer = new io.cxkit.journey.scoring.ExperienceScorer(
                    settings).withComments(text -> vader.score(text).compound());
            return new io.cxkit.journey.scoring.AtRiskDetector(scorer, io.cxkit.journey.scoring.AtRiskRules.DEFAULTS)
                    .detect(loaded.journeys()).alerts().stream().map(a -> a.customer().value())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The outcome that counts as a conversion for the next best touchpoint. */
    static final Outcome CONVERSION = Outcome.CONVERTED;

    /** {@code cx segments features}: the per-customer feature table. */
    @Command(name = "features", mixinStandardHelpOptions = true,
            description = "The per-customer feature table: recency, frequency, spend, tenure, channel mix, "
                    + "touchpoints, contacts, repeat contacts, transfers, latest and mean NPS/CSAT/CES.")
    static final class Features extends Base {
        @Override
        public void run() {
            Prepared p = prepare();
            rows(Schema.of(CustomerFeatures.class), p.features());
        }
    }
}
