package io.cxkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cx} command. Exit codes: 0 on success, 1 on bad usage, 2 on bad input.
 */
@Command(name = "cx", mixinStandardHelpOptions = true, version = "cx 0.1.0-SNAPSHOT",
        description = "Customer-experience analytics on interaction exports.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            GenerateCommand.class,
            ReportCommand.class,
            MetricsCommand.class,
            CompareCommand.class,
            io.cxkit.cli.clv.ClvCommand.class,
            io.cxkit.cli.journey.JourneysCommand.class,
            AttributionCommand.class,
            io.cxkit.cli.segments.SegmentsCommand.class,
            io.cxkit.cli.text.TextCommand.class,
            io.cxkit.cli.drivers.DriversCommand.class,
            io.cxkit.cli.drivers.ChangeCommand.class,
            io.cxkit.cli.drivers.PowerCommand.class,
        })
public final class Cx implements Runnable {
    /** Exit code for bad usage: unknown options, bad option values. */
    public static final int EXIT_USAGE = 1;
    /** Exit code for bad input: rejected records, unreadable files. */
    public static final int EXIT_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with cxkit's exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cx());
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UsageException) {
                c.getErr().println("cx: " + ex.getMessage());
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
                return EXIT_USAGE;
            }
            if (ex instanceof InputException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException || ex instanceof IllegalArgumentException) {
                // Bad input is the user's to fix: the message names file, line and field; no stack trace.
                c.getErr().println("cx: " + InputException.reason(ex));
                return EXIT_INPUT;
            }
            throw ex;
        });
        cl.setExecutionStrategy(Cx::executeWithinMemory);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("cx: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        return cl;
    }

    /**
     * Runs the chosen subcommand; when the Java heap runs out, ends with one line on stderr (what ran out, how
     * big the input was, what to do) and exit code {@value #EXIT_INPUT}, never a stack trace.
     */
    static int executeWithinMemory(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            // The command's data became unreachable when its frames unwound, so there is room to report.
            CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
            last.getErr().println(MemoryMessage.of(last.getCommandSpec().qualifiedName(), e, parseResult));
            last.getErr().flush();
            return EXIT_INPUT;
        }
    }

    /** Runs {@code cx} and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
