package io.cxkit.cli.text;

import picocli.CommandLine.Command;

/** {@code cx text}: the voice of the customer in free text. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Sentiment, tone and key phrases of comments and other free text.",
        subcommands = {SentimentCommand.class, ToneCommand.class, TopicsCommand.class})
public final class TextCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
