package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Adding to a fixed-size state allocates nothing (DESIGN.md, "The hot path"). Measured with the JVM's per-thread
 * allocation counter, which counts bytes, not time. The bound is under one byte per add: a single allocation per
 * add would be at least 16 bytes each, while the JVM itself may allocate a few hundred bytes once (class loading,
 * deoptimisation) during the loop.
 */
class AddAllocationTest {
    private static final int ADDS = 100_000;
    /** Read reflectively: the module under test does not read java.management, the class-path test run does. */
    private static long allocated(Runnable r) {
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method bytes = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            long before = (Long) bytes.invoke(threads);
            r.run();
            return (Long) bytes.invoke(threads) - before;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the JVM has no per-thread allocation counter", e);
        }
    }

    @Test
    void addingContactsToAverageHandleTimeAllocatesNothing() {
        Interaction c = contact("a", Duration.ZERO).duration(Duration.ofSeconds(300))
                .attribute(AverageHandleTime.HOLD_ATTRIBUTE, "12.5").attribute(AverageHandleTime.ACW_ATTRIBUTE, "30")
                .build();
        AverageHandleTime.State s = AverageHandleTime.defaults().newAccumulator();
        Runnable add = () -> {
            for (int i = 0; i < ADDS; i++) {
                s.add(c);
            }
        };
        add.run();
        long baseline = allocated(() -> { });
        assertThat(allocated(add) - baseline).isLessThan((long) ADDS);
        assertThat(s.count()).isEqualTo(2L * ADDS);
    }

    @Test
    void addingValuesWithinTheSketchsRangeAllocatesNothing() {
        QuantileSketch s = new QuantileSketch();
        Runnable add = () -> {
            for (int i = 1; i <= ADDS; i++) {
                s.add(i % 10_000 * 0.37);
            }
        };
        add.run();
        long baseline = allocated(() -> { });
        assertThat(allocated(add) - baseline).isLessThan((long) ADDS);
        assertThat(s.count()).isEqualTo(2L * ADDS);
    }
}
