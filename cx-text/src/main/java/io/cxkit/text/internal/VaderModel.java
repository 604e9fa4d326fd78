package io.cxkit.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of the VADER method (Hutto &amp; Gilbert 2014), as published with vaderSentiment 3.3.2: the
 * lexicon and emoji table (resources, MIT licence), the booster and dampener words, the negations, the special
 * idioms and the constants; plus, optionally, the CX layer ({@code cx-lexicon.tsv}). Every word the rules look
 * at has one dense id in a {@link WordTable}, so a token is looked up once and the rules compare ints.
 * Immutable once built; shared by all threads.
 */
public final class VaderModel {
    /** Mean rating increase of a booster word (Hutto &amp; Gilbert 2014, sec. 3.1). */
    static final double B_INCR = 0.293;
    /** Mean rating decrease of a dampener word. */
    static final double B_DECR = -0.293;
    /** Mean rating increase of a sentiment word written in capitals among lower-case words. */
    static final double C_INCR = 0.733;
    /** The factor by which a negation flips and shrinks a valence. */
    static final double N_SCALAR = -0.74;

    static final int NO = 1, BUT = 2, KIND = 3, OF = 4, LEAST = 5, AT = 6, VERY = 7, NEVER = 8, SO = 9,
            THIS = 10, WITHOUT = 11, DOUBT = 12, OR = 13, NOR = 14;
    private static final String[] SPECIAL_WORDS = {null, "no", "but", "kind", "of", "least", "at", "very",
            "never", "so", "this", "without", "doubt", "or", "nor"};

    private static final String[] NEGATE = {"aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt",
            "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't",
            "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not",
            "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't",
            "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't",
            "wouldn't", "rarely", "seldom", "despite"};

    private static final String[] BOOSTERS = {"absolutely", "amazingly", "awfully", "completely", "considerable",
            "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
            "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
            "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
            "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
            "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
            "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
            "unbelievably", "unusually", "utter", "utterly", "very"};

    private static final String[] DAMPENERS = {"almost", "barely", "hardly", "just enough", "kind of", "kinda",
            "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally",
            "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof",
            "sort-of"};

