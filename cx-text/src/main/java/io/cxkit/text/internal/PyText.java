package io.cxkit.text.internal;

/**
 * The few string predicates of the reference implementation (vaderSentiment, written in Python 3) that Java
 * does not have with the same meaning: Python's whitespace for {@code str.split()}, {@code str.isupper()},
 * and {@code string.punctuation}. Matching them is what makes the scores equal the reference's.
 */
public final class PyText {
    private PyText() {
    }

    /**
     * True for the characters Python 3's {@code str.split()} splits on: ASCII whitespace, the information
     * separators U+001C..U+001F, NEL, and the Unicode space and line separators.
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** True for the 32 ASCII characters of Python's {@code string.punctuation}. */
    public static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /**
     * Python's {@code str.isupper()} of {@code s[from, to)}: at least one cased character, and none lower or
     * title case.
     */
    public static boolean isUpper(char[] s, int from, int to) {
        boolean cased = false;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                cased |= c >= 'A' && c <= 'Z';
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
                cp = Character.toCodePoint(c, s[++i]);
            }
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
        }
        return cased;
    }
}
