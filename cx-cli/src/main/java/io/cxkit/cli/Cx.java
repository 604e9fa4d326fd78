package io.cxkit.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cx} command. Exit codes: 0 on success, 1 on bad usage, 2 on bad input.
 */
@Command(name = "cx", mixinStandardHelpOptions = true, version = "cx 0.1.0-SNAPSHOT",
        description = "Customer-experience analytics on interaction exports.")
public final class Cx implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are registered lazily ({@link #commandLine(String...)}):
     * building picocli's model of every command and its options took most of the start-up time of a command
     * that needs one.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
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
            io.cxkit.cli.drivers.PowerCommand.class);

    /** Exit code for bad usage: unknown options, bad option values. */
    public static final int EXIT_USAGE = 1;
    /** Exit code for bad input: rejected records, unreadable files. */
    public static final int EXIT_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --quiet} on any command: no progress line (see {@link Progress}). */
    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "No progress line on standard error.")
    boolean quiet;

    /** {@code --progress} on any command: a progress line even when standard error is not a terminal. */
    @CommandLine.Option(names = "--progress", scope = CommandLine.ScopeType.INHERIT,
            description = "Show progress on standard error even when it is not a terminal (default: only on a "
                    + "terminal; or set CX_PROGRESS=always|never).")
    boolean progress;

    /** The process's standard error, as {@link #main} gives it: the only writer progress is shown on by default. */
    static final java.io.PrintWriter PROCESS_ERR = new java.io.PrintWriter(System.err, true);

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with cxkit's exit codes and every subcommand.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the command line for {@code args}: when the first argument names a subcommand, only that one is
     * registered, so that a run pays for the model of the command it runs; otherwise (no arguments, an option,
     * {@code help}, a misspelt name) every subcommand is, so that help and suggestions are complete.
     *
     * @param args the command-line arguments
     * @return the command line
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Cx());
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        Class<?> only = args.length == 0 ? null : named(args[0]);
        for (Class<?> c : SUBCOMMANDS) {
            if (!versionOnly && (only == null || c == only)) {
                cl.addSubcommand(c);
            }
        }
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
        cl.setParameterExceptionHandler((ex, given) -> {
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
            return withProgress(parseResult);
        } catch (OutOfMemoryError e) {
            // The command's data became unreachable when its frames unwound, so there is room to report.
            CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
            last.getErr().println(MemoryMessage.of(last.getCommandSpec().qualifiedName(), e, parseResult));
            last.getErr().flush();
            return EXIT_INPUT;
        }
    }

    /** Runs the chosen subcommand with its {@link Progress} as the current one. */
    private static int withProgress(CommandLine.ParseResult parseResult) {
        List<CommandLine> chain = parseResult.asCommandLineList();
        CommandLine last = chain.get(chain.size() - 1);
        Cx root = (Cx) chain.get(0).getCommand();
        java.io.PrintWriter err = last.getErr();
        Progress p = Progress.decide(root.quiet, root.progress, System.getenv(), err == PROCESS_ERR)
                == Progress.Mode.ALWAYS ? Progress.drawingOn(err, System::nanoTime) : Progress.silent();
        // Whatever a command prints, on stderr or stdout (the same terminal, often), first clears the line.
        java.io.PrintWriter[] errs = new java.io.PrintWriter[chain.size()];
        java.io.PrintWriter[] outs = new java.io.PrintWriter[chain.size()];
        for (int k = 0; k < errs.length; k++) {
            errs[k] = chain.get(k).getErr();
            outs[k] = chain.get(k).getOut();
            chain.get(k).setErr(p.guarding(errs[k]));
            chain.get(k).setOut(p.guarding(outs[k]));
        }
        try {
            return Progress.during(p, () -> new CommandLine.RunLast().execute(parseResult));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            for (int k = 0; k < errs.length; k++) {
                chain.get(k).setErr(errs[k]);
                chain.get(k).setOut(outs[k]);
            }
        }
    }

    /**
     * Runs {@code cx} and exits with its code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        CommandLine cl = commandLine(args);
        cl.setErr(PROCESS_ERR);
        System.exit(cl.execute(args));
    }

    /** The subcommand class whose name (or alias) is {@code arg}, or null. Reads annotations only. */
    private static Class<?> named(String arg) {
        if (arg.equals("help")) {
            return null;
        }
        for (Class<?> c : SUBCOMMANDS) {
            Command cmd = c.getAnnotation(Command.class);
            if (cmd != null && (cmd.name().equals(arg) || java.util.Arrays.asList(cmd.aliases()).contains(arg))) {
                return c;
            }
        }
        return null;
    }

}
