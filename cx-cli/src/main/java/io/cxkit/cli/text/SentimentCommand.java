package io.cxkit.cli.text;

import io.cxkit.core.output.Schema;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.survey.ProportionInterval;
import io.cxkit.text.SentimentLabel;
import io.cxkit.text.SentimentMetric;
import io.cxkit.text.Vader;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * One record's sentiment, rounded as the reference prints it (shares to 3, compound to 4 decimals).
     *
     * @param interactionId the record's key
     * @param neg negative share
     * @param neu neutral share
     * @param pos positive share
     * @param compound the compound in [−1, 1]
     * @param label positive, neutral or negative at ±0.05
     */
    record Row(String interactionId, double neg, double neu, double pos, double compound, SentimentLabel label) {
    }

    /**
     * The summary.
     *
     * @param source what was read
     * @param scorer the scorer and version
     * @param texts texts scored
     * @param figures mean compound (t interval) and the three label shares (adjusted-Wald intervals)
     */
    record Summary(String source, String scorer, long texts, List<TextFigure> figures) {
    }

    @Override
    public void run() {
        Vader vader = Vader.of(cx);
        SentimentMetric mean = new SentimentMetric(SentimentMetric.MEAN, cx, 0.95, ProportionInterval.AGRESTI_COULL);
        SentimentMetric.State state = mean.newAccumulator();
        List<Row> rows = new ArrayList<>();
        double[] s = new double[4];
        long[] labels = new long[3];
        TextInput.Counts counts = input.read(r -> {
            vader.scoreInto(r.text(), s);
            state.addCompound(s[3]);
            SentimentLabel label = SentimentLabel.of(s[3]);
            labels[label.ordinal()]++;
            if (perRecord) {
                rows.add(new Row(r.id(), round(s[0], 3), round(s[1], 3), round(s[2], 3), round(s[3], 4), label));
            }
        });
        account(counts);
        if (perRecord) {
            rows(Schema.of(Row.class), rows);
            return;
        }
        Estimate e = state.result();
        long n = e.n();
        List<TextFigure> figures = List.of(TextFigure.of("mean_compound", e),
                TextFigure.share("share_negative", labels[SentimentLabel.NEGATIVE.ordinal()], n),
                TextFigure.share("share_neutral", labels[SentimentLabel.NEUTRAL.ordinal()], n),
                TextFigure.share("share_positive", labels[SentimentLabel.POSITIVE.ordinal()], n));
        Summary summary = new Summary(input.source(), cx ? "vader-3.3.2+cx" : "vader-3.3.2", n, figures);
        summary(summary, Schema.of(Summary.class), Schema.of(TextFigure.class), figures);
    }

    /** Rounds half to even on the exact binary value, as Python's round() does. */
    static double round(double v, int decimals) {
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
