package io.cxkit.cli.journey;

import io.cxkit.cli.OutputFormat;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every {@code cx journeys} subcommand shares: {@code --format text|json|csv} (any case) and the command
 * line's output and error writers. Subcommands extend it; picocli reads the inherited option.
 */
public abstract class FormattedCommand implements Runnable {
    OutputFormat format = OutputFormat.TEXT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Sets {@code --format} among {@link #offeredFormats()}; a value not offered is a usage error (exit 1).
     *
     * @param value the option's value
     */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (cx journeys map also dot or mermaid; default: ${DEFAULT-VALUE}).")
    void format(String value) {
        try {
            format = OutputFormat.parse(value, offeredFormats());
        } catch (io.cxkit.cli.UsageException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The formats this command writes.
     *
     * @return text, JSON and CSV unless a command offers more
     */
    protected OutputFormat[] offeredFormats() {
        return new OutputFormat[] {OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.CSV};
    }

    /** Where results go. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where read reports and warnings go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
