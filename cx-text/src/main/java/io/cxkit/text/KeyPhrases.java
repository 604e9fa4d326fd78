package io.cxkit.text;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.StateFormatException;
import io.cxkit.metrics.stat.TwoProportionTest;
import io.cxkit.metrics.stat.TwoSampleResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key phrases of verbatims: what customers talk about, and what detractors talk about more than promoters.
 *
 * <p><b>Method.</b> A verbatim is split into lower-case words; a word is folded to its singular by four
 * suffix rules (-ies → -y; -sses, -xes, -ches, -shes lose -es; -s → "" when the word has four or more letters and does not end in
 * -ss, -us or -is). Stop words (a fixed list of about 170 English function words) and words without a letter
 * break the text into runs; every 1- to 3-word n-gram inside a run is a candidate phrase (so "waste of
 * time" is not a phrase but "waste" and "time" are). A phrase counts once per verbatim (document
 * frequency). Ranking by frequency orders by that count; ranking by lift compares the share of detractor
 * verbatims holding the phrase with the share of promoter verbatims, with a pooled two-proportion z-test,
 * keeping phrases held by at least {@code minSupport} verbatims of the two groups together.
 *
 * <p><b>Memory.</b> The phrase table is bounded by lossy counting (Manku &amp; Motwani 2002, "Approximate
 * frequency counts over data streams", VLDB): verbatims are processed in buckets of ⌈1/ε⌉; at each bucket's
 * end a phrase whose count plus its possible undercount is at most the bucket number is dropped. A phrase
 * held by more than εN of N verbatims is never lost, and every count is short by at most εN (reported as
 * {@link PhraseCount#maxUndercount()}); the table holds at most (1/ε)·log(εN) phrases per phrase length.
 * With ε = 0 counting is exact. Counters merge (counts and undercounts add) and encode with a versioned
 * codec that carries the configuration.
 */
public final class KeyPhrases {
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("a", "about", "above", "after", "again", "against", "all",
            "am", "an", "and", "any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being",
            "below", "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did",
            "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from",
            "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll",
            "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "i", "i'd",
            "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
            "let's", "me", "more", "most", "my", "myself", "no", "nor", "not", "of", "off", "on", "once",
            "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
            "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's",
            "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they",
            "they'd", "they'll", "they're", "they've", "this", "those", "through", "to", "too", "under",
            "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't",
            "what", "what's", "when", "when's", "where", "where's", "which", "while", "who", "who's", "whom",
            "why", "why's", "will", "with", "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're",
            "you've", "your", "yours", "yourself", "yourselves", "also", "get", "got", "im", "dont", "ive",
            "really", "still", "even", "much", "one", "us", "said", "told", "ok", "okay"));

    private final int maxWords;
    private final double epsilon;
    private final int minSupport;
    private final double confidence;

    /**
     * @param maxWords the longest phrase, 1..3
     * @param epsilon the lossy-counting error, in [0, 0.1]; 0 counts exactly
     * @param minSupport the fewest detractor plus promoter verbatims a phrase needs to be ranked by lift, ≥ 1
     * @param confidence the two-sided confidence of the z-test, in (0, 1)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public KeyPhrases(int maxWords, double epsilon, int minSupport, double confidence) {
        if (maxWords < 1 || maxWords > 3) {
            throw new IllegalArgumentException("maxWords must be within 1..3, was " + maxWords);
        }
        if (!(epsilon >= 0 && epsilon <= 0.1)) {
            throw new IllegalArgumentException("epsilon must be within [0, 0.1], was " + epsilon);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be at least 1, was " + minSupport);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        this.maxWords = maxWords;
        this.epsilon = epsilon;
        this.minSupport = minSupport;
        this.confidence = confidence;
    }

    /**
     * Phrases of 1–3 words, ε = 10⁻⁵, minimum support 10, 95% confidence.
     *
     * @return the default configuration
     */
    public static KeyPhrases defaults() {
        return new KeyPhrases(3, 1e-5, 10, 0.95);
    }

    /**
     * A new, empty counter.
     *
     * @return a new, empty counter
     */
    public Counter newCounter() {
        return new Counter();
    }

    /** The singular of a lower-case word by the suffix rules of the class comment. */
    static String fold(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct candidate phrases of a text, in first-seen order. */
    Set<String> phrases(CharSequence text) {
        List<String> words = new ArrayList<>();
        ToneDetector.words(text, words);
        Set<String> out = new java.util.LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
            String w = i < words.size() ? words.get(i) : null;
            if (w != null && !STOP.contains(w) && hasLetter(w) && w.length() > 1) {
                run.add(fold(w));
                continue;
            }
            for (int s = 0; s < run.size(); s++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < maxWords && s + k < run.size(); k++) {
                    if (k > 0) {
                        b.append(' ');
                    }
                    b.append(run.get(s + k));
                    out.add(b.toString());
                }
            }
            run.clear();
        }
        return out;
    }

    /**
     * The state of a key-phrase count: per phrase, the verbatims holding it overall, among detractors and
     * among promoters, and the lossy-counting undercount bound. Not thread-safe; merge per-thread counters.
     */
    public final class Counter {
        private final Map<String, long[]> table = new HashMap<>();
        private long documents;
        private long detractors;
        private long promoters;

        /**
         * Adds the interaction's first verbatim, in the interaction's {@link Segment}.
         *
         * @param interaction the interaction to add
         */
        public void add(Interaction interaction) {
            for (Feedback f : interaction.feedback()) {
                if (f instanceof Feedback.Verbatim v) {
                    add(v.text(), Segment.of(interaction));
                    return;
                }
            }
        }

        /**
         * Adds one verbatim in a segment.
         *
         * @param text the text to score
         * @param segment the segment
         */
        public void add(CharSequence text, Segment segment) {
            documents++;
            detractors += segment == Segment.DETRACTOR ? 1 : 0;
            promoters += segment == Segment.PROMOTER ? 1 : 0;
            long bucket = bucket(documents);
            for (String p : phrases(text)) {
                long[] c = table.get(p);
                if (c == null) {
                    // {all, detractors, promoters, undercount bound}
                    c = new long[] {0, 0, 0, epsilon == 0 ? 0 : bucket - 1};
                    table.put(p, c);
                }
                c[0]++;
                c[1] += segment == Segment.DETRACTOR ? 1 : 0;
                c[2] += segment == Segment.PROMOTER ? 1 : 0;
            }
            if (epsilon > 0 && documents % width() == 0) {
                prune(bucket);
            }
        }

        private long width() {
            return (long) Math.ceil(1 / epsilon);
        }

        private long bucket(long n) {
            return epsilon == 0 ? 1 : (n + width() - 1) / width();
        }

        private void prune(long bucket) {
            table.values().removeIf(c -> c[0] + c[3] <= bucket);
        }

        /**
         * Adds another counter's state; the other is not changed.
         *
         * @param other the state to merge in; it is not changed
         * @throws IllegalArgumentException if it was configured differently
         */
        public void merge(Counter other) {
            KeyPhrases o = other.config();
            if (o.maxWords != maxWords || o.epsilon != epsilon || o.minSupport != minSupport
                    || o.confidence != confidence) {
                throw new IllegalArgumentException("cannot merge key-phrase counters of other settings");
            }
            // A phrase absent on one side may have been pruned there: its count there is at most that side's
            // last bucket number, which is added to its undercount bound.
            long otherBound = other.pruneBound();
            long thisBound = pruneBound();
            for (Map.Entry<String, long[]> e : other.table.entrySet()) {
                long[] c = table.get(e.getKey());
                long[] x = e.getValue();
                if (c == null) {
                    // Absent here: it may have been pruned here, so its undercount grows by this side's bound.
                    table.put(e.getKey(), new long[] {x[0], x[1], x[2], x[3] + thisBound});
                } else {
                    c[0] += x[0];
                    c[1] += x[1];
                    c[2] += x[2];
                    c[3] += x[3];
                }
            }
            for (Map.Entry<String, long[]> e : table.entrySet()) {
                if (!other.table.containsKey(e.getKey())) {
                    e.getValue()[3] += otherBound;
                }
            }
            documents += other.documents;
            detractors += other.detractors;
            promoters += other.promoters;
        }

        private long pruneBound() {
            return epsilon == 0 ? 0 : documents / width();
        }

        KeyPhrases config() {
            return KeyPhrases.this;
        }

        /**
         * The verbatims counted.
         *
         * @return the verbatims counted
         */
        public long documents() {
            return documents;
        }

        /**
         * The phrases held in the table now (its memory).
         *
         * @return the phrases held in the table now (its memory)
         */
        public int tableSize() {
            return table.size();
        }

        /**
         * The {@code k} phrases held by the most verbatims; ties by phrase.
         *
         * @param k {@code k} in the description above
         * @return the {@code k} phrases held by the most verbatims; ties by phrase
         */
        public List<PhraseCount> top(int k) {
            List<PhraseCount> all = new ArrayList<>();
            table.forEach((p, c) -> all.add(new PhraseCount(p, c[0], documents == 0 ? 0 : (double) c[0] / documents,
                    c[3])));
            all.sort(Comparator.comparingLong(PhraseCount::documents).reversed().thenComparing(PhraseCount::phrase));
            return List.copyOf(all.subList(0, Math.min(k, all.size())));
        }

        /**
         * The {@code k} phrases detractors use most more than promoters: phrases with at least minSupport
         * detractor plus promoter verbatims and a positive z, ordered by lift, then z, then phrase. Empty when
         * either group has no verbatim.
         *
         * @param k {@code k} in the description above
         * @return the {@code k} phrases detractors use most more than promoters: phrases with at least minSupport
         *         detractor plus promoter verbatims and a positive z, ordered by lift, then z, then phrase
         */
        public List<PhraseLift> detractorLift(int k) {
            List<PhraseLift> all = new ArrayList<>();
            if (detractors == 0 || promoters == 0) {
                return List.of();
            }
            Set<String> seen = new HashSet<>();
            table.forEach((p, c) -> {
                if (c[1] + c[2] < minSupport || !seen.add(p)) {
                    return;
                }
                // p₂ − p₁ with detractors second, so z > 0 when detractors use the phrase more.
                TwoSampleResult r = TwoProportionTest.test(c[2], promoters, c[1], detractors, confidence);
                double lift = ((c[1] + 0.5) / (detractors + 1)) / ((c[2] + 0.5) / (promoters + 1));
                double z = r.statistic();
                if (z > 0) {
                    all.add(new PhraseLift(p, c[1], detractors, c[2], promoters, lift, z, r.pValue()));
                }
            });
            all.sort(Comparator.comparingDouble(PhraseLift::lift).reversed()
                    .thenComparing(Comparator.comparingDouble(PhraseLift::z).reversed())
                    .thenComparing(PhraseLift::phrase));
            return List.copyOf(all.subList(0, Math.min(k, all.size())));
        }

        /**
         * The state in bytes: version 1, the configuration, the totals and the phrase table.
         *
         * @return the state in bytes: version 1, the configuration, the totals and the phrase table
         */
        public byte[] encode() {
            try {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(b);
                out.writeInt(0x43584B50); // "CXKP"
                out.writeInt(1);
                out.writeInt(maxWords);
                out.writeDouble(epsilon);
                out.writeInt(minSupport);
                out.writeDouble(confidence);
                out.writeLong(documents);
                out.writeLong(detractors);
                out.writeLong(promoters);
                out.writeInt(table.size());
                List<String> keys = new ArrayList<>(table.keySet());
                keys.sort(null);
                for (String p : keys) {
                    long[] c = table.get(p);
                    out.writeUTF(p);
                    for (long v : c) {
                        out.writeLong(v);
                    }
                }
                return b.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a counter encoded by {@link Counter#encode()} with this configuration.
     *
     * @param bytes the framed bytes
     * @return the counter
     * @throws StateFormatException if the bytes are not such a state, of another version or configuration
     */
    public Counter decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0x43584B50) {
                throw new StateFormatException("not a key-phrase state");
            }
            int version = in.readInt();
            if (version != 1) {
                throw new StateFormatException("key-phrase state has version " + version + ", this reads 1");
            }
            if (in.readInt() != maxWords || in.readDouble() != epsilon || in.readInt() != minSupport
                    || in.readDouble() != confidence) {
                throw new StateFormatException("key-phrase state was made with other settings");
            }
            Counter c = new Counter();
            c.documents = in.readLong();
            c.detractors = in.readLong();
            c.promoters = in.readLong();
            int size = in.readInt();
            if (c.documents < 0 || c.detractors < 0 || c.promoters < 0 || c.detractors + c.promoters > c.documents
                    || size < 0) {
                throw new StateFormatException("key-phrase state totals are impossible");
            }
            for (int i = 0; i < size; i++) {
                String p = in.readUTF();
                long[] v = {in.readLong(), in.readLong(), in.readLong(), in.readLong()};
                if (v[0] < 0 || v[0] > c.documents || v[1] < 0 || v[2] < 0 || v[1] + v[2] > v[0] || v[3] < 0) {
                    throw new StateFormatException("key-phrase counts of '" + p + "' are impossible");
                }
                c.table.put(p, v);
            }
            if (in.available() != 0) {
                throw new StateFormatException("bytes left over after the key-phrase state");
            }
            return c;
        } catch (IOException e) {
            throw new StateFormatException("key-phrase state ends early", e);
        }
    }
}
