package io.cxkit.cli.text;

import io.cxkit.cli.Output;
import io.cxkit.cli.UsageException;
import io.cxkit.text.KeyPhrases;
import io.cxkit.text.PhraseCount;
import io.cxkit.text.PhraseLift;
import io.cxkit.text.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx text topics}: key phrases by frequency and by lift among detractors. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Key phrases (1-3 words, stop words removed, plurals folded): the most frequent, and those"
                + " detractors (NPS 0-6, low CSAT) use more than promoters, with a two-proportion z-test.")
final class TopicsCommand extends TextSubcommand {
    @Option(names = "--top", defaultValue = "15", description = "Phrases per list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min-support", defaultValue = "10",
            description = "Fewest detractor+promoter texts a phrase needs to be ranked by lift (default:"
                    + " ${DEFAULT-VALUE}).")
    int minSupport;

    @Option(names = "--by", paramLabel = "channel|touchpoint",
            description = "Also list the top phrases per channel or per touchpoint (interaction input only).")
    java.util.Optional<String> by = java.util.Optional.empty();

    @Override
    public void run() {
        if (top < 1) {
            throw new UsageException("--top must be at least 1, was " + top);
        }
        if (minSupport < 1) {
            throw new UsageException("--min-support must be at least 1, was " + minSupport);
        }
        String dim = by.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!dim.isEmpty() && !dim.equals("channel") && !dim.equals("touchpoint")) {
            throw new UsageException("--by must be channel or touchpoint, was " + by.get());
        }
        KeyPhrases phrases = new KeyPhrases(3, 1e-5, minSupport, 0.95);
        KeyPhrases.Counter all = phrases.newCounter();
        Map<String, KeyPhrases.Counter> per = new TreeMap<>();
        TextInput.Counts c = input.read(r -> {
            Segment s = r.interaction().map(Segment::of).orElse(Segment.NEITHER);
            all.add(r.text(), s);
            if (!dim.isEmpty() && r.interaction().isPresent()) {
                var tp = r.interaction().get().touchpoint();
                String key = dim.equals("channel") ? tp.channel().name() : tp.id();
                per.computeIfAbsent(key, k -> phrases.newCounter()).add(r.text(), s);
            }
        });
        account(c);
        List<PhraseCount> frequent = all.top(top);
        List<PhraseLift> lift = all.detractorLift(top);
        switch (format) {
            case JSON -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", input.source());
                m.put("n", all.documents());
                m.put("method", "1-3-grams of content words, plurals folded; lift = Haldane-corrected share ratio,"
                        + " pooled two-proportion z");
                m.put("frequent", frequent);
                m.put("detractor_lift", lift);
                Map<String, Object> groups = new LinkedHashMap<>();
                per.forEach((k, v) -> groups.put(k, Map.of("n", v.documents(), "frequent", v.top(top))));
                if (!dim.isEmpty()) {
                    m.put("by_" + dim, groups);
                }
                Output.json(out(), m);
            }
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                for (PhraseCount p : frequent) {
                    rows.add(List.of("frequent", "all", p.phrase(), p.documents(), all.documents(), p.share(), "", "",
                            ""));
                }
                for (PhraseLift p : lift) {
                    rows.add(List.of("detractor_lift", "all", p.phrase(), p.detractors() + p.promoters(),
                            all.documents(), "", p.lift(), p.z(), p.pValue()));
                }
                per.forEach((k, v) -> {
                    for (PhraseCount p : v.top(top)) {
                        rows.add(List.of("frequent", dim + "=" + k, p.phrase(), p.documents(), v.documents(),
                                p.share(), "", "", ""));
                    }
                });
                Output.csv(out(), List.of("list", "group", "phrase", "texts", "n", "share", "lift", "z", "p_value"),
                        rows);
            }
            default -> {
                out().println("Key phrases of " + all.documents() + " texts, " + input.source());
                out().println("  most frequent (texts, share):");
                for (PhraseCount p : frequent) {
                    out().printf(Locale.ROOT, "    %-32s %7d  %5.1f%%%n", p.phrase(), p.documents(), 100 * p.share());
                }
                if (lift.isEmpty()) {
                    out().println("  detractors vs promoters: none ranked (needs NPS or CSAT answers on both sides"
                            + " and phrases with at least " + minSupport + " texts)");
                } else {
                    out().println("  used more by detractors (detractor texts/all, promoter texts/all, lift, z, p):");
                    for (PhraseLift p : lift) {
                        out().printf(Locale.ROOT, "    %-32s %5d/%-6d %5d/%-6d %6.2f  %5.2f  %.2g%n", p.phrase(),
                                p.detractors(), p.detractorTotal(), p.promoters(), p.promoterTotal(), p.lift(), p.z(),
                                p.pValue());
                    }
                }
                per.forEach((k, v) -> {
                    out().println("  " + dim + " " + k + " (" + v.documents() + " texts):");
                    for (PhraseCount p : v.top(Math.min(top, 5))) {
                        out().printf(Locale.ROOT, "    %-32s %7d  %5.1f%%%n", p.phrase(), p.documents(),
                                100 * p.share());
                    }
                });
                out().flush();
            }
        }
    }
}
