package io.cxkit.cli.text;

import io.cxkit.cli.FormatConverter;
import io.cxkit.cli.InputException;
import io.cxkit.cli.OutputFormat;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the {@code cx text} subcommands share: the input, {@code --format}, writing through the one writer. */
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

    /**
     * Reports what was read on stderr (records without text, records rejected), and fails when there was no
     * text at all: an empty answer is an error.
     */
    void account(TextInput.Counts c) {
        if (c.rejected > 0) {
            err().println("cx: " + input.source() + ": skipped " + c.rejected + " records that could not be read");
            for (String r : c.rejections.subList(0, Math.min(5, c.rejections.size()))) {
                err().println("cx:   " + r);
            }
        }
        if (c.records > c.withText) {
            err().println("cx: " + input.source() + ": " + (c.records - c.withText) + " of " + c.records
                    + " records have no text and were left out");
        }
        err().flush();
        if (c.withText == 0) {
            throw new InputException(input.source() + ": no text to analyse in " + c.records + " records"
                    + (c.rejected > 0 ? " (" + c.rejected + " rejected)" : ""));
        }
    }

    /** Writes a summary: text and JSON from the root record, CSV as its rows. */
    <R, T> void summary(R root, Schema<R> schema, Schema<T> rowSchema, List<T> rows) {
        switch (format) {
            case JSON -> JsonOutput.write(root, schema, out());
            case CSV -> CsvOutput.writeAll(rowSchema, rows, out());
            default -> TextOutput.write(root, schema, out());
        }
    }

    /** Writes per-record rows. */
    <T> void rows(Schema<T> schema, List<T> rows) {
        switch (format) {
            case CSV -> CsvOutput.writeAll(schema, rows, out());
            case JSON -> JsonOutput.writeRows("records", schema, rows, out());
            default -> TextOutput.writeTable(schema, rows, out());
        }
    }
}
