package io.cxkit.cli.journey;

import io.cxkit.cli.InputException;
import io.cxkit.cli.OutputFile;
import io.cxkit.cli.UsageException;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.identity.Explanation;
import io.cxkit.journey.identity.Identifier;
import io.cxkit.journey.identity.IdentifierType;
import io.cxkit.journey.identity.IdentityStitcher;
import io.cxkit.journey.identity.Merge;
import io.cxkit.journey.identity.RefusedMerge;
import io.cxkit.journey.identity.StitchResult;
import io.cxkit.journey.identity.StitchSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys stitch}: resolves customers across identifiers, writes the interactions with their resolved
 * customer ids, and prints the merge report, through the one writer. JSON: {@code {"schema_version":1,"records":N,"identifiers":N,"customers":N,
 * "merges":N,"refused_merges":N,"blocked_values":N,"ignored_identifiers":{type:N},"refused":[{"record":..,
 * "anchor":..,"identifier":..,"reason":..}]}}, plus {@code "explain"} with {@code --explain}.
 */
@Command(name = "stitch", mixinStandardHelpOptions = true,
        description = "Stitch identities: resolve customers across emails, phones, devices, cookies and CRM ids.")
public final class StitchCommand extends FormattedCommand {
    private static final int SHOWN_REFUSALS = 20;

    /** How --input is read (--map, --const, --alias, --timestamp-format, --zone, --delimiter, --mapping). */
    @picocli.CommandLine.Mixin
    io.cxkit.cli.SourceOptions source = new io.cxkit.cli.SourceOptions();

