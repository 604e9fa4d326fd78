package io.cxkit.cli.text;

import io.cxkit.core.output.Schema;
import io.cxkit.text.MessageTone;
import io.cxkit.text.Tone;
import io.cxkit.text.ToneDetector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx text tone}: tone and emotion, summarised as shares or per record with evidence. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = "Tone and emotion (anger, frustration, confusion, urgency, sadness, gratitude, politeness):"
                + " the share of texts showing each, or per record (0/1 per tone plus the evidence).")
final class ToneCommand extends TextSubcommand {
    @Option(names = "--per-record", description = "One row per record: a 0/1 column per tone, and the evidence.")
    boolean perRecord;

    /**
     * One record's tones: 1 when shown, else 0, and the cues that fired ({@code tone: cue; cue}).
     *
     * @param interactionId the record's key
     * @param anger anger or annoyance
     * @param frustration frustration
     * @param confusion confusion
     * @param urgency urgency
     * @param sadness sadness or disappointment
     * @param gratitude gratitude
     * @param politeness politeness
     * @param evidence the cues, per tone
     */
    record Row(String interactionId, int anger, int frustration, int confusion, int urgency, int sadness,
               int gratitude, int politeness, String evidence) {
    }

    /**
     * The summary.
     *
     * @param source what was read
     * @param texts texts analysed
     * @param tones per tone, the share of texts showing it (adjusted-Wald intervals)
     */
    record Summary(String source, long texts, List<TextFigure> tones) {
    }

    @Override
    public void run() {
        ToneDetector d = ToneDetector.standard();
        long[] counts = new long[Tone.values().length];
        List<Row> rows = new ArrayList<>();
        long[] n = {0};
        TextInput.Counts c = input.read(r -> {
            MessageTone t = d.detect(r.text());
            n[0]++;
            int[] has = new int[Tone.values().length];
            StringBuilder ev = new StringBuilder();
            for (Tone tone : Tone.values()) {
                if (t.has(tone)) {
                    has[tone.ordinal()] = 1;
                    counts[tone.ordinal()]++;
                    ev.append(ev.length() == 0 ? "" : "; ").append(tone.id()).append(": ").append(t.evidenceOf(tone));
                }
            }
            if (perRecord) {
                rows.add(new Row(r.id(), has[0], has[1], has[2], has[3], has[4], has[5], has[6], ev.toString()));
            }
        });
        account(c);
        if (perRecord) {
            rows(Schema.of(Row.class), rows);
            return;
        }
        List<TextFigure> tones = new ArrayList<>();
        for (Tone tone : Tone.values()) {
            tones.add(TextFigure.share(tone.id(), counts[tone.ordinal()], n[0]));
        }
        summary(new Summary(input.source(), n[0], tones), Schema.of(Summary.class), Schema.of(TextFigure.class),
                tones);
    }
}
