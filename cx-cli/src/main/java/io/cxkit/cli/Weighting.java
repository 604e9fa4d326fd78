package io.cxkit.cli;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.weighting.Raking;
import io.cxkit.metrics.weighting.RakingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code cx metrics --rake TARGETS}: rakes the survey respondents (interactions carrying an NPS, CSAT or CES
 * answer) to the population margins of TARGETS, then feeds them to the breakdown with their weights; the other
 * interactions go in unweighted, and metrics without weights count respondents unweighted too.
 */
final class Weighting {
    private Weighting() {
    }

    /**
     * How the raking went, as every format writes it.
     *
     * @param converged whether every margin was met within the tolerance
     * @param iterations the raking iterations
     * @param maxMarginError the largest absolute difference between a weighted margin and its target
     * @param effectiveN Kish's effective sample size of the weights
     */
    record RakeSummary(boolean converged, int iterations, double maxMarginError, double effectiveN) {
        static RakeSummary of(RakingResult r) {
            return new RakeSummary(r.converged(), r.iterations(), r.maxMarginError(), r.effectiveN());
        }
    }

    /**
     * Reads the targets and the input, rakes and fills the breakdown.
     *
     * @param targets the targets table
     * @param targetsMapping how to read it: its fields are {@code dimension}, {@code category} and {@code target}
     *        ({@link RakeTargetOptions#mapping()}, or none for a table with those names)
     * @param input the interactions, or empty for the embedded sample
     * @param source how to read the interactions
     * @param breakdown filled with the respondents, weighted, and the other interactions
     * @param err where read warnings go
     * @return how the raking went
     * @throws InputException if the targets file is missing or malformed, or raking cannot meet a margin
     */
    static RakeSummary rakeSummary(Path targets, SourceMapping targetsMapping, Optional<Path> input,
            SourceOptions source, Breakdown breakdown, PrintWriter err) {
        if (!Files.isRegularFile(targets)) {
            throw new InputException(targets + ": no such file");
        }
        Raking raking;
        try {
            raking = Raking.fromCsv(targets, targetsMapping);
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(targets + ": cannot be read: " + InputException.reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        List<Interaction> all = new ArrayList<>();
        InteractionStream.read(input, source, all::add, err);
        List<Interaction> respondents = new ArrayList<>();
        for (Interaction i : all) {
            if (isRespondent(i)) {
                respondents.add(i);
            }
        }
        if (respondents.isEmpty()) {
            throw new InputException(input.map(Path::toString).orElse("embedded sample")
                    + ": --rake needs survey respondents, but no interaction carries an nps, csat or ces answer");
        }
        RakingResult result;
        try {
            result = raking.weights(respondents);
        } catch (IllegalArgumentException e) {
            throw new InputException(targets + ": " + InputException.reason(e), e);
        }
        int r = 0;
        for (Interaction i : all) {
            if (r < respondents.size() && respondents.get(r) == i) {
                breakdown.addWeighted(i, result.weight(r++));
            } else {
                breakdown.add(i);
            }
        }
        return RakeSummary.of(result);
    }

    private static boolean isRespondent(Interaction i) {
        for (Feedback f : i.feedback()) {
            if (f instanceof Feedback.Nps || f instanceof Feedback.Csat || f instanceof Feedback.Ces) {
                return true;
            }
        }
        return false;
    }
}
