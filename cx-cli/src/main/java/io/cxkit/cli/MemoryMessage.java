package io.cxkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The one line {@code cx} prints when the Java heap runs out: what ran out, the command, how big its input
 * files were, and what to do (a larger {@code -Xmx}, through {@code JAVA_TOOL_OPTIONS} for the launcher, or a
 * narrower input).
 */
final class MemoryMessage {
    private static final long MB = 1024 * 1024;
    /** Options naming files a command writes, not reads. */
    private static final List<String> OUTPUTS = List.of("--out", "--rejects");

    private MemoryMessage() {
    }

    /** The message for {@code error} raised by {@code command}, naming the input files the user gave. */
    static String of(String command, OutOfMemoryError error, CommandLine.ParseResult parseResult) {
        List<Path> files = inputFiles(parseResult);
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (java.io.IOException | SecurityException ignored) {
                // A file that vanished adds nothing to the size we report.
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        String what = error.getMessage() == null || error.getMessage().isBlank() ? "Java heap space"
                : error.getMessage();
        String input = files.isEmpty() ? "the embedded sample"
                : String.format(Locale.ROOT, "%s (%,d MB)", files.size() == 1 ? files.get(0).toString()
                        : files.size() + " files", Math.max(1, (bytes + MB / 2) / MB));
        long suggested = Math.max(2 * maxHeap / MB, 1024);
        return String.format(Locale.ROOT, "cx: %s ran out of memory (%s, heap limit %,d MB) on %s; give Java "
                + "more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx%dm (or java -Xmx%dm -jar cx.jar), or a narrower input "
                + "(see docs/cli.md, \"Memory\")", command, what, maxHeap / MB, input, suggested, suggested);
    }

    /** The existing regular files among the values of every matched option, in the order given. */
    private static List<Path> inputFiles(CommandLine.ParseResult parseResult) {
        List<Path> out = new ArrayList<>();
        for (CommandLine cl : parseResult.asCommandLineList()) {
            CommandLine.ParseResult pr = cl.getParseResult();
            if (pr == null) {
                continue;
            }
            for (CommandLine.Model.OptionSpec o : pr.matchedOptions()) {
                if (!OUTPUTS.contains(o.longestName())) {
                    collect(o.getValue(), out);
                }
            }
        }
        return out;
    }

    private static void collect(Object value, List<Path> out) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Path p && Files.isRegularFile(p) && !out.contains(p)) {
            out.add(p);
        }
    }
}
