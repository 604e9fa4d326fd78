package io.cxkit.cli;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.weighting.Raking;
import io.cxkit.metrics.weighting.RakingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Reads the input, rakes and fills the breakdown.
     *
     * @return the JSON object {@code {"converged":..,"iterations":..,"max_margin_error":..,"effective_n":..}}
     * @throws InputException if the targets file is missing or malformed, or raking cannot meet a margin
     */
    static Map<String, Object> rake(Path targets, Optional<Path> input, SourceOptions source, Breakdown breakdown,
            PrintWriter err) {
        if (!Files.isRegularFile(targets)) {
            throw new InputException(targets + ": no such file");
        }
        Raking raking;
        try {
            raking = Raking.fromCsv(targets);
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
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("converged", result.converged());
        w.put("iterations", result.iterations());
        w.put("max_margin_error", result.maxMarginError());
        w.put("effective_n", result.effectiveN());
        return w;
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
