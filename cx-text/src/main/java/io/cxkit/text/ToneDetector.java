package io.cxkit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Detects the tones of a customer's message ({@link Tone}) with the evidence for each: a rule-based,
 * explainable, offline detector. Method:
 * <ol>
 *   <li>the text is split into lower-case words (letters, digits, apostrophes, inner hyphens);</li>
 *   <li>each cue of {@code tone-cues.tsv} (1–3 words, {@code *} matching any word ending) fires where it
 *       occurs, unless a negation (not, no, never, without, a word ending in n't) stands within the three
 *       words before it and the cue does not itself start with one; {@code :(} and sad emoji are matched as
 *       characters in a message that is not positive;</li>
 *   <li>rules: shouting (two or more words of three or more capital letters, in a message VADER scores at
 *       most −0.5, or negative with an exclamation mark) is anger; a phrase of the CX layer (waiting, repeat contact, transfer, broken or missing,
 *       rudeness) is frustration; "thanks for nothing" is anger, not gratitude; sadness does not fire in a
 *       clearly positive message (compound ≥ 0.5); asking for a person is frustration.</li>
 * </ol>
 * Measured on the GoEmotions dev split (Demszky et al. 2020): see {@code docs/text.md}. Thread-safe.
 */
public final class ToneDetector {
    private static final String[] HUMAN = {"human", "person", "agent", "manager", "supervisor", "someone",
            "somebody", "representative", "rep", "operator"};
    private static volatile ToneDetector standard;

    private final Map<String, List<Cue>> byFirst = new HashMap<>();
    private final List<Cue> prefixFirst = new ArrayList<>();
    private final Vader vader;

    private record Cue(Tone tone, String[] words, String text) {
    }

    private ToneDetector(Vader vader) {
        this.vader = vader;
        for (String line : lines()) {
            String[] f = line.split("\t");
            Tone tone = Tone.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
            String[] words = f[1].split(" ");
            Cue cue = new Cue(tone, words, f[1]);
            if (words[0].endsWith("*") || words[0].indexOf('*') >= 0) {
                prefixFirst.add(cue);
            } else {
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(cue);
            }
        }
    }

    /**
     * The detector with the built-in cues, scoring sentiment with VADER and its CX layer.
     *
     * @return the detector with the built-in cues, scoring sentiment with VADER and its CX layer
     */
    public static ToneDetector standard() {
        ToneDetector d = standard;
        if (d == null) {
            synchronized (ToneDetector.class) {
                d = standard;
                if (d == null) {
                    d = new ToneDetector(Vader.cx());
                    standard = d;
                }
            }
        }
        return d;
    }

    private static List<String> lines() {
        List<String> out = new ArrayList<>();
        try (InputStream in = ToneDetector.class.getResourceAsStream("internal/tone-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource tone-cues.tsv is missing from the cx-text jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading tone-cues.tsv", e);
        }
        return out;
    }

    /**
     * The tones of {@code text}, with evidence and sentiment. Never throws on any text; an empty text has no
     * tone.
     *
     * @param text the text to score
     * @return the tones of {@code text}, with evidence and sentiment
     * @throws NullPointerException if text is null
     */
    public MessageTone detect(CharSequence text) {
        Objects.requireNonNull(text, "text");
        SentimentScore sentiment = vader.score(text);
        List<String> words = new ArrayList<>();
        int shouted = words(text, words);
        List<ToneEvidence> evidence = new ArrayList<>();
        EnumSet<Tone> tones = EnumSet.noneOf(Tone.class);
        boolean human = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<Cue> cues = byFirst.get(w);
            if (cues != null) {
                for (Cue c : cues) {
                    fire(c, words, i, sentiment, tones, evidence);
                }
            }
            for (Cue c : prefixFirst) {
                fire(c, words, i, sentiment, tones, evidence);
            }
            if (i + 2 < words.size() && (w.equals("speak") || w.equals("talk") || w.equals("transfer")
                    || w.equals("get") || w.equals("want") || w.equals("need"))) {
                for (int k = i + 1; k <= Math.min(i + 4, words.size() - 1); k++) {
                    if (isHuman(words.get(k))) {
                        human = true;
                        break;
                    }
                }
            }
            if (w.equals("real") && i + 1 < words.size() && isHuman(words.get(i + 1))) {
                human = true;
            }
        }
        String s = text.toString();
        if (sentiment.compound() < SentimentLabel.THRESHOLD) {
            if (s.contains(":(") || s.contains(":'(") || s.contains("☹") || s.contains("😢") || s.contains("😞")) {
                add(Tone.SADNESS, ":(", tones, evidence);
            }
        }
        if (shouted >= 2 && (sentiment.compound() <= -0.5
                || (s.indexOf('!') >= 0 && sentiment.compound() <= -SentimentLabel.THRESHOLD))) {
            add(Tone.ANGER, "<shouting>", tones, evidence);
        }
        for (Vader.CxHit hit : vader.cxHits(text)) {
            if (!hit.category().equals("refund")) {
                add(Tone.FRUSTRATION, "<" + hit.category() + ":" + hit.token().toLowerCase(java.util.Locale.ROOT)
                        + ">", tones, evidence);
            }
        }
        if (human) {
            add(Tone.FRUSTRATION, "<asks for a person>", tones, evidence);
        }
        return new MessageTone(tones, evidence, sentiment, human);
    }

    private static boolean isHuman(String w) {
        for (String h : HUMAN) {
            if (h.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Tone tone, String cue, EnumSet<Tone> tones, List<ToneEvidence> evidence) {
        tones.add(tone);
        evidence.add(new ToneEvidence(tone, cue));
    }

    private void fire(Cue c, List<String> words, int i, SentimentScore sentiment, EnumSet<Tone> tones,
                      List<ToneEvidence> evidence) {
        String[] cw = c.words();
        if (i + cw.length > words.size()) {
            return;
        }
        for (int k = 0; k < cw.length; k++) {
            if (!wordMatches(cw[k], words.get(i + k))) {
                return;
            }
        }
        if (!isNegation(cw[0]) && negatedBefore(words, i)) {
            return;
        }
        if (c.tone() == Tone.GRATITUDE && i + cw.length + 1 < words.size()
                && words.get(i + cw.length).equals("for") && words.get(i + cw.length + 1).equals("nothing")) {
            add(Tone.ANGER, "thanks for nothing", tones, evidence);
            return;
        }
        if (c.tone() == Tone.SADNESS && sentiment.compound() >= 0.5) {
            return; // "I miss it so much, love you all!" is not a message to console
        }
        StringBuilder hit = new StringBuilder();
        for (int k = 0; k < cw.length; k++) {
            if (k > 0) {
                hit.append(' ');
            }
            hit.append(words.get(i + k));
        }
        add(c.tone(), hit.toString(), tones, evidence);
    }

    private static boolean wordMatches(String pattern, String word) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(word);
        }
        if (star == pattern.length() - 1) {
            return word.startsWith(pattern.substring(0, star)) && word.length() >= star;
        }
        // one inner star: prefix*suffix-prefix ("f*ck*")
        String head = pattern.substring(0, star);
        String rest = pattern.substring(star + 1);
        if (!word.startsWith(head) || word.length() <= head.length()) {
            return false;
        }
        return wordMatches(rest, word.substring(head.length() + 1));
    }

    private static boolean isNegation(String w) {
        return w.equals("not") || w.equals("no") || w.equals("never") || w.equals("without") || w.equals("nobody")
                || w.endsWith("n't") || w.equals("dont") || w.equals("cant") || w.equals("didnt")
                || w.equals("doesnt") || w.equals("isnt") || w.equals("wasnt") || w.equals("wont");
    }

    private static boolean negatedBefore(List<String> words, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (isNegation(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits into lower-case words; returns how many words of three or more letters were all capitals.
     * Curly apostrophes count as straight ones.
     */
    static int words(CharSequence text, List<String> out) {
        int shouted = 0;
        StringBuilder w = new StringBuilder();
        int letters = 0;
        int capitals = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (c == '\u2019') {
                c = '\'';
            }
            boolean inner = (c == '\'' || c == '-') && w.length() > 0 && i + 1 < len
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                if (Character.isLetter(c)) {
                    letters++;
                    capitals += Character.isUpperCase(c) ? 1 : 0;
                }
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (w.length() > 0) {
                out.add(w.toString());
                if (letters >= 3 && capitals == letters) {
                    shouted++;
                }
                w.setLength(0);
            }
            letters = 0;
            capitals = 0;
        }
        return shouted;
    }
}
