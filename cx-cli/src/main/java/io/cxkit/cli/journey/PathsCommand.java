package io.cxkit.cli.journey;

import io.cxkit.cli.UsageException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.path.PathCount;
import io.cxkit.journey.path.Paths;
import io.cxkit.journey.path.StepCount;
import io.cxkit.journey.path.Transition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys paths}: the top transitions; with {@code --from X} the steps directly after and before X;
 * with {@code --from X --to Y} the most common paths from X to Y. Written through the one writer (every JSON
 * document starts with {@code "schema_version":1}). JSON:
 * {@code {"transitions":[{"from","to","count","share"}]}}, {@code {"touchpoint":X,"next":[{"activity","count",
 * "share"}],"previous":[...]}} or {@code {"from":X,"to":Y,"paths":[{"activities":[...],"count","share"}]}}.
 */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "Top transitions, next/previous steps from a touchpoint, common paths between two.")
public final class PathsCommand extends FormattedCommand {
    @Mixin
    JourneyInput input;

    @Option(names = "--from", paramLabel = "TOUCHPOINT", description = "Show what follows and precedes it.")
    Optional<String> from = Optional.empty();

    @Option(names = "--to", paramLabel = "TOUCHPOINT", description = "With --from: the common paths from --from to it.")
    Optional<String> to = Optional.empty();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "List at most N (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "10",
            description = "Longest path between two touchpoints, both ends included (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Override
    public void run() {
        if (top < 0) {
            throw new UsageException("--top must be at least 0, was " + top);
        }
        if (maxLength < 2) {
            throw new UsageException("--max-length must be at least 2, was " + maxLength);
        }
        if (to.isPresent() && from.isEmpty()) {
            throw new UsageException("--to needs --from");
        }
        PrintWriter out = out();
        Paths paths = Paths.of(input.journeyLog(err(), new JourneyFilterOptions()).log());
        if (from.isPresent() && to.isPresent()) {
            between(out, paths.between(from.get(), to.get(), maxLength, top));
        } else if (from.isPresent()) {
            neighbours(out, paths.next(from.get(), top), paths.previous(from.get(), top));
        } else {
            transitions(out, paths.topTransitions(top));
        }
    }

    private void transitions(PrintWriter out, List<Transition> list) {
        switch (format) {
            case JSON -> JsonOutput.writeRows("transitions", Schema.of(Transition.class), list, out);
            case CSV -> CsvOutput.writeAll(Schema.of(Transition.class), list, out);
            default -> {
                Table t = new Table("from", "to", "count", "share");
                list.forEach(x -> t.row(x.from(), x.to(), x.count(), Format.percent(x.share())));
                t.print(out);
            }
        }
    }

    /**
     * What {@code --from X --format json} writes: the steps directly after and before X.
     *
     * @param touchpoint X
     * @param next the steps right after it, most frequent first
     * @param previous the steps right before it, most frequent first
     */
    public record Neighbours(String touchpoint, List<StepCount> next, List<StepCount> previous) {
    }

    /** One CSV row of the neighbours: {@code next} or {@code previous}, then the step's fields. */
    private record DirectedStep(String direction, StepCount step) {
    }

    private static final Schema<DirectedStep> DIRECTED_STEP = Schema.builder(DirectedStep.class)
            .text("direction", DirectedStep::direction)
            .inline(DirectedStep::step, Schema.of(StepCount.class))
            .build();

    private void neighbours(PrintWriter out, List<StepCount> next, List<StepCount> previous) {
        switch (format) {
            case JSON -> JsonOutput.write(new Neighbours(from.get(), next, previous), out);
            case CSV -> {
                List<DirectedStep> rows = new ArrayList<>();
                next.forEach(s -> rows.add(new DirectedStep("next", s)));
                previous.forEach(s -> rows.add(new DirectedStep("previous", s)));
                CsvOutput.writeAll(DIRECTED_STEP, rows, out);
            }
            default -> {
                out.println("after " + from.get() + ":");
                Table t = new Table("next", "count", "share");
                next.forEach(s -> t.row(s.activity(), s.count(), Format.percent(s.share())));
                t.print(out);
                out.println();
                out.println("before " + from.get() + ":");
                Table p = new Table("previous", "count", "share");
                previous.forEach(s -> p.row(s.activity(), s.count(), Format.percent(s.share())));
                p.print(out);
            }
        }
    }

    /**
     * What {@code --from X --to Y --format json} writes: the most common paths from X to Y.
     *
     * @param from X
     * @param to Y
     * @param paths the paths, most frequent first
     */
    public record PathsBetween(String from, String to, List<PathCount> paths) {
    }

    /** A path as a CSV row: count and share, then the activities joined by {@code " > "} as a journey reads. */
    private static final Schema<PathCount> PATH_ROW = Schema.builder(PathCount.class)
            .integer("count", PathCount::count)
            .number("share", PathCount::share)
            .text("activities", p -> String.join(" > ", p.activities()))
            .build();

    private void between(PrintWriter out, List<PathCount> list) {
        switch (format) {
            case JSON -> JsonOutput.write(new PathsBetween(from.get(), to.get(), list), out);
            case CSV -> CsvOutput.writeAll(PATH_ROW, list, out);
            default -> {
                Table t = new Table("count", "share", "path");
                list.forEach(p -> t.row(p.count(), Format.percent(p.share()), String.join(" > ", p.activities())));
                t.print(out);
            }
        }
    }
}
