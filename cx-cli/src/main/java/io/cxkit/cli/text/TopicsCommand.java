package io.cxkit.cli.text;

import io.cxkit.core.output.Schema;
import io.cxkit.cli.UsageException;
import io.cxkit.text.KeyPhrases;
import io.cxkit.text.PhraseCount;
import io.cxkit.text.PhraseLift;
import io.cxkit.text.Segment;
import java.util.ArrayList;
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

    static final String METHOD = "1-3-grams of content words, plurals folded; lift = Haldane-corrected share ratio"
            + " of detractor to promoter texts, pooled two-proportion z-test";

    /**
     * One phrase of one list, flat for CSV.
     *
     * @param list {@code frequent} or {@code detractor_lift}
     * @param group {@code all}, or {@code channel=NAME} / {@code touchpoint=NAME}
     * @param phrase the phrase
     * @param texts texts holding it (for lift: detractor plus promoter texts)
     * @param n texts in the group
     * @param share texts / n
     * @param lift the detractor-to-promoter share ratio (lift list only)
     * @param z the two-proportion z (lift list only)
     * @param pValue its two-sided p-value (lift list only)
     */
    record Row(String list, String group, String phrase, long texts, long n, double share, double lift, double z,
               double pValue) {
    }

    /**
     * The phrases of one channel or touchpoint.
     *
     * @param group {@code channel=NAME} or {@code touchpoint=NAME}
     * @param texts texts in it
     * @param frequent its most frequent phrases
     */
    record GroupTopics(String group, long texts, List<PhraseCount> frequent) {
    }

    /**
     * The key phrases.
     *
     * @param source what was read
     * @param texts texts analysed
     * @param method how phrases are found and ranked
     * @param frequent the most frequent phrases
     * @param detractorLift phrases detractors use more than promoters
     * @param groups per channel or touchpoint, with --by
     */
    record Summary(String source, long texts, String method, List<PhraseCount> frequent,
                   List<PhraseLift> detractorLift, List<GroupTopics> groups) {
    }

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
        List<GroupTopics> groups = new ArrayList<>();
        per.forEach((k, v) -> groups.add(new GroupTopics(dim + "=" + k, v.documents(), v.top(top))));
        Summary summary = new Summary(input.source(), all.documents(), METHOD, frequent, lift, groups);
        List<Row> rows = new ArrayList<>();
        for (PhraseCount p : frequent) {
            rows.add(new Row("frequent", "all", p.phrase(), p.documents(), all.documents(), p.share(), Double.NaN,
                    Double.NaN, Double.NaN));
        }
        for (PhraseLift p : lift) {
            rows.add(new Row("detractor_lift", "all", p.phrase(), p.detractors() + p.promoters(), all.documents(),
                    (double) (p.detractors() + p.promoters()) / all.documents(), p.lift(), p.z(), p.pValue()));
        }
        for (GroupTopics g : groups) {
            for (PhraseCount p : g.frequent()) {
                rows.add(new Row("frequent", g.group(), p.phrase(), p.documents(), g.texts(), p.share(), Double.NaN,
                        Double.NaN, Double.NaN));
            }
        }
        if (lift.isEmpty()) {
            err().println("cx: no phrase ranked by lift: that needs detractor and promoter answers (NPS or CSAT) and"
                    + " phrases held by at least " + minSupport + " of their texts");
            err().flush();
        }
        summary(summary, Schema.of(Summary.class), Schema.of(Row.class), rows);
    }
}
