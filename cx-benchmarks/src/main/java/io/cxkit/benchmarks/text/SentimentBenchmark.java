package io.cxkit.benchmarks.text;

import io.cxkit.text.KeyPhrases;
import io.cxkit.text.Segment;
import io.cxkit.text.ToneDetector;
import io.cxkit.text.Vader;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * VADER sentiment, tone and key phrases on tweet-length text (8–30 words, about 100 characters): seeded
 * sentences of lexicon words, boosters, negations, "but", capitals, punctuation, emoticons and emoji. One
 * operation scores one sentence (the pool cycles), so ns/op is the time per sentence and B/op (with
 * {@code -prof gc}) the allocation per sentence.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SentimentBenchmark {
    private static final String[] WORDS = {"the", "service", "was", "really", "good", "but", "delivery", "not",
        "great", "I", "waited", "on", "hold", "for", "hours", "and", "nobody", "helped", "me", "very", "happy",
        "with", "my", "order", "terrible", "app", "keeps", "crashing", "thanks", "lol", "SO", "bad", "love", "it",
        "kind", "of", "meh", "refund", "please", "never", "again", "at", "least", "it", "works", ":)", "😀",
        "awful", "support", "agent", "was", "rude", "no", "problem", "fixed", "quickly", "amazing!!", "why?"};

    /** Sentences in the pool; the benchmark cycles through them. */
    @Param({"4096"})
    int pool;

    private String[] sentences;
    private int next;
    private final double[] out = new double[4];
    private final Vader vader = Vader.standard();
    private final Vader cx = Vader.cx();
    private final ToneDetector tone = ToneDetector.standard();

    /** Draws the pool of sentences. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        sentences = new String[pool];
        for (int i = 0; i < pool; i++) {
            StringBuilder b = new StringBuilder();
            int n = 8 + r.nextInt(23);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    b.append(' ');
                }
                b.append(WORDS[r.nextInt(WORDS.length)]);
            }
            sentences[i] = b.append(r.nextInt(4) == 0 ? "!" : ".").toString();
        }
    }

    private String sentence() {
        String s = sentences[next];
        next = next + 1 == pool ? 0 : next + 1;
        return s;
    }

    /** VADER as published, allocation-free entry point. */
    @Benchmark
    public double vader() {
        vader.scoreInto(sentence(), out);
        return out[3];
    }

    /** VADER returning a score record. */
    @Benchmark
    public Object vaderRecord() {
        return vader.score(sentence());
    }

    /** VADER with the CX layer. */
    @Benchmark
    public double vaderCx() {
        cx.scoreInto(sentence(), out);
        return out[3];
    }

    /** Tone detection with evidence (includes a CX sentiment score). */
    @Benchmark
    public Object tone() {
        return tone.detect(sentence());
    }

    /** Key phrases of 10,000 verbatims into one counter (ns/op per verbatim). */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public void keyPhrases(Blackhole bh) {
        KeyPhrases.Counter c = KeyPhrases.defaults().newCounter();
        for (int i = 0; i < 10_000; i++) {
            c.add(sentence(), (i & 3) == 0 ? Segment.DETRACTOR : Segment.PROMOTER);
        }
        bh.consume(c.top(10));
    }
}
