package io.cxkit.cli.journey;

import io.cxkit.cli.Output;
import io.cxkit.cli.UsageException;
import io.cxkit.journey.path.PathCount;
import io.cxkit.journey.path.Paths;
import io.cxkit.journey.path.StepCount;
import io.cxkit.journey.path.Transition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys paths}: the top transitions; with {@code --from X} the steps directly after and before X;
 * with {@code --from X --to Y} the most common paths from X to Y. JSON:
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
        List<Object> json = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        Table t = new Table("from", "to", "count", "share");
        for (Transition x : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", x.from());
            m.put("to", x.to());
            m.put("count", x.count());
            m.put("share", x.share());
            json.add(m);
            rows.add(List.of(x.from(), x.to(), x.count(), x.share()));
            t.row(x.from(), x.to(), x.count(), Format.percent(x.share()));
        }
        switch (format) {
            case JSON -> Output.json(out, Map.of("transitions", json));
            case CSV -> Output.csv(out, List.of("from", "to", "count", "share"), rows);
            default -> t.print(out);
        }
    }

    private void neighbours(PrintWriter out, List<StepCount> next, List<StepCount> previous) {
        switch (format) {
            case JSON -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("touchpoint", from.get());
                root.put("next", steps(next));
                root.put("previous", steps(previous));
                Output.json(out, root);
            }
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                next.forEach(s -> rows.add(List.of("next", s.activity(), s.count(), s.share())));
                previous.forEach(s -> rows.add(List.of("previous", s.activity(), s.count(), s.share())));
                Output.csv(out, List.of("direction", "activity", "count", "share"), rows);
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

    private static List<Object> steps(List<StepCount> list) {
        List<Object> out = new ArrayList<>();
        for (StepCount s : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("activity", s.activity());
            m.put("count", s.count());
            m.put("share", s.share());
            out.add(m);
        }
        return out;
    }

    private void between(PrintWriter out, List<PathCount> list) {
        switch (format) {
            case JSON -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("from", from.get());
                root.put("to", to.get());
                List<Object> paths = new ArrayList<>();
                for (PathCount p : list) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("activities", p.activities());
                    m.put("count", p.count());
                    m.put("share", p.share());
                    paths.add(m);
                }
                root.put("paths", paths);
                Output.json(out, root);
            }
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                list.forEach(p -> rows.add(List.of(p.count(), p.share(), String.join(" > ", p.activities()))));
                Output.csv(out, List.of("count", "share", "activities"), rows);
            }
            default -> {
                Table t = new Table("count", "share", "path");
                list.forEach(p -> t.row(p.count(), Format.percent(p.share()), String.join(" > ", p.activities())));
                t.print(out);
            }
        }
    }
}
