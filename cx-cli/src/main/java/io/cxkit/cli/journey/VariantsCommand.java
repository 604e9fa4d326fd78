package io.cxkit.cli.journey;

import io.cxkit.cli.Output;
import io.cxkit.journey.map.Variant;
import io.cxkit.journey.map.VariantSelection;
import io.cxkit.journey.map.Variants;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys variants}: the distinct activity sequences of the journeys, most frequent first.
 * JSON: {@code {"cases":N,"events":N,"variant_count":N,"variants":[{"activities":[...],"count":N,"share":x}]}}.
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
            case JSON -> Output.json(out, json(v, shown));
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                int rank = 1;
                for (Variant x : shown.variants()) {
                    rows.add(List.of(rank++, x.count(), x.share(), String.join(" > ", x.activities())));
                }
                Output.csv(out, List.of("rank", "count", "share", "activities"), rows);
            }
            default -> text(out, in.source(), v, shown);
        }
    }

    /** The JSON tree of the variants shape. */
    static Map<String, Object> json(Variants v, VariantSelection shown) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cases", v.cases());
        root.put("events", v.events());
        root.put("variant_count", v.variantCount());
        List<Object> list = new ArrayList<>();
        for (Variant x : shown.variants()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("activities", x.activities());
            m.put("count", x.count());
            m.put("share", x.share());
            list.add(m);
        }
        root.put("variants", list);
        return root;
    }

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