    /** Idioms and phrases that replace the valence of the lexicon word in them (vaderSentiment 3.3.2). */
    private static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0,
            "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5,
            "to die for", 3.0, "beating heart", 3.1, "broken heart", -2.9);

    final WordTable words = new WordTable();
    double[] valence;
    double[] booster;
    boolean[] negation;
    int[] special;
    /** Special-case phrases of two or three words, as word ids, and their valences. */
    int[][] idioms;
    double[] idiomValence;
    /** Multi-word dampeners ("kind of"), as word ids. */
    int[][] phraseBoosters;
    double[] phraseBoosterValue;
    /** True for a word that occurs in a special idiom or a multi-word dampener: the idiom check needs one. */
    boolean[] idiomWord;
    int[] emojiCodePoints;
    char[][] emojiNames;
    int minEmoji;
    /** The CX rules starting with each word id, longest first; null where none. */
    CxRule[][] cxRulesByFirst;
    final List<CxRule> cxRules = new ArrayList<>();
    final boolean cx;

    /** One rule of the CX layer, as read from {@code cx-lexicon.tsv}. */
    record CxRule(String category, String phrase, int[][] slots, int target, double valence, boolean fixed,
                  String anchor) {
    }

    private static volatile VaderModel standard;
    private static volatile VaderModel withCx;

    private VaderModel(boolean cx) {
        this.cx = cx;
    }

    /** The model of vaderSentiment 3.3.2, loaded once. */
    public static VaderModel standard() {
        VaderModel m = standard;
        if (m == null) {
            synchronized (VaderModel.class) {
                m = standard;
                if (m == null) {
                    m = load(false);
                    standard = m;
                }
            }
        }
        return m;
    }

    /** The VADER model plus the CX layer, loaded once. */
    public static VaderModel withCxLayer() {
        VaderModel m = withCx;
        if (m == null) {
            synchronized (VaderModel.class) {
                m = withCx;
                if (m == null) {
                    m = load(true);
                    withCx = m;
                }
            }
        }
        return m;
    }

    /** True if this model applies the CX layer. */
    public boolean cxLayer() {
        return cx;
    }

    /** The CX rules as {category, phrase, valence, fixed, anchor} rows, in file order; empty without the layer. */
    public List<String[]> cxRuleRows() {
        List<String[]> rows = new ArrayList<>();
        for (CxRule r : cxRules) {
            rows.add(new String[] {r.category(), r.phrase(), Double.toString(r.valence()),
                    Boolean.toString(r.fixed()), r.anchor()});
        }
        return rows;
    }

    private static VaderModel load(boolean cx) {
        VaderModel m = new VaderModel(cx);
        List<Double> val = new ArrayList<>();
        // Lexicon: each line "token<TAB>mean<TAB>sd<TAB>ratings"; a later duplicate wins, as in a dict.
        for (String line : lines("vader_lexicon.txt")) {
            String[] f = pyStrip(line).split("\t", -1);
            if (line.isEmpty() || f.length < 2) {
                continue;
            }
            int id = m.words.add(f[0]);
            set(val, id, Double.parseDouble(f[1]));
        }
        List<Integer> specIds = new ArrayList<>();
        for (int k = 1; k < SPECIAL_WORDS.length; k++) {
            specIds.add(m.words.add(SPECIAL_WORDS[k]));
        }
        List<Integer> negIds = new ArrayList<>();
        for (String w : NEGATE) {
            negIds.add(m.words.add(w));
        }
        TreeMap<Integer, Double> boost = new TreeMap<>();
        for (String w : BOOSTERS) {
            boost.put(m.words.add(w), B_INCR);
        }
        List<int[]> pb = new ArrayList<>();
        List<Double> pbv = new ArrayList<>();
        for (String w : DAMPENERS) {
            if (w.indexOf(' ') >= 0) {
                pb.add(ids(m, w));
                pbv.add(B_DECR);
            } else {
                boost.put(m.words.add(w), B_DECR);
            }
        }
        List<int[]> id3 = new ArrayList<>();
        List<Double> idv = new ArrayList<>();
        // A one-word entry ("badass") can never equal a phrase of two or three tokens: the reference keeps it
        // in the table but it never fires, and so here.
        SPECIAL_CASES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getKey().indexOf(' ') >= 0) {
                id3.add(ids(m, e.getKey()));
                idv.add(e.getValue());
            }
        });
        if (cx) {
            readCxRules(m);
        }
        int n = m.words.size();
        m.valence = new double[n];
        Arrays.fill(m.valence, Double.NaN);
        for (int i = 0; i < val.size(); i++) {
            if (val.get(i) != null) {
                m.valence[i] = val.get(i);
            }
        }
        m.booster = new double[n];
        boost.forEach((id, b) -> m.booster[id] = b);
        m.negation = new boolean[n];
        negIds.forEach(id -> m.negation[id] = true);
        m.special = new int[n];
        for (int k = 0; k < specIds.size(); k++) {
            m.special[specIds.get(k)] = k + 1;
        }
        m.idioms = id3.toArray(new int[0][]);
        m.idiomValence = idv.stream().mapToDouble(Double::doubleValue).toArray();
        m.phraseBoosters = pb.toArray(new int[0][]);
        m.phraseBoosterValue = pbv.stream().mapToDouble(Double::doubleValue).toArray();
        m.idiomWord = new boolean[n];
        for (int[] ph : m.idioms) {
            for (int w : ph) {
                m.idiomWord[w] = true;
            }
        }
        for (int[] ph : m.phraseBoosters) {
            for (int w : ph) {
                m.idiomWord[w] = true;
            }
        }
        m.cxRulesByFirst = new CxRule[n][];
        if (cx) {
            List<CxRule> sorted = new ArrayList<>(m.cxRules);
            sorted.sort(Comparator.comparingInt((CxRule r) -> -r.slots().length));
            for (CxRule r : sorted) {
                for (int first : r.slots()[0]) {
                    CxRule[] a = m.cxRulesByFirst[first];
                    a = a == null ? new CxRule[1] : Arrays.copyOf(a, a.length + 1);
                    a[a.length - 1] = r;
                    m.cxRulesByFirst[first] = a;
                }
            }
        }
        readEmoji(m);
        return m;
    }

    private static void readCxRules(VaderModel m) {
        for (String line : lines("cx-lexicon.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException("cx-lexicon.tsv: expected 6 columns, got " + f.length + ": " + line);
            }
            String[] slotText = f[1].split(" ");
            int[][] slots = new int[slotText.length][];
            for (int s = 0; s < slotText.length; s++) {
                String[] alts = slotText[s].split("\\|");
                slots[s] = new int[alts.length];
                for (int a = 0; a < alts.length; a++) {
                    slots[s][a] = m.words.add(alts[a]);
                }
            }
            int target = Integer.parseInt(f[2]);
            if (target < 0 || target >= slots.length) {
                throw new IllegalStateException("cx-lexicon.tsv: target " + target + " outside phrase: " + line);
            }
            m.cxRules.add(new CxRule(f[0], f[1], slots, target, Double.parseDouble(f[3]), f[4].equals("yes"),
                    f[5]));
        }
    }

    private static void readEmoji(VaderModel m) {
        TreeMap<Integer, String> emoji = new TreeMap<>();
        for (String line : lines("emoji_utf8_lexicon.txt")) {
            String[] f = pyStrip(line).split("\t", -1);
            if (f.length < 2) {
                continue;
            }
            // The reference replaces one code point at a time, so only single-code-point entries can match.
            if (!f[0].isEmpty() && f[0].codePointCount(0, f[0].length()) == 1) {
                emoji.put(f[0].codePointAt(0), f[1]);
            }
        }
        m.emojiCodePoints = emoji.keySet().stream().mapToInt(Integer::intValue).toArray();
        m.emojiNames = emoji.values().stream().map(String::toCharArray).toArray(char[][]::new);
        m.minEmoji = m.emojiCodePoints.length == 0 ? Integer.MAX_VALUE : m.emojiCodePoints[0];
    }

    private static int[] ids(VaderModel m, String phrase) {
        return Arrays.stream(phrase.split(" ")).mapToInt(m.words::add).toArray();
    }

    private static void set(List<Double> list, int index, double v) {
        while (list.size() <= index) {
            list.add(null);
        }
        list.set(index, v);
    }

    /** Python's {@code str.strip()}: Python whitespace off both ends. */
    static String pyStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && PyText.isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && PyText.isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = VaderModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the cx-text jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource " + resource, e);
        }
        return out;
    }

    /** The lower-case form of a word, as the rules compare it. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
