package io.cxkit.metrics.tck;

import io.cxkit.metrics.testdata.StarRatingMetric;
import io.cxkit.metrics.*;
import io.cxkit.metrics.testdata.RandomInteractions;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The kit fails calculators that break the contract: a kit that cannot fail would prove nothing. */
class MetricCompatibilityKitSelfTest {

    /** A kit over a variant of the user's star metric; the variant's accumulator is broken in one way. */
    private abstract static class BrokenKit extends MetricCompatibilityKit<StarRatingMetric.Stars> {
        @Override
        protected Interaction randomInteraction(Random random) {
            return RandomInteractions.base(random).feedback(new Feedback.Rating(1 + random.nextInt(5), 5)).build();
        }

        @Override
        protected Map<String, Consumer<StarRatingMetric.Stars>> invalidInputs() {
            return Map.of("nothing is invalid here", acc -> { });
        }

        @Override
        protected Optional<Metric<StarRatingMetric.Stars>> differentlyConfigured() {
            return Optional.empty();
        }
    }

    private static Metric<StarRatingMetric.Stars> withCodec(StateCodec<StarRatingMetric.Stars> codec) {
        StarRatingMetric base = new StarRatingMetric();
        return new Metric<>() {
            @Override
            public String name() {
                return base.name();
            }

            @Override
            public StarRatingMetric.Stars newAccumulator() {
                return base.newAccumulator();
            }

            @Override
            public StateCodec<StarRatingMetric.Stars> codec() {
                return codec;
            }
        };
    }

    @Test
    void aCodecThatLosesPartOfTheStateFailsTheRoundTrip() {
        StateCodec<StarRatingMetric.Stars> lossy = new StateCodec<>() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void write(StarRatingMetric.Stars s, DataOutput out) throws IOException {
                out.writeLong(s.n);
            }

            @Override
            public StarRatingMetric.Stars read(DataInput in, int version) throws IOException {
                StarRatingMetric.Stars s = new StarRatingMetric().newAccumulator();
                s.n = in.readLong();
                s.sum = 3 * s.n;
                return s;
            }
        };
        BrokenKit kit = new BrokenKit() {
            @Override
            protected Metric<StarRatingMetric.Stars> metric() {
                return withCodec(lossy);
            }
        };
        assertThatThrownBy(kit::encodingRoundTrips).isInstanceOf(AssertionError.class);
    }

    @Test
    void aCodecThatFailsWithTheWrongExceptionOnBadPayloadsIsCaught() {
        StateCodec<StarRatingMetric.Stars> careless = new StateCodec<>() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void write(StarRatingMetric.Stars s, DataOutput out) throws IOException {
                out.writeLong(s.n);
                out.writeLong(s.sum);
            }

            @Override
            public StarRatingMetric.Stars read(DataInput in, int version) throws IOException {
                StarRatingMetric.Stars s = new StarRatingMetric().newAccumulator();
                s.n = in.readLong();
                s.sum = in.readLong();
                if (s.n < 0) {
                    throw new IllegalStateException("negative");
                }
                return s;
            }
        };
        BrokenKit kit = new BrokenKit() {
            @Override
            protected Metric<StarRatingMetric.Stars> metric() {
                return withCodec(careless);
            }
        };
        assertThatThrownBy(kit::randomPayloadsFailCleanly).isInstanceOf(AssertionError.class)
                .hasMessageContaining("instead of a StateFormatException");
    }

    @Test
    void anAccumulatorThatAcceptsInvalidInputFailsTheRejectionCheck() {
        BrokenKit kit = new BrokenKit() {
            @Override
            protected Metric<StarRatingMetric.Stars> metric() {
                return new StarRatingMetric();
            }

            @Override
            protected Map<String, Consumer<StarRatingMetric.Stars>> invalidInputs() {
                return Map.of("a silently accepted value", acc -> acc.n++);
            }
        };
        assertThatThrownBy(kit::invalidInputIsRejected).isInstanceOf(AssertionError.class);
    }

    @Test
    void resultsThatDependOnTheSplitFailTheMergeChecks() {
        BrokenKit kit = new BrokenKit() {
            @Override
            protected Metric<StarRatingMetric.Stars> metric() {
                return new StarRatingMetric();
            }

            @Override
            protected void add(StarRatingMetric.Stars accumulator, Interaction interaction) {
                // Order-dependent: the first answer of each part counts double, so splitting changes the sum.
                if (accumulator.n == 0) {
                    accumulator.sum += 1;
                }
                accumulator.add(interaction);
            }
        };
        assertThatThrownBy(kit::splitAndMergeInAnyOrderEqualsOnePass).isInstanceOf(AssertionError.class);
    }
}