    @Option(names = "--input", paramLabel = "FILE",
            description = "cxkit interactions with id.TYPE columns or an identifiers object (default: the sample).")
    Optional<Path> input = Optional.empty();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the interactions with resolved customer ids here (.csv or .jsonl, optionally .gz).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--no-customer-id",
            description = "Ignore customer_id and stitch from the identifiers alone (records with an empty "
                    + "customer_id need no option: theirs is assigned by stitching).")
    boolean noCustomerId;

    @Option(names = "--block", paramLabel = "VALUE", split = ",",
            description = "More junk values never to merge on (besides \"\", null, 0, undefined, anonymous).")
    List<String> blocked = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "TYPE=N", split = ",",
            description = "The most identifiers of TYPE one customer may hold, e.g. email=5,crm=1; a new TYPE is "
                    + "added with the lowest priority.")
    Map<String, Integer> limits = new LinkedHashMap<>();

    @Option(names = "--explain", paramLabel = "CUSTOMER", description = "Explain one resolved customer.")
    Optional<String> explain = Optional.empty();

    @Option(names = "--skip-invalid", description = "Go on with the accepted records when some are rejected.")
    boolean skipInvalid;

    @Override
    public void run() {
        StitchSettings settings = settings();
        PrintWriter stdout = out();
        List<Interaction> records = input.isPresent()
                ? JourneyInput.readInteractions(input.get(), source, skipInvalid, err())
                : JourneyInput.sample();
        StitchResult result = new IdentityStitcher(settings).stitch(records);
        if (out.isPresent()) {
            write(result.apply(), out.get(), input.stream().toList());
        }
        Optional<Explanation> explanation = explain.map(c -> result.explain(customer(c))
                .orElseThrow(() -> new UsageException("no resolved customer '" + c + "' with identifiers")));
        switch (format) {
            case JSON -> JsonOutput.write(result, schema(explanation), stdout);
            case CSV -> CsvOutput.writeAll(REFUSAL, result.refused(), stdout);
            default -> text(stdout, result, explanation);
        }
    }

    private static CustomerId customer(String text) {
        try {
            return CustomerId.of(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--explain: " + e.getMessage());
        }
    }

    private StitchSettings settings() {
        try {
            StitchSettings s = StitchSettings.defaults();
            if (noCustomerId) {
                s = s.withoutType(StitchSettings.CUSTOMER);
            }
            for (Map.Entry<String, Integer> e : limits.entrySet()) {
                int at = s.indexOf(e.getKey());
                boolean ignoreCase = at >= 0 && s.types().get(at).ignoreCase();
                s = s.withType(new IdentifierType(e.getKey(), e.getValue(), ignoreCase));
            }
            return s.withBlocked(blocked.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void write(List<Interaction> interactions, Path file, List<Path> inputs) {
        InteractionFormat format;
        try {
            format = InteractionFormat.forPath(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--out: " + e.getMessage());
        }
        try (OutputFile target = OutputFile.create("--out", file, inputs)) {
            InteractionWriter w = InteractionWriter.builder().format(format).columnsOf(interactions)
                    .open(InteractionFormat.isGzip(file)
                            ? new GZIPOutputStream(target.stream(), 1 << 16) : target.stream());
            for (Interaction i : interactions) {
                w.write(i);
            }
            w.close();
            target.commit();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot write: " + InputException.reason(e), e);
        }
    }

    /** A refused merge as written: identifiers as {@code type:value}. */
    static final Schema<RefusedMerge> REFUSAL = Schema.builder(RefusedMerge.class)
            .text("record", RefusedMerge::recordId)
            .text("anchor", RefusedMerge::anchor)
            .text("identifier", RefusedMerge::identifier)
            .text("reason", RefusedMerge::reason)
            .build();

    /** An applied merge as written. */
    static final Schema<Merge> MERGE = Schema.builder(Merge.class)
            .text("record", Merge::recordId)
            .text("anchor", Merge::anchor)
            .text("identifier", Merge::identifier)
            .build();

    /** One customer's explanation as written. */
    static final Schema<Explanation> EXPLANATION = Schema.builder(Explanation.class)
            .text("customer", Explanation::customer)
            .value("identifiers", e -> e.identifiers().stream().map(Identifier::toString).toList())
            .rows("merges", Explanation::merges, MERGE)
            .rows("refused", Explanation::refused, REFUSAL)
            .build();

    /**
     * The stitch report's JSON document, with the explanation when {@code --explain} asked for one.
     *
     * @param explanation the explained customer, if any
     * @return the schema
     */
    static Schema<StitchResult> schema(Optional<Explanation> explanation) {
        Schema.Builder<StitchResult> b = Schema.builder(StitchResult.class)
                .integer("records", StitchResult::records)
                .integer("identifiers", StitchResult::identifiers)
                .integer("customers", StitchResult::customers)
                .integer("merges", r -> r.merges().size())
                .integer("refused_merges", r -> r.refused().size())
                .integer("blocked_values", StitchResult::blockedValues)
                .value("ignored_identifiers", StitchResult::ignoredTypes)
                .rows("refused", StitchResult::refused, REFUSAL);
        explanation.ifPresent(e -> b.object("explain", r -> e, EXPLANATION));
        return b.build();
    }

    private static void text(PrintWriter out, StitchResult r, Optional<Explanation> explanation) {
        out.println("records:         " + r.records());
        out.println("identifiers:     " + r.identifiers());
        out.println("customers:       " + r.customers());
        out.println("merges:          " + r.merges().size());
        out.println("refused merges:  " + r.refused().size());
        out.println("blocked values:  " + r.blockedValues());
        if (!r.ignoredTypes().isEmpty()) {
            out.println("ignored types:   " + r.ignoredTypes());
        }
        if (!r.refused().isEmpty()) {
            out.println();
            Table t = new Table("record", "anchor", "identifier", "reason");
            r.refused().stream().limit(SHOWN_REFUSALS).forEach(x -> t.row(x.recordId(), x.anchor(), x.identifier(),
                    x.reason()));
            t.print(out);
            if (r.refused().size() > SHOWN_REFUSALS) {
                out.println("... and " + (r.refused().size() - SHOWN_REFUSALS) + " more (use --format json)");
            }
        }
        explanation.ifPresent(e -> {
            out.println();
            out.println("customer " + e.customer() + ": " + e.identifiers());
            e.merges().forEach(m -> out.println("  merged " + m.identifier() + " into " + m.anchor() + " (record "
                    + m.recordId() + ")"));
            e.refused().forEach(m -> out.println("  refused " + m.identifier() + " with " + m.anchor() + " (record "
                    + m.recordId() + "): " + m.reason()));
        });
        out.flush();
    }
}
