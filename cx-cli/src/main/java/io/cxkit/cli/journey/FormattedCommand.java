package io.cxkit.cli.journey;

import io.cxkit.cli.FormatConverter;

import io.cxkit.cli.OutputFormat;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every {@code cx journeys} subcommand shares: {@code --format text|json|csv} (any case) and the command
 * line's output and error writers. Subcommands extend it; picocli reads the inherited option.
 */
public abstract class FormattedCommand implements Runnable {
    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where results go. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where read reports and warnings go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
