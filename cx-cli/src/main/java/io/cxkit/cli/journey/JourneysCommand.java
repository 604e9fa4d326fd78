package io.cxkit.cli.journey;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cx journeys}: the journey capabilities, one subcommand each. To add one, add its class to
 * {@code subcommands}, one per line.
 */
@Command(name = "journeys", mixinStandardHelpOptions = true,
        description = "Stitch identities, map journeys and their variants, funnels, paths, pain points and at-risk "
                + "customers.",
        subcommands = {
            StitchCommand.class,
            MapCommand.class,
            VariantsCommand.class,
            FunnelCommand.class,
            PathsCommand.class,
            PainPointsCommand.class,
            AtRiskCommand.class,
        })
public final class JourneysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
