package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AbsorptionSolverTest {

    @Test
    void gaussSeidelAgreesWithTheDirectSolveOnLargeCyclicChains() {
        Random rnd = new Random(5);
        for (long seed = 1; seed <= 3; seed++) {
            List<ConversionPath> paths = RandomPaths.generate(seed, 1500, 7, 8, true);
            MarkovChain chain = MarkovChain.fit(paths, 3);
            assertThat(chain.states).isGreaterThan(AbsorptionSolver.DENSE_LIMIT);
            AbsorptionSolver solver = new AbsorptionSolver(chain);
            for (int trial = 0; trial < 4; trial++) {
                int[] dead = trial == 0 ? new int[0] : chain.statesWithChannel[rnd.nextInt(7)];
                double[] iterative = new double[2];
                double[] direct = new double[2];
                assertThat(solver.solveIteratively(dead, iterative)).isTrue();
                solver.solveDirectly(dead, direct);
                assertThat(iterative[0]).isCloseTo(direct[0], within(1e-11));
                assertThat(iterative[1]).isCloseTo(direct[1], within(1e-11 * Math.max(1, direct[1])));
            }
        }
    }

    @Test
    void blocksOfRemovalsAgreeWithTheDirectSolveForEveryChannel() {
        blocksAgree(RandomPaths.generate(11, 3000, 9, 9, true));
    }

    @Test
    void withoutValuesTheProbabilityStillAgrees() {
        List<ConversionPath> paths = RandomPaths.generate(12, 3000, 9, 9, true).stream()
                .map(p -> new ConversionPath(p.channels(), p.conversions(), 0, p.nulls())).toList();
        blocksAgree(paths);
    }

    private static void blocksAgree(List<ConversionPath> paths) {
        MarkovChain chain = MarkovChain.fit(paths, 3);
        assertThat(chain.states).isGreaterThan(AbsorptionSolver.DENSE_LIMIT);
        int[][] removals = new int[10][];
        removals[0] = new int[0];
        for (int c = 0; c < 9; c++) {
            removals[c + 1] = chain.statesWithChannel[c];
        }
        double[][] block = new double[10][2];
        AbsorptionSolver solver = new AbsorptionSolver(chain);
        solver.solveAll(removals, block);
        for (int r = 0; r < 10; r++) {
            double[] direct = new double[2];
            solver.solveDirectly(removals[r], direct);
            assertThat(block[r][0]).as("removal %d", r).isCloseTo(direct[0], within(1e-11 * direct[0]));
            assertThat(block[r][1]).as("removal %d", r).isCloseTo(direct[1], within(1e-11 * direct[1]));
            assertThat(direct[0]).isPositive();
        }
    }

    @Test
    void anAcyclicChainConvergesAndIsExact() {
        MarkovChain chain = MarkovChain.fit(List.of(
                new ConversionPath(List.of("a", "b", "c"), 1, 0, 1),
                new ConversionPath(List.of("a", "c"), 1, 0, 0)), 1);
        double[] out = new double[2];
        assertThat(new AbsorptionSolver(chain).solveIteratively(new int[0], out)).isTrue();
        assertThat(out[0]).isEqualTo(2.0 / 3);
    }
}
