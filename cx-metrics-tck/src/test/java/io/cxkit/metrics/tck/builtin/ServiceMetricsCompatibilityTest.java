package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.service.*;
import io.cxkit.metrics.*;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.Metric;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.testdata.ServiceInteractions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;

/** Every service calculator passes the metric compatibility kit. */
class ServiceMetricsCompatibilityTest {
    /** Far beyond what epoch milliseconds with flag bits can hold. */
    private static final Interaction TOO_LATE = ServiceInteractions.inScope(Instant.MAX).build();

    @Nested
    class Fcr extends MetricCompatibilityKit<FirstContactResolution.State> {
        @Override
        protected Metric<FirstContactResolution.State> metric() {
            return FirstContactResolution.builder().window(Duration.ofDays(3)).build();
        }

        @Override
        protected Optional<Metric<FirstContactResolution.State>> differentlyConfigured() {
            return Optional.of(FirstContactResolution.builder().window(Duration.ofDays(4)).build());
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return ServiceInteractions.random(random, 30);
        }

        @Override
        protected Map<String, Consumer<FirstContactResolution.State>> invalidInputs() {
            return Map.of("a timestamp beyond the representable range", s -> s.add(TOO_LATE));
        }
    }

    @Nested
    class FcrByJourney extends Fcr {
        @Override
        protected Metric<FirstContactResolution.State> metric() {
            return FirstContactResolution.builder().issueKey(IssueKey.JOURNEY_ID).scope(ContactScope.allChannels())
                    .build();
        }

        @Override
        protected Optional<Metric<FirstContactResolution.State>> differentlyConfigured() {
            return Optional.of(FirstContactResolution.builder().issueKey(IssueKey.TOUCHPOINT).scope(ContactScope.allChannels()).build());
        }
    }

    @Nested
    class Frt extends MetricCompatibilityKit<FirstResponseTime.State> {
        @Override
        protected Metric<FirstResponseTime.State> metric() {
            return FirstResponseTime.defaults();
        }

        @Override
        protected Optional<Metric<FirstResponseTime.State>> differentlyConfigured() {
            return Optional.of(FirstResponseTime.builder().calendar(BusinessCalendar.weekdays(ZoneOffset.UTC)).estimator(QuantileEstimator.TYPE_7).build());
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return ServiceInteractions.random(random, 30);
        }

        @Override
        protected Map<String, Consumer<FirstResponseTime.State>> invalidInputs() {
            return Map.of("a timestamp beyond the representable range", s -> s.add(TOO_LATE));
        }
    }

    @Nested
    class FrtInBusinessHours extends Frt {
        @Override
        protected Metric<FirstResponseTime.State> metric() {
            return FirstResponseTime.builder().calendar(BusinessCalendar.weekdays(ZoneOffset.UTC))
                    .estimator(QuantileEstimator.TYPE_8).build();
        }

        @Override
        protected Optional<Metric<FirstResponseTime.State>> differentlyConfigured() {
            return Optional.of(FirstResponseTime.builder().calendar(BusinessCalendar.weekdays(ZoneOffset.UTC)).estimator(QuantileEstimator.TYPE_7).build());
        }

        @Override
        protected int sampleSize() {
            return 200;
        }
    }

    @Nested
    class Aht extends MetricCompatibilityKit<AverageHandleTime.State> {
        @Override
        protected Metric<AverageHandleTime.State> metric() {
            return AverageHandleTime.defaults();
        }

        @Override
        protected Optional<Metric<AverageHandleTime.State>> differentlyConfigured() {
            return Optional.of(AverageHandleTime.of(ContactScope.assisted(), ContactKinds.all(), 0.95));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return ServiceInteractions.random(random, 30);
        }

        @Override
        protected Map<String, Consumer<AverageHandleTime.State>> invalidInputs() {
            Interaction negativeHold = ServiceInteractions.inScope(Instant.EPOCH).duration(Duration.ofSeconds(60))
                    .attribute(AverageHandleTime.HOLD_ATTRIBUTE, "-5").build();
            Interaction wordyAcw = ServiceInteractions.inScope(Instant.EPOCH).duration(Duration.ofSeconds(60))
                    .attribute(AverageHandleTime.ACW_ATTRIBUTE, "ten").build();
            return Map.of("a negative hold time", s -> s.add(negativeHold),
                    "a non-numeric after-contact work time", s -> s.add(wordyAcw),
                    "a negative talk time in the columnar entry point", s -> s.addMillis(-1, 0, 0));
        }
    }

    @Nested
    class HandleTimeSketch extends MetricCompatibilityKit<HandleTimeQuantiles.State> {
        @Override
        protected Metric<HandleTimeQuantiles.State> metric() {
            return HandleTimeQuantiles.defaults();
        }

        @Override
        protected Optional<Metric<HandleTimeQuantiles.State>> differentlyConfigured() {
            return Optional.of(HandleTimeQuantiles.of(ContactScope.assisted(), 0.02, 0.95));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return ServiceInteractions.random(random, 30);
        }

        @Override
        protected Map<String, Consumer<HandleTimeQuantiles.State>> invalidInputs() {
            Interaction negativeHold = ServiceInteractions.inScope(Instant.EPOCH).duration(Duration.ofSeconds(60))
                    .attribute(AverageHandleTime.HOLD_ATTRIBUTE, "-5").build();
            return Map.of("a negative hold time", s -> s.add(negativeHold),
                    "a negative handle time in the columnar entry point", s -> s.addSeconds(-1),
                    "a NaN handle time", s -> s.addSeconds(Double.NaN));
        }
    }

    @Nested
    class Resolution extends MetricCompatibilityKit<ResolutionTime.State> {
        @Override
        protected Metric<ResolutionTime.State> metric() {
            return ResolutionTime.defaults();
        }

        @Override
        protected Optional<Metric<ResolutionTime.State>> differentlyConfigured() {
            return Optional.of(ResolutionTime.builder().issueKey(IssueKey.JOURNEY_ID).build());
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return ServiceInteractions.random(random, 60);
        }

        @Override
        protected Map<String, Consumer<ResolutionTime.State>> invalidInputs() {
            return Map.of("a timestamp beyond the representable range", s -> s.add(TOO_LATE));
        }
    }
}
