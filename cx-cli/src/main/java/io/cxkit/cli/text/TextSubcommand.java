package io.cxkit.cli.text;

import io.cxkit.cli.FormatConverter;
import io.cxkit.cli.InputException;
import io.cxkit.cli.OutputFormat;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Interval;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the {@code cx text} subcommands share: the input, {@code --format}, {@code --per-record}. */
abstract class TextSubcommand implements Runnable {
    @Mixin
    TextInput input = new TextInput();

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reports what was read on stderr, and fails when there was no text at all. */
    void account(TextInput.Counts c) {
        if (c.records > c.withText) {
            err().println("cx: " + input.source() + ": " + (c.records - c.withText) + " of " + c.records
                    + " records have no text and were left out");
            err().flush();
        }
        if (c.withText == 0) {
            throw new InputException(input.source() + ": no text to analyse in " + c.records + " records");
        }
    }

    /** An estimate as a JSON object: value, n, interval, method. */
    static Map<String, Object> json(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", e.value());
        m.put("n", e.n());
        e.interval().ifPresent(i -> {
            m.put("lower", i.lower());
            m.put("upper", i.upper());
            m.put("confidence", i.confidence());
            m.put("interval_method", i.method());
        });
        m.put("method", e.method());
        return m;
    }

    /** "0.123 [0.100, 0.150] (95% t)" or "0.123 (no interval)". */
    static String text(double value, java.util.Optional<Interval> ci, int decimals) {
        String f = "%." + decimals + "f";
        String v = String.format(Locale.ROOT, f, value);
        if (ci.isEmpty()) {
            return v + " (no interval: n < 2)";
        }
        Interval i = ci.get();
        return v + String.format(Locale.ROOT, " [" + f + ", " + f + "] (%.0f%% %s)", i.lower(), i.upper(),
                i.confidence() * 100, i.method());
    }
}
