package io.cxkit.cli.journey;

import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.map.Variant;
import io.cxkit.journey.map.VariantSelection;
import io.cxkit.journey.map.Variants;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys variants}: the distinct activity sequences of the journeys, most frequent first.
 * JSON, through the one writer: {@code {"schema_version":1,"cases":N,"events":N,"variant_count":N,
 * "variants":[{"activities":[...],"count":N,"share":x}]}}; CSV {@code rank,count,share,activities}.
 */
@Command(name = "variants", mixinStandardHelpOptions = true,
        description = "The journeys' variants (exact activity sequences), most frequent first.")
public final class VariantsCommand extends FormattedCommand {
    @Mixin
    JourneyInput input;

    @Mixin
    JourneyFilterOptions filter;

    @Option(names = "--top", paramLabel = "N", description = "List at most N variants (default: all).")
    Optional<Integer> top = Optional.empty();

    @Option(names = "--coverage", paramLabel = "SHARE",
            description = "List the fewest variants covering this share of journeys, e.g. 0.8.")
    Optional<Double> coverage = Optional.empty();

    @Override
    public void run() {
        if (top.isPresent() && top.get() < 0) {
            throw new io.cxkit.cli.UsageException("--top must be at least 0, was " + top.get());
        }
        if (coverage.isPresent() && !(coverage.get() >= 0 && coverage.get() <= 1)) {
            throw new io.cxkit.cli.UsageException("--coverage must be within 0..1, was " + coverage.get());
        }
        PrintWriter out = out();
        JourneyInput.JourneyLog in = input.journeyLog(err(), filter);
        Variants v = Variants.of(in.log());
        VariantSelection shown = coverage.isPresent() ? v.byCoverage(coverage.get())
                : v.top(top.orElse(Integer.MAX_VALUE));
        switch (format) {
            case JSON -> JsonOutput.write(new VariantsOutput(v.cases(), v.events(), v.variantCount(),
                    shown.variants()), out);
            case CSV -> {
                List<VariantRow> rows = new ArrayList<>();
                int rank = 1;
                for (Variant x : shown.variants()) {
                    rows.add(new VariantRow(rank++, x));
                }
                CsvOutput.writeAll(CSV_ROW, rows, out);
            }
            default -> text(out, in.source(), v, shown);
        }
    }

    /**
     * What {@code --format json} writes, through the one writer.
     *
     * @param cases journeys
     * @param events their events
     * @param variantCount distinct variants
     * @param variants the variants listed ({@code --top}, {@code --coverage}), each with its activities, count
     *        and share
     */
    public record VariantsOutput(long cases, long events, int variantCount, List<Variant> variants) {
    }

    /** One CSV row: the rank, then the variant's fields. */
    private record VariantRow(int rank, Variant variant) {
    }

    /**
     * The CSV row: {@code rank}, then {@link Variant}'s own fields, except that the activities are joined by
     * {@code " > "} as a journey reads, rather than the writer's {@code "; "} for lists.
     */
    private static final Schema<VariantRow> CSV_ROW = Schema.builder(VariantRow.class)
            .integer("rank", VariantRow::rank)
            .integer("count", r -> r.variant().count())
            .number("share", r -> r.variant().share())
            .text("activities", r -> String.join(" > ", r.variant().activities()))
            .build();

    static void text(PrintWriter out, String source, Variants v, VariantSelection shown) {
        out.println(source + ": " + v.cases() + " journeys, " + v.events() + " events, " + v.variantCount()
                + " variants");
        Table t = new Table("rank", "journeys", "share", "variant");
        int rank = 1;
        for (Variant x : shown.variants()) {
            t.row(rank++, x.count(), Format.percent(x.share()), String.join(" > ", x.activities()));
        }
        t.print(out);
        if (shown.otherVariants() > 0) {
            out.println("other " + shown.otherVariants() + " variants: " + shown.otherCases() + " journeys ("
                    + Format.percent(shown.otherShare()) + ")");
        }
        out.flush();
    }
}
