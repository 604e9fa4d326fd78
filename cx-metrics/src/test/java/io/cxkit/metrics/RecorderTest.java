package io.cxkit.metrics;

import io.cxkit.metrics.testdata.StarRatingMetric;
import io.cxkit.metrics.testdata.RandomInteractions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RecorderTest {

    @Test
    void eightWritersAndASnapshottingReaderLoseAndDoubleCountNothing() throws Exception {
        Recorder<StarRatingMetric.Stars> recorder = new Recorder<>(new StarRatingMetric());
        Interaction[] byScore = new Interaction[6];
        for (int s = 1; s <= 5; s++) {
            byScore[s] = RandomInteractions.base(new Random(s)).feedback(new Feedback.Rating(s, 5)).build();
        }
        int threads = 8;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int score = 1 + t % 5;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    recorder.record(byScore[score]);
                }
            });
            writers.add(w);
            w.start();
        }
        AtomicBoolean done = new AtomicBoolean();
        List<StarRatingMetric.Stars> snapshots = new ArrayList<>();
        start.countDown();
        while (!done.get()) {
            snapshots.add(recorder.intervalSnapshot());
            done.set(writers.stream().noneMatch(Thread::isAlive));
        }
        for (Thread w : writers) {
            w.join();
        }
        snapshots.add(recorder.intervalSnapshot());

        long n = 0;
        long sum = 0;
        for (StarRatingMetric.Stars s : snapshots) {
            n += s.n;
            sum += s.sum;
        }
        long expectedSum = 0;
        for (int t = 0; t < threads; t++) {
            expectedSum += (long) (1 + t % 5) * perThread;
        }
        assertThat(n).isEqualTo((long) threads * perThread);
        assertThat(sum).isEqualTo(expectedSum);
        assertThat(snapshots.size()).isGreaterThan(1);
        assertThat(recorder.intervalSnapshot().count()).as("nothing left after the last snapshot").isZero();
    }

    @Test
    void primitiveUpdatesGoThroughTheSameStripes() {
        Recorder<StarRatingMetric.Stars> recorder = new Recorder<>(new StarRatingMetric(), 3);
        recorder.recordLong(4, (s, v) -> {
            s.n++;
            s.sum += v;
        });
        StarRatingMetric.Stars snap = recorder.intervalSnapshot();
        assertThat(snap.n).isEqualTo(1);
        assertThat(snap.sum).isEqualTo(4);
    }

    @Test
    void aRejectedUpdateRecordsNothing() {
        Recorder<StarRatingMetric.Stars> recorder = new Recorder<>(new StarRatingMetric());
        Interaction bad = RandomInteractions.base(new Random(2)).feedback(new Feedback.Rating(3, 10)).build();
        assertThatThrownBy(() -> recorder.record(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.intervalSnapshot().count()).isZero();
    }

    @Test
    void aStripeCountOutsideTheAllowedRangeIsRefused() {
        assertThatThrownBy(() -> new Recorder<>(new StarRatingMetric(), 0))
                .hasMessage("stripes must be within 1..1024, was 0");
    }
}
