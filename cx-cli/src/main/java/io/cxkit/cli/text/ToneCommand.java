package io.cxkit.cli.text;

import io.cxkit.cli.Output;
import io.cxkit.text.MessageTone;
import io.cxkit.text.Tone;
import io.cxkit.text.ToneDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx text tone}: tone and emotion, summarised as shares or per record with evidence. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = "Tone and emotion (anger, frustration, confusion, urgency, sadness, gratitude, politeness):"
                + " the share of texts showing each, or per record (0/1 per tone plus the evidence).")
final class ToneCommand extends TextSubcommand {
    @Option(names = "--per-record", description = "One row per record: a 0/1 column per tone, and the evidence.")
    boolean perRecord;

    @Override
    public void run() {
        ToneDetector d = ToneDetector.standard();
        long[] counts = new long[Tone.values().length];
        List<List<?>> rows = new ArrayList<>();
        long[] n = {0};
        TextInput.Counts c = input.read(r -> {
            MessageTone t = d.detect(r.text());
            n[0]++;
            List<Object> row = new ArrayList<>();
            row.add(r.id());
            StringBuilder ev = new StringBuilder();
            for (Tone tone : Tone.values()) {
                boolean has = t.has(tone);
                counts[tone.ordinal()] += has ? 1 : 0;
                row.add(has ? 1 : 0);
                if (has) {
                    ev.append(ev.length() == 0 ? "" : "; ").append(tone.id()).append(": ").append(t.evidenceOf(tone));
                }
            }
            row.add(ev.toString());
            if (perRecord) {
                rows.add(row);
            }
        });
        account(c);
        List<String> header = new ArrayList<>();
        header.add("interaction_id");
        for (Tone tone : Tone.values()) {
            header.add(tone.id());
        }
        header.add("evidence");
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
                    for (List<?> row : rows) {
                        StringBuilder b = new StringBuilder(String.valueOf(row.get(0)));
                        String ev = String.valueOf(row.get(row.size() - 1));
                        b.append("  ").append(ev.isEmpty() ? "-" : ev);
                        out().println(b);
                    }
                    out().flush();
                }
            }
            return;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", input.source());
        summary.put("n", n[0]);
        Map<String, Object> tones = new LinkedHashMap<>();
        for (Tone tone : Tone.values()) {
            tones.put(tone.id(), SentimentCommand.share((double) counts[tone.ordinal()] / n[0], n[0]));
        }
        summary.put("tones", tones);
        switch (format) {
            case JSON -> Output.json(out(), summary);
            case CSV -> {
                List<List<?>> out = new ArrayList<>();
                for (Tone tone : Tone.values()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) tones.get(tone.id());
                    out.add(List.of(tone.id(), counts[tone.ordinal()], n[0], m.get("value"), m.get("lower"),
                            m.get("upper"), m.get("method")));
                }
                Output.csv(out(), List.of("tone", "texts", "n", "share", "lower", "upper", "method"), out);
            }
            default -> {
                out().println("Tone of " + n[0] + " texts, " + input.source());
                for (Tone tone : Tone.values()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) tones.get(tone.id());
                    out().printf(Locale.ROOT, "  %-12s %7d  %5.1f%% [%.1f%%, %.1f%%] (95%% %s)%n", tone.id(),
                            counts[tone.ordinal()], 100 * (double) m.get("value"), 100 * (double) m.get("lower"),
                            100 * (double) m.get("upper"), m.get("method"));
                }
                out().flush();
            }
        }
    }
}
