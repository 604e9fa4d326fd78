package io.cxkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code cx} in-process and captures its exit code, standard output and standard error. */
record CxRun(int exit, String out, String err) {

    static CxRun of(String... args) {
        return with(Cx.commandLine(), args);
    }

    static CxRun with(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CxRun(exit, out.toString(), err.toString());
    }
}
