package io.cxkit.cli.segments;

import io.cxkit.cli.drivers.NegativityWeightOption;
import picocli.CommandLine.Option;

/**
 * The options of the segment commands that count customers at risk ({@code rfm}, {@code personas},
 * {@code signals}): the journey score's negativity weight, as {@code cx journeys at-risk} and {@code cx report}
 * take it, so the three agree on who is at risk.
 */
final class AtRiskOptions {
    @Option(names = "--negativity-weight", paramLabel = "W|estimated", defaultValue = "2",
            description = NegativityWeightOption.DESCRIPTION)
    String negativityWeight = "2";
}
