package io.cxkit.text;

import io.cxkit.text.internal.VaderEngine;
import io.cxkit.text.internal.VaderModel;
import java.util.List;
import java.util.Objects;

/**
 * Sentiment by VADER (Hutto, C.J. &amp; Gilbert, E.E. (2014), "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text", ICWSM-14), with every rule of the reference implementation
 * vaderSentiment 3.3.2 and its lexicon and emoji table (MIT licence, shipped in this jar):
 * boosters and dampeners, capitals, exclamation and question marks, negation within three words including
 * "never so/this", "no", the contrastive "but", "least", special idioms ("the shit", "kind of"), emoji by
 * their names and emoticons. The compound equals the reference's to 1e-4 (see the parity tests).
 *
 * <p>{@link #cx()} adds the CX layer: complaint phrases of customer service that carry no sentiment word
 * ("on hold", "third time", "transferred", "never arrived", "nobody helped"), each with a valence anchored
 * to a VADER lexicon word; see {@code docs/text.md} and {@link #cxRules()}.
 *
 * <p>Thread-safe. Scoring allocates only the result record ({@link #scoreInto} not even that); the tables
 * are loaded once per process. Non-English text scores as the reference scores it: mostly neutral.
 */
public final class Vader implements SentimentScorer {
    private final VaderModel model;

    private Vader(VaderModel model) {
        this.model = model;
    }

    /**
     * VADER as published (vaderSentiment 3.3.2).
     *
     * @return VADER as published (vaderSentiment 3.3.2)
     */
    public static Vader standard() {
        return new Vader(VaderModel.standard());
    }

    /**
     * VADER plus the CX layer of customer-service complaint phrases.
     *
     * @return VADER plus the CX layer of customer-service complaint phrases
     */
    public static Vader cx() {
        return new Vader(VaderModel.withCxLayer());
    }

    /**
     * VADER with or without the CX layer.
     *
     * @param cxLayer true to score with the CX layer
     * @return VADER with or without the CX layer
     */
    public static Vader of(boolean cxLayer) {
        return cxLayer ? cx() : standard();
    }

    /**
     * True if this scorer applies the CX layer.
     *
     * @return true if this scorer applies the CX layer
     */
    public boolean cxLayer() {
        return model.cxLayer();
    }

    /**
     * @throws NullPointerException if text is null
     */
    @Override
    public SentimentScore score(CharSequence text) {
        double[] out = new double[4];
        scoreInto(text, out);
        return new SentimentScore(out[0], out[1], out[2], out[3]);
    }

    /**
     * Scores {@code text} into {@code out} = {neg, neu, pos, compound}, allocating nothing: the columnar entry
     * point for bulk scoring.
     *
     * @param text the text to score
     * @param out {@code out} in the description above
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if out has fewer than 4 elements
     */
    public void scoreInto(CharSequence text, double[] out) {
        Objects.requireNonNull(text, "text");
        if (out.length < 4) {
            throw new IllegalArgumentException("out must hold 4 values, holds " + out.length);
        }
        VaderEngine.get().score(model, text, out);
    }

    /**
     * Scores many texts into columns: {@code compound[i]} (and the shares, if those arrays are given, else
     * pass empty arrays) for {@code texts[i]}.
     *
     * @param texts the texts to score, in order
     * @param neg receives each text's neg score, in input order
     * @param neu receives each text's neu score, in input order
     * @param pos receives each text's pos score, in input order
     * @param compound receives each text's compound score, in input order
     * @throws IllegalArgumentException if a non-empty output array is shorter than texts
     */
    public void scoreAll(List<? extends CharSequence> texts, double[] neg, double[] neu, double[] pos,
                         double[] compound) {
        int size = texts.size();
        for (double[] a : new double[][] {neg, neu, pos, compound}) {
            if (a.length != 0 && a.length < size) {
                throw new IllegalArgumentException("output columns must hold " + size + " values, one holds "
                        + a.length);
            }
        }
        double[] out = new double[4];
        VaderEngine engine = VaderEngine.get();
        for (int i = 0; i < size; i++) {
            engine.score(model, texts.get(i), out);
            if (neg.length != 0) {
                neg[i] = out[0];
            }
            if (neu.length != 0) {
                neu[i] = out[1];
            }
            if (pos.length != 0) {
                pos[i] = out[2];
            }
            if (compound.length != 0) {
                compound[i] = out[3];
            }
        }
    }

    /**
     * The CX phrases found in {@code text}, as (category, token) pairs in text order; empty without the CX
     * layer. For evidence in explanations.
     *
     * @param text the text to score
     * @return the CX phrases found in {@code text}, as (category, token) pairs in text order; empty without the CX
     *         layer
     */
    public List<CxHit> cxHits(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return VaderEngine.get().cxEvidence(model, text).stream().map(a -> new CxHit(a[0], a[1])).toList();
    }

    /**
     * The rules of the CX layer, in the order of {@code cx-lexicon.tsv}; empty without the layer.
     *
     * @return the rules of the CX layer, in the order of {@code cx-lexicon.tsv}; empty without the layer
     */
    public List<CxRule> cxRules() {
        return model.cxRuleRows().stream().map(r -> new CxRule(r[0], r[1], Double.parseDouble(r[2]),
                Boolean.parseBoolean(r[3]), r[4])).toList();
    }

    /**
     * One CX phrase found in a text.
     *
     * @param category the rule's category ({@code waiting}, {@code repeat}, {@code transfer}, {@code refund},
     *        {@code broken}, {@code rude})
     * @param token the token of the text that took the rule's valence, as written
     */
    public record CxHit(String category, String token) {
    }

    /**
     * One rule of the CX layer.
     *
     * @param category the complaint category
     * @param phrase the phrase, slots separated by spaces, alternatives by {@code |}
     * @param valence the valence on VADER's −4..+4 scale
     * @param fixed true when the phrase carries its own negation, so VADER's negation rules skip it
     * @param anchor the VADER lexicon word (and its mean rating) the valence is taken from
     */
    public record CxRule(String category, String phrase, double valence, boolean fixed, String anchor) {
    }
}
