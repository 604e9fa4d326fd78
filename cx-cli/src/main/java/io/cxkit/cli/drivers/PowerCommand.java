package io.cxkit.cli.drivers;

import io.cxkit.cli.OutputFormat;
import io.cxkit.cli.UsageException;
import io.cxkit.metrics.change.PowerAnalysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx power}: responses needed to detect a difference in NPS, CSAT or CES, or the smallest difference a
 * given n can detect.
 */
@Command(name = "power", mixinStandardHelpOptions = true,
        description = {"Sample size and power for NPS, CSAT and CES.",
            "The responses needed per group to detect --difference from --baseline",
            "at --alpha and --power, or with --n the minimum detectable difference. NPS on -1..1 with its",
            "trinomial variance (--passives: the passive share; without it none is assumed, the largest",
            "variance, so n is an upper bound); csat: the satisfied share (0..1); ces: the mean 1..7 with --sd."})
public final class PowerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "nps", description = "nps, csat or ces.")
    String metric;

    @Option(names = "--baseline", paramLabel = "X",
            description = "The baseline value: NPS -1..1 (0.30 for +30), CSAT share 0..1, CES mean 1..7. Default: "
                    + "0.30 (nps), 0.80 (csat), 5 (ces).")
    Double baseline;

    @Option(names = "--difference", paramLabel = "D", description = "The difference to detect, in the metric's unit.")
    Double difference;

    @Option(names = "--n", paramLabel = "N", description = "Responses per group: report the minimum detectable "
            + "difference instead.")
    Long n;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Two-sided level (default 0.05).")
    double alpha;

    @Option(names = "--power", paramLabel = "P", defaultValue = "0.8", description = "Power (default 0.8).")
    double power;

    @Option(names = "--passives", paramLabel = "SHARE", defaultValue = "0",
            description = "NPS: the passive share 0..1 (default 0: the largest variance).")
    double passives;

    @Option(names = "--sd", paramLabel = "SD", defaultValue = "1.5",
            description = "CES: the answers' standard deviation (default ${DEFAULT-VALUE}).")
    double sd;

    @Option(names = "--one-sample", description = "Against a fixed target instead of a second group.")
    boolean oneSample;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
    String format;

    @Override
    public Integer call() {
        OutputFormat out = OutputFormat.parse(format);
        if ((difference == null) == (n == null)) {
            throw new UsageException("give --difference D (for the n needed) or --n N (for the detectable difference)");
        }
        PowerAnalysis.Model model;
        double base;
        try {
            switch (metric.toLowerCase(Locale.ROOT)) {
                case "nps" -> {
                    model = new PowerAnalysis.NpsModel(passives);
                    base = baseline == null ? 0.30 : baseline;
                }
                case "csat" -> {
                    model = new PowerAnalysis.ShareModel("csat");
                    base = baseline == null ? 0.80 : baseline;
                }
                case "ces" -> {
                    model = new PowerAnalysis.MeanModel("ces", sd, 1, 7);
                    base = baseline == null ? 5 : baseline;
                }
                default -> throw new UsageException("--metric must be nps, csat or ces, was '" + metric + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PowerAnalysis.Result r;
        try {
            r = n == null ? PowerAnalysis.sampleSize(model, base, difference, alpha, power, !oneSample)
                    : PowerAnalysis.minimumDetectable(model, base, n, alpha, power, !oneSample);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out != OutputFormat.TEXT) {
            Emit.write(out, r, PowerAnalysis.Result.class, List.of(r), w);
            return 0;
        }
        String unit = r.metric().equals("nps") ? " (" + Math.round(r.difference() * 100) + " NPS points)" : "";
        if (n == null) {
            w.printf(Locale.ROOT, "%s: %d responses %s to detect a difference of %s%s from %s at alpha %s with power "
                    + "%s%n", r.metric(), r.nPerGroup(), oneSample ? "in all" : "per group", num(r.difference()), unit,
                    num(r.baseline()), num(r.alpha()), num(r.power()));
        } else {
            w.printf(Locale.ROOT, "%s: with %d responses %s the smallest detectable difference from %s is %s%s (alpha "
                    + "%s, power %s)%n", r.metric(), r.nPerGroup(), oneSample ? "in all" : "per group",
                    num(r.baseline()), num(r.difference()), unit, num(r.alpha()), num(r.power()));
        }
        w.printf(Locale.ROOT, "variance per response %s at the baseline, %s at the alternative%n",
                num(r.varianceBaseline()), num(r.varianceAlternative()));
        w.println("formula: " + r.formula());
        w.flush();
        return 0;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4g", d);
    }
}
