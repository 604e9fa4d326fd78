package io.cxkit.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct values of a text column 0, 1, 2, ... in the order they are first met, so that a
 * columnar read can hand a computation an {@code int} per row (a dictionary-encoded column) instead of a
 * string. {@link Row#textId(Column, TextDictionary)} looks a value up by its bytes, without decoding it; only
 * a value met for the first time is decoded, checked and kept as a string.
 *
 * <p>Values are keyed by their bytes as written (after the spaces an unquoted value is stripped of), so two
 * spellings that value aliases map to one text get two numbers with equal {@link #text(int)}; a caller that
 * groups by text joins them through {@code text}. Open addressing with linear probing over a power-of-two
 * table kept at most half full; the bytes of every key live in one growing array. Not thread-safe: one
 * dictionary per reading thread (a chunk of a parallel read has its own).
 */
public final class TextDictionary {
    private int[] slots = new int[64];
    private int[] hashes = new int[64];
    private byte[] bytes = new byte[1024];
    private int used;
    private int[] keyStart = new int[32];
    private int[] keyEnd = new int[32];
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> constants = new HashMap<>();

    /** An empty dictionary. */
    public TextDictionary() {
        Arrays.fill(slots, -1);
    }

    /**
     * The number of distinct values met so far; their numbers are {@code 0..size()-1}.
     *
     * @return the number of distinct values met so far
     */
    public int size() {
        return texts.size();
    }

    /**
     * The text of value {@code id}, value aliases applied.
     *
     * @param id the value's number, as returned by {@code Row.textId}
     * @return the text the number stands for
     * @throws IndexOutOfBoundsException if {@code id} is not below {@link #size()}
     */
    public String text(int id) {
        return texts.get(id);
    }

    /** The number of {@code b[from..to)}, or -1 if it has not been met. */
    int find(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = slots.length - 1;
        for (int s = h & mask;; s = (s + 1) & mask) {
            int id = slots[s];
            if (id < 0) {
                return -1;
            }
            if (hashes[s] == h && Arrays.equals(bytes, keyStart[id], keyEnd[id], b, from, to)) {
                return id;
            }
        }
    }

    /** Adds {@code b[from..to)}, not yet present, with its decoded text; returns its number. */
    int add(byte[] b, int from, int to, String text) {
        int id = texts.size();
        int len = to - from;
        if (used + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
        }
        System.arraycopy(b, from, bytes, used, len);
        if (id == keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, id * 2);
            keyEnd = Arrays.copyOf(keyEnd, id * 2);
        }
        keyStart[id] = used;
        keyEnd[id] = used + len;
        used += len;
        texts.add(text);
        if (2 * (id + 1) > slots.length) {
            rehash(slots.length * 2);
        }
        place(id, hash(b, from, to));
        return id;
    }

    /** The number of a value given as text (a mapping constant), added if new. */
    int idOf(String text) {
        Integer id = constants.get(text);
        if (id == null) {
            // A constant is keyed apart from column bytes: it never meets a row's bytes in the same column.
            id = texts.size();
            texts.add(text);
            if (id == keyStart.length) {
                keyStart = Arrays.copyOf(keyStart, id * 2);
                keyEnd = Arrays.copyOf(keyEnd, id * 2);
            }
            keyStart[id] = 0;
            keyEnd[id] = 0;
            constants.put(text, id);
        }
        return id;
    }

    private void place(int id, int h) {
        int mask = slots.length - 1;
        int s = h & mask;
        while (slots[s] >= 0) {
            s = (s + 1) & mask;
        }
        slots[s] = id;
        hashes[s] = h;
    }

    private void rehash(int capacity) {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[capacity];
        hashes = new int[capacity];
        Arrays.fill(slots, -1);
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] >= 0) {
                place(oldSlots[s], oldHashes[s]);
            }
        }
    }

    /** FNV-1a over the bytes, then mixed so that the low bits the table uses depend on every byte. */
    private static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
