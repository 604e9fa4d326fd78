package io.cxkit.text.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The VADER scoring procedure (Hutto &amp; Gilbert 2014; rules as in vaderSentiment 3.3.2), over a text held in
 * reusable scratch arrays: no regular expression, no per-token string. One instance per thread (see
 * {@link #get()}); not thread-safe itself.
 *
 * <p>Steps, in the reference's order: emoji replaced by their names; split on whitespace; leading and trailing
 * punctuation stripped from a token unless that leaves two characters or fewer (an emoticon); per token, the
 * lexicon valence adjusted by "no", capitals, up to three preceding boosters/dampeners (×1, ×0.95, ×0.9),
 * negations within three tokens ("never so/this" boosts, "without doubt" keeps), special idioms and
 * "least"; then the contrastive "but"; then exclamation and question marks; then x/√(x²+15).
 */
public final class VaderEngine {
    private static final int MAX_KEPT = 1 << 16;
    private static final ThreadLocal<VaderEngine> LOCAL = ThreadLocal.withInitial(VaderEngine::new);

    private char[] text = new char[512];
    private char[] lower = new char[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] id = new int[64];
    private boolean[] upper = new boolean[64];
    private boolean[] negated = new boolean[64];
    private double[] base = new double[64];
    private boolean[] fixed = new boolean[64];
    private int[] cxLength = new int[64];
    private double[] sentiment = new double[64];
    private int[] cxRule = new int[64];
    private int[] spec = new int[64];
    private int firstBut;
    private int n;
    private int length;
    private int exclamations;
    private int questions;

    /** This thread's engine. */
    public static VaderEngine get() {
        return LOCAL.get();
    }

    /**
     * Scores {@code input} with {@code model} into {@code out} = {neg, neu, pos, compound}, unrounded.
     */
    public void score(VaderModel model, CharSequence input, double[] out) {
        prepare(model, input);
        rate(model);
        finish(out);
        if (text.length > MAX_KEPT) {
            trim();
        }
    }

    /**
     * Scores {@code input} and returns the CX rule rows ({category, phrase}) that fired, in token order, for
     * evidence; allocation is fine here (explanations are not the hot path).
     */
    public java.util.List<String[]> cxEvidence(VaderModel model, CharSequence input) {
        prepare(model, input);
        java.util.List<String[]> hits = new java.util.ArrayList<>();
        if (model.cx) {
            for (int i = 0; i < n; i++) {
                if (cxRule[i] >= 0) {
                    VaderModel.CxRule r = model.cxRules.get(cxRule[i]);
                    hits.add(new String[] {r.category(), new String(text, start[i], end[i] - start[i])});
                }
            }
        }
        if (text.length > MAX_KEPT) {
            trim();
        }
        return hits;
    }

    private void trim() {
        text = new char[512];
        lower = new char[64];
        grow(64, true);
    }

    private void prepare(VaderModel model, CharSequence input) {
        copy(model, input);
        tokenize(model);
        if (model.cx) {
            applyCx(model);
        }
    }

    /** Copies the text, replacing each emoji by its name (with a space before it unless one precedes it). */
    private void copy(VaderModel model, CharSequence in) {
        int len = in.length();
        ensureText(len);
        if (in instanceof String str) {
            // Bulk copy, then one pass counting marks; the emoji path only when a character could be one.
            str.getChars(0, len, text, 0);
            int ex = 0;
            int qu = 0;
            int min = Math.min(model.minEmoji, Character.MIN_SURROGATE);
            boolean maybeEmoji = false;
            char[] t = text;
            for (int i = 0; i < len; i++) {
                char c = t[i];
                ex += c == '!' ? 1 : 0;
                qu += c == '?' ? 1 : 0;
                maybeEmoji |= c >= min;
            }
            if (!maybeEmoji) {
                length = len;
                exclamations = ex;
                questions = qu;
                return;
            }
        }
        int m = 0;
        int ex = 0;
        int qu = 0;
        boolean prevSpace = true;
        for (int i = 0; i < len; i++) {
            char c = in.charAt(i);
            int cp = c;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(in.charAt(i + 1))) {
                cp = Character.toCodePoint(c, in.charAt(i + 1));
                width = 2;
            }
            if (cp >= model.minEmoji) {
                int k = Arrays.binarySearch(model.emojiCodePoints, cp);
                if (k >= 0) {
                    char[] name = model.emojiNames[k];
                    ensureText(m + name.length + 1 + (len - i));
                    if (!prevSpace) {
                        text[m++] = ' ';
                    }
                    System.arraycopy(name, 0, text, m, name.length);
                    m += name.length;
                    for (char x : name) {
                        ex += x == '!' ? 1 : 0;
                        qu += x == '?' ? 1 : 0;
                    }
                    prevSpace = false;
                    i += width - 1;
                    continue;
                }
            }
            text[m++] = c;
            if (width == 2) {
                text[m++] = in.charAt(++i);
            }
            ex += c == '!' ? 1 : 0;
            qu += c == '?' ? 1 : 0;
            prevSpace = c == ' ';
        }
        length = m;
        exclamations = ex;
        questions = qu;
    }

    private void ensureText(int need) {
        if (need > text.length) {
            text = Arrays.copyOf(text, Math.max(need, text.length * 2));
        }
    }

    private void tokenize(VaderModel model) {
        n = 0;
        firstBut = -1;
        char[] t = text;
        int i = 0;
        while (i < length) {
            while (i < length && PyText.isSpace(t[i])) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int s = i;
            while (i < length && !PyText.isSpace(t[i])) {
                i++;
            }
            int e = i;
            int ps = s;
            int pe = e;
            while (ps < pe && PyText.isPunctuation(t[ps])) {
                ps++;
            }
            while (pe > ps && PyText.isPunctuation(t[pe - 1])) {
                pe--;
            }
            // Python counts code points: keep the punctuation when stripping leaves two or fewer.
            int w = pe - ps;
            boolean keep = w <= 2 || (w <= 4 && codePoints(t, ps, pe) <= 2);
            addToken(model, keep ? s : ps, keep ? e : pe);
        }
    }

    /** Code points in t[from, to): the length less one per surrogate pair. */
    private static int codePoints(char[] t, int from, int to) {
        int count = to - from;
        for (int k = from; k + 1 < to; k++) {
            if (Character.isHighSurrogate(t[k]) && Character.isLowSurrogate(t[k + 1])) {
                count--;
                k++;
            }
        }
        return count;
    }

    private void addToken(VaderModel model, int s, int e) {
        if (n == start.length) {
            grow(n * 2, false);
        }
        int len = e - s;
        if (lower.length < len * 3) {
            lower = new char[len * 3];
        }
        boolean ascii = true;
        boolean apostrophe = false;
        boolean hasLower = false;
        boolean hasUpper = false;
        for (int k = s; k < e; k++) {
            char c = text[k];
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            apostrophe |= c == '\'';
            boolean up = c >= 'A' && c <= 'Z';
            hasUpper |= up;
            hasLower |= c >= 'a' && c <= 'z';
            lower[k - s] = up ? (char) (c + 32) : c;
        }
        int lowLen = len;
        if (!ascii) {
            String l = new String(text, s, len).toLowerCase(Locale.ROOT);
            lowLen = l.length();
            if (lower.length < lowLen) {
                lower = new char[lowLen * 2];
            }
            l.getChars(0, lowLen, lower, 0);
        }
        int w = model.words.find(lower, 0, lowLen);
        start[n] = s;
        end[n] = e;
        id[n] = w;
        upper[n] = ascii ? hasUpper && !hasLower : PyText.isUpper(text, s, e);
        negated[n] = (w >= 0 && model.negation[w]) || ((apostrophe || !ascii) && containsNt(lower, lowLen));
        spec[n] = w >= 0 ? model.special[w] : 0;
        if (spec[n] == VaderModel.BUT && firstBut < 0) {
            firstBut = n;
        }
        base[n] = w >= 0 ? model.valence[w] : Double.NaN;
        fixed[n] = false;
        cxLength[n] = 0;
        cxRule[n] = -1;
        n++;
    }

    private static boolean containsNt(char[] a, int len) {
        for (int k = 0; k + 2 < len; k++) {
            if (a[k] == 'n' && a[k + 1] == '\'' && a[k + 2] == 't') {
                return true;
            }
        }
        return false;
    }

    private void grow(int size, boolean reset) {
        start = reset ? new int[size] : Arrays.copyOf(start, size);
        end = reset ? new int[size] : Arrays.copyOf(end, size);
        id = reset ? new int[size] : Arrays.copyOf(id, size);
        upper = reset ? new boolean[size] : Arrays.copyOf(upper, size);
        negated = reset ? new boolean[size] : Arrays.copyOf(negated, size);
        base = reset ? new double[size] : Arrays.copyOf(base, size);
        fixed = reset ? new boolean[size] : Arrays.copyOf(fixed, size);
        cxLength = reset ? new int[size] : Arrays.copyOf(cxLength, size);
        cxRule = reset ? new int[size] : Arrays.copyOf(cxRule, size);
        spec = reset ? new int[size] : Arrays.copyOf(spec, size);
        sentiment = reset ? new double[size] : Arrays.copyOf(sentiment, size);
    }

    /** The CX layer: a matched phrase gives its target token the rule's valence, longer phrases first. */
    private void applyCx(VaderModel model) {
        for (int i = 0; i < n; i++) {
            int w = id[i];
            if (w < 0 || model.cxRulesByFirst[w] == null) {
                continue;
            }
            for (VaderModel.CxRule r : model.cxRulesByFirst[w]) {
                int[][] slots = r.slots();
                if (i + slots.length > n || !matches(slots, i)) {
                    continue;
                }
                int t = i + r.target();
                if (slots.length > cxLength[t]) {
                    cxLength[t] = slots.length;
                    base[t] = r.valence();
                    fixed[t] = r.fixed();
                    cxRule[t] = model.cxRules.indexOf(r);
                }
            }
        }
    }

    private boolean matches(int[][] slots, int at) {
        for (int s = 0; s < slots.length; s++) {
            int w = id[at + s];
            boolean hit = false;
            for (int alt : slots[s]) {
                if (alt == w) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private boolean rated(int i) {
        return !Double.isNaN(base[i]);
    }

    private int special(VaderModel model, int i) {
        return spec[i];
    }

    private void rate(VaderModel model) {
        int uppers = 0;
        for (int i = 0; i < n; i++) {
            uppers += upper[i] ? 1 : 0;
        }
        int diff = n - uppers;
        boolean capDiff = diff > 0 && diff < n;
        for (int i = 0; i < n; i++) {
            int w = id[i];
            if ((w >= 0 && model.booster[w] != 0 && cxRule[i] < 0)
                    || (i < n - 1 && special(model, i) == VaderModel.KIND
                    && special(model, i + 1) == VaderModel.OF)) {
                sentiment[i] = 0;
                continue;
            }
            sentiment[i] = rated(i) ? valence(model, i, capDiff) : 0;
        }
        butCheck(model);
    }

    private double valence(VaderModel model, int i, boolean capDiff) {
        double v = base[i];
        if (!fixed[i]) {
            if (special(model, i) == VaderModel.NO && i != n - 1 && rated(i + 1)) {
                v = 0.0;
            }
            if ((i > 0 && special(model, i - 1) == VaderModel.NO)
                    || (i > 1 && special(model, i - 2) == VaderModel.NO)
                    || (i > 2 && special(model, i - 3) == VaderModel.NO
                    && (special(model, i - 1) == VaderModel.OR || special(model, i - 1) == VaderModel.NOR))) {
                v = base[i] * VaderModel.N_SCALAR;
            }
        }
        if (upper[i] && capDiff) {
            v = v > 0 ? v + VaderModel.C_INCR : v - VaderModel.C_INCR;
        }
        for (int st = 0; st < 3; st++) {
            int j = i - (st + 1);
            if (i > st && !rated(j)) {
                double s = scalar(model, j, v, capDiff);
                if (st == 1 && s != 0) {
                    s *= 0.95;
                }
                if (st == 2 && s != 0) {
                    s *= 0.9;
                }
                v += s;
                if (!fixed[i]) {
                    v = negation(model, v, st, i);
                }
                if (st == 2) {
                    v = idioms(model, v, i);
                }
            }
        }
        if (!fixed[i]) {
            v = least(model, v, i);
        }
        return v;
    }

    private double scalar(VaderModel model, int j, double v, boolean capDiff) {
        int w = id[j];
        if (w < 0 || model.booster[w] == 0) {
            return 0.0;
        }
        double s = model.booster[w];
        if (v < 0) {
            s = -s;
        }
        if (upper[j] && capDiff) {
            s = v > 0 ? s + VaderModel.C_INCR : s - VaderModel.C_INCR;
        }
        return s;
    }

    private double negation(VaderModel model, double v, int st, int i) {
        if (st == 0) {
            return negated[i - 1] ? v * VaderModel.N_SCALAR : v;
        }
        int a1 = special(model, i - 1);
        int a2 = special(model, i - 2);
        if (st == 1) {
            if (a2 == VaderModel.NEVER && (a1 == VaderModel.SO || a1 == VaderModel.THIS)) {
                return v * 1.25;
            }
            if (a2 == VaderModel.WITHOUT && a1 == VaderModel.DOUBT) {
                return v;
            }
            return negated[i - 2] ? v * VaderModel.N_SCALAR : v;
        }
        int a3 = special(model, i - 3);
        // As in the reference: "so" or "this" right before the word boosts it whatever precedes them.
        if ((a3 == VaderModel.NEVER && (a2 == VaderModel.SO || a2 == VaderModel.THIS))
                || a1 == VaderModel.SO || a1 == VaderModel.THIS) {
            return v * 1.25;
        }
        if (a3 == VaderModel.WITHOUT && (a2 == VaderModel.DOUBT || a1 == VaderModel.DOUBT)) {
            return v;
        }
        return negated[i - 3] ? v * VaderModel.N_SCALAR : v;
    }

    private boolean phraseAt(int[] phrase, int from) {
        if (from < 0 || from + phrase.length > n) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (id[from + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the special idiom of {@code len} words starting at token {@code from}, or −1. */
    private int idiomAt(VaderModel model, int from, int len) {
        int[][] ph = model.idioms;
        for (int k = 0; k < ph.length; k++) {
            if (ph[k].length == len && phraseAt(ph[k], from)) {
                return k;
            }
        }
        return -1;
    }

    private double boosterPhraseAt(VaderModel model, int from, int len) {
        int[][] pb = model.phraseBoosters;
        for (int k = 0; k < pb.length; k++) {
            if (pb[k].length == len && phraseAt(pb[k], from)) {
                return model.phraseBoosterValue[k];
            }
        }
        return 0;
    }

    private double idioms(VaderModel model, double v, int i) {
        // Every idiom and dampener phrase lies within tokens i−3..i+2; without one of their words nearby,
        // nothing can match.
        boolean near = false;
        for (int k = Math.max(0, i - 3), end = Math.min(n, i + 3); k < end && !near; k++) {
            near = id[k] >= 0 && model.idiomWord[id[k]];
        }
        if (!near) {
            return v;
        }
        // Phrases ending at or just before the word, in the reference's order; the first found wins.
        int k = idiomAt(model, i - 1, 2);
        if (k < 0) {
            k = idiomAt(model, i - 2, 3);
        }
        if (k < 0) {
            k = idiomAt(model, i - 2, 2);
        }
        if (k < 0) {
            k = idiomAt(model, i - 3, 3);
        }
        if (k < 0) {
            k = idiomAt(model, i - 3, 2);
        }
        if (k >= 0) {
            v = model.idiomValence[k];
        }
        // Phrases starting at the word override those.
        if (n - 1 > i && (k = idiomAt(model, i, 2)) >= 0) {
            v = model.idiomValence[k];
        }
        if (n - 1 > i + 1 && (k = idiomAt(model, i, 3)) >= 0) {
            v = model.idiomValence[k];
        }
        // Two-word dampeners ("kind of", "sort of", "just enough") two or three tokens back; each span adds.
        v += boosterPhraseAt(model, i - 3, 3);
        v += boosterPhraseAt(model, i - 3, 2);
        v += boosterPhraseAt(model, i - 2, 2);
        return v;
    }

    private double least(VaderModel model, double v, int i) {
        if (i > 1 && !rated(i - 1) && special(model, i - 1) == VaderModel.LEAST) {
            int a2 = special(model, i - 2);
            if (a2 != VaderModel.AT && a2 != VaderModel.VERY) {
                v *= VaderModel.N_SCALAR;
            }
        } else if (i > 0 && !rated(i - 1) && special(model, i - 1) == VaderModel.LEAST) {
            v *= VaderModel.N_SCALAR;
        }
        return v;
    }

    /**
     * The contrastive "but": valences before the first "but" halved, after it ×1.5. The reference walks the
     * list and finds each value's position with {@code list.index(value)}, so a value equal to an earlier
     * (already scaled) one scales that earlier position instead; this reproduces it exactly, in linear time on
     * long texts.
     */
    private void butCheck(VaderModel model) {
        int bi = firstBut;
        if (bi < 0) {
            return;
        }
        if (n <= 512) {
            for (int k = 0; k < n; k++) {
                double v = sentiment[k];
                if (v == 0) {
                    continue; // a zero scaled is still zero, wherever it is found
                }
                int si = 0;
                while (sentiment[si] != v) {
                    si++;
                }
                if (si < bi) {
                    sentiment[si] = v * 0.5;
                } else if (si > bi) {
                    sentiment[si] = v * 1.5;
                }
            }
            return;
        }
        Map<Double, TreeSet<Integer>> at = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (sentiment[k] != 0) {
                at.computeIfAbsent(sentiment[k], x -> new TreeSet<>()).add(k);
            }
        }
        for (int k = 0; k < n; k++) {
            double v = sentiment[k];
            if (v == 0) {
                continue;
            }
            TreeSet<Integer> where = at.get(v);
            int si = where.first();
            if (si == bi) {
                continue;
            }
            double nv = si < bi ? v * 0.5 : v * 1.5;
            where.remove(si);
            sentiment[si] = nv;
            at.computeIfAbsent(nv, x -> new TreeSet<>()).add(si);
        }
    }

    private void finish(double[] out) {
        if (n == 0) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            out[3] = 0;
            return;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sentiment[i];
        }
        double amp = Math.min(exclamations, 4) * 0.292;
        if (questions > 1) {
            amp += questions <= 3 ? questions * 0.18 : 0.96;
        }
        if (sum > 0) {
            sum += amp;
        } else if (sum < 0) {
            sum -= amp;
        }
        double compound = sum / Math.sqrt(sum * sum + 15);
        compound = Math.max(-1.0, Math.min(1.0, compound));
        double pos = 0;
        double neg = 0;
        int neu = 0;
        for (int i = 0; i < n; i++) {
            double s = sentiment[i];
            if (s > 0) {
                pos += s + 1;
            }
            if (s < 0) {
                neg += s - 1;
            }
            if (s == 0) {
                neu++;
            }
        }
        if (pos > Math.abs(neg)) {
            pos += amp;
        } else if (pos < Math.abs(neg)) {
            neg -= amp;
        }
        double total = pos + Math.abs(neg) + neu;
        out[0] = Math.abs(neg / total);
        out[1] = Math.abs(neu / total);
        out[2] = Math.abs(pos / total);
        out[3] = compound;
    }
}
