package io.cxkit.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores the detectors on the GoEmotions dev split (Demszky et al. 2020, ACL; Apache-2.0): per-emotion
 * precision/recall/F1 of the tone detector, and 3-class sentiment accuracy/macro-F1 of VADER against the
 * paper's sentiment grouping of the emotions (its repository's sentiment_mapping.json: positive, negative,
 * ambiguous; comments with mixed or ambiguous labels are left out).
 */
final class GoEmotionsEvaluation {
    static final List<String> NAMES = Resources.lines("goemotions/emotions.txt");
    static final Set<String> POSITIVE = Set.of("amusement", "excitement", "joy", "love", "desire", "optimism",
            "caring", "pride", "admiration", "gratitude", "relief", "approval");
    static final Set<String> NEGATIVE = Set.of("fear", "nervousness", "remorse", "embarrassment",
            "disappointment", "sadness", "grief", "disgust", "anger", "annoyance", "disapproval");

    private GoEmotionsEvaluation() {
    }

    /** Precision, recall and F1 of one binary prediction against one label, with the counts. */
    record Prf(String name, int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("%-15s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, precision(), recall(),
                    f1(), tp, fp, fn);
        }
    }

    static boolean labelled(Resources.GoEmotion g, String emotion) {
        return g.labels().contains(NAMES.indexOf(emotion));
    }

    static Prf prf(String name, List<Resources.GoEmotion> dev, List<MessageTone> tones, Tone tone,
                   Predicate<Resources.GoEmotion> gold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < dev.size(); i++) {
            boolean g = gold.test(dev.get(i));
            boolean p = tones.get(i).has(tone);
            tp += g && p ? 1 : 0;
            fp += !g && p ? 1 : 0;
            fn += g && !p ? 1 : 0;
        }
        return new Prf(name, tp, fp, fn);
    }

    /** Per emotion of the issue: the tone predicted for it, scored against that one GoEmotions label. */
    static Map<String, Prf> toneFigures() {
        List<Resources.GoEmotion> dev = Resources.goEmotionsDev();
        ToneDetector d = ToneDetector.standard();
        List<MessageTone> tones = new ArrayList<>();
        for (Resources.GoEmotion g : dev) {
            tones.add(d.detect(g.text()));
        }
        Map<String, Prf> out = new LinkedHashMap<>();
        out.put("anger", prf("anger", dev, tones, Tone.ANGER, g -> labelled(g, "anger")));
        out.put("annoyance", prf("annoyance", dev, tones, Tone.ANGER, g -> labelled(g, "annoyance")));
        out.put("anger+annoyance", prf("anger+annoyance", dev, tones, Tone.ANGER,
                g -> labelled(g, "anger") || labelled(g, "annoyance")));
        out.put("confusion", prf("confusion", dev, tones, Tone.CONFUSION, g -> labelled(g, "confusion")));
        out.put("sadness", prf("sadness", dev, tones, Tone.SADNESS, g -> labelled(g, "sadness")));
        out.put("disappointment", prf("disappointment", dev, tones, Tone.SADNESS,
                g -> labelled(g, "disappointment")));
        out.put("sadness+disapp.", prf("sadness+disapp.", dev, tones, Tone.SADNESS,
                g -> labelled(g, "sadness") || labelled(g, "disappointment")));
        out.put("gratitude", prf("gratitude", dev, tones, Tone.GRATITUDE, g -> labelled(g, "gratitude")));
        return out;
    }

    /** Gold 3-class sentiment of a comment (1, 0, −1), or null when mixed or ambiguous. */
    static Integer goldSentiment(Resources.GoEmotion g) {
        boolean pos = false;
        boolean neg = false;
        boolean neu = false;
        boolean amb = false;
        for (int id : g.labels()) {
            String n = NAMES.get(id);
            pos |= POSITIVE.contains(n);
            neg |= NEGATIVE.contains(n);
            neu |= n.equals("neutral");
            amb |= !POSITIVE.contains(n) && !NEGATIVE.contains(n) && !n.equals("neutral");
        }
        int kinds = (pos ? 1 : 0) + (neg ? 1 : 0) + (neu ? 1 : 0);
        if (amb || kinds != 1) {
            return null;
        }
        return pos ? 1 : neg ? -1 : 0;
    }

    /** {accuracy, macro-F1, n} of a scorer's 3-class label against the gold sentiment. */
    static double[] sentimentFigures(SentimentScorer scorer) {
        int[][] confusion = new int[3][3];
        int n = 0;
        for (Resources.GoEmotion g : Resources.goEmotionsDev()) {
            Integer gold = goldSentiment(g);
            if (gold == null) {
                continue;
            }
            SentimentLabel l = scorer.score(g.text()).label();
            int p = l == SentimentLabel.POSITIVE ? 1 : l == SentimentLabel.NEGATIVE ? -1 : 0;
            confusion[gold + 1][p + 1]++;
            n++;
        }
        int correct = 0;
        double f1sum = 0;
        for (int c = 0; c < 3; c++) {
            correct += confusion[c][c];
            int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
            int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
            double p = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double r = actual == 0 ? 0 : (double) confusion[c][c] / actual;
            f1sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return new double[] {(double) correct / n, f1sum / 3, n};
    }

    public static void main(String[] args) {
        toneFigures().values().forEach(System.out::println);
        for (boolean cx : new boolean[] {false, true}) {
            double[] f = sentimentFigures(Vader.of(cx));
            System.out.printf("sentiment cx=%s accuracy=%.4f macroF1=%.4f n=%d%n", cx, f[0], f[1], (int) f[2]);
        }
    }
}
