package io.cxkit.cli.text;

import io.cxkit.cli.Output;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.metrics.survey.ProportionStatistics;
import io.cxkit.text.SentimentMetric;
import io.cxkit.text.SentimentScore;
import io.cxkit.text.Vader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx text sentiment}: VADER sentiment, summarised or per record. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Sentiment by VADER (Hutto & Gilbert 2014): mean compound with a t interval and the shares"
                + " negative/neutral/positive, or per record with --per-record.")
final class SentimentCommand extends TextSubcommand {
    @Option(names = "--per-record", description = "One row per record: neg, neu, pos, compound, label.")
    boolean perRecord;

    @Option(names = "--cx", description = "Add the CX layer of complaint phrases (on hold, third time, ...).")
    boolean cx;

    @Override
    public void run() {
        Vader vader = Vader.of(cx);
        SentimentMetric mean = new SentimentMetric(SentimentMetric.MEAN, cx, 0.95, ProportionInterval.AGRESTI_COULL);
        SentimentMetric.State state = mean.newAccumulator();
        List<List<?>> rows = new ArrayList<>();
        double[] s = new double[4];
        TextInput.Counts counts = input.read(r -> {
            vader.scoreInto(r.text(), s);
            state.addCompound(s[3]);
            if (perRecord) {
                SentimentScore sc = new SentimentScore(s[0], s[1], s[2], s[3]);
                rows.add(List.of(r.id(), round(s[0], 3), round(s[1], 3), round(s[2], 3), round(s[3], 4),
                        sc.label().id()));
            }
        });
        account(counts);
        List<String> header = List.of("interaction_id", "neg", "neu", "pos", "compound", "label");
        if (perRecord) {
            switch (format) {
                case CSV -> Output.csv(out(), header, rows);
                case JSON -> {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (List<?> row : rows) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        for (int k = 0; k < header.size(); k++) {
                            m.put(header.get(k), row.get(k));
                        }
                        list.add(m);
                    }
                    Output.json(out(), list);
                }
                default -> {
                    out().println(String.join("  ", header));
                    for (List<?> row : rows) {
                        StringBuilder b = new StringBuilder();
                        for (Object o : row) {
                            b.append(b.length() == 0 ? "" : "  ").append(o);
                        }
                        out().println(b);
                    }
                    out().flush();
                }
            }
            return;
        }
        Estimate e = state.result();
        long n = e.n();
        double neg = e.details().get("share_negative");
        double pos = e.details().get("share_positive");
        double neu = 1 - neg - pos;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", input.source());
        summary.put("scorer", cx ? "vader-3.3.2+cx" : "vader-3.3.2");
        summary.put("n", n);
        summary.put("mean_compound", json(e));
        summary.put("share_negative", share(neg, n));
        summary.put("share_neutral", share(neu, n));
        summary.put("share_positive", share(pos, n));
        switch (format) {
            case JSON -> Output.json(out(), summary);
            case CSV -> {
                List<List<?>> out = new ArrayList<>();
                out.add(List.of("mean_compound", e.value(), n, e.interval().map(i -> (Object) i.lower()).orElse(""),
                        e.interval().map(i -> (Object) i.upper()).orElse(""), e.method()));
                for (String k : List.of("share_negative", "share_neutral", "share_positive")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) summary.get(k);
                    out.add(List.of(k, m.get("value"), n, m.get("lower"), m.get("upper"), m.get("method")));
                }
                Output.csv(out(), List.of("figure", "value", "n", "lower", "upper", "method"), out);
            }
            default -> {
                out().println("Sentiment of " + n + " texts (" + summary.get("scorer") + "), " + input.source());
                out().println("  mean compound   " + text(e.value(), e.interval(), 4));
                for (String k : List.of("share_negative", "share_neutral", "share_positive")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) summary.get(k);
                    out().printf(Locale.ROOT, "  %-15s %.1f%% [%.1f%%, %.1f%%] (95%% %s)%n", k.replace('_', ' '),
                            100 * (double) m.get("value"), 100 * (double) m.get("lower"),
                            100 * (double) m.get("upper"), m.get("method"));
                }
                out().println("  labels at compound >= 0.05 positive, <= -0.05 negative");
                out().flush();
            }
        }
    }

    static Map<String, Object> share(double p, long n) {
        var ci = ProportionStatistics.interval(ProportionInterval.AGRESTI_COULL, p * n, n, 0.95);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", p);
        m.put("n", n);
        m.put("lower", ci.lower());
        m.put("upper", ci.upper());
        m.put("method", ci.method());
        return m;
    }

    static double round(double v, int decimals) {
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
