package io.cxkit.text.internal;

import java.util.Arrays;

/**
 * An open-addressing hash table from words to dense ids (0, 1, 2, ...), probed with a slice of a char array so
 * that looking a token up allocates nothing. Built once, then read by many threads.
 */
final class WordTable {
    private int[] slots;
    private char[] pool = new char[1 << 16];
    private int[] start = new int[1024];
    private int[] length = new int[1024];
    private int[] hashes = new int[1024];
    private int size;
    private int poolUsed;

    WordTable() {
        slots = new int[1 << 14];
        Arrays.fill(slots, -1);
    }

    int size() {
        return size;
    }

    String word(int id) {
        return new String(pool, start[id], length[id]);
    }

    private static int hash(char[] a, int from, int to) {
        int h = 0x9E3779B9;
        for (int i = from; i < to; i++) {
            h = (h ^ a[i]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    /** The id of the word {@code a[from, to)}, or −1. */
    int find(char[] a, int from, int to) {
        int h = hash(a, from, to);
        int mask = slots.length - 1;
        int len = to - from;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int id = slots[s];
            if (id < 0) {
                return -1;
            }
            if (hashes[id] == h && length[id] == len && same(start[id], a, from, len)) {
                return id;
            }
        }
    }

    /** Words are short: a plain loop beats the vectorised range compare's set-up. */
    private boolean same(int at, char[] a, int from, int len) {
        char[] p = pool;
        for (int k = 0; k < len; k++) {
            if (p[at + k] != a[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** The id of {@code word}, adding it if new. */
    int add(String word) {
        char[] a = word.toCharArray();
        int found = find(a, 0, a.length);
        if (found >= 0) {
            return found;
        }
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        while (poolUsed + a.length > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(a, 0, pool, poolUsed, a.length);
        start[size] = poolUsed;
        length[size] = a.length;
        hashes[size] = hash(a, 0, a.length);
        poolUsed += a.length;
        int id = size++;
        if (size * 2 > slots.length) {
            rehash();
        } else {
            place(id);
        }
        return id;
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int s = hashes[id] & mask;
        while (slots[s] >= 0) {
            s = (s + 1) & mask;
        }
        slots[s] = id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        for (int id = 0; id < size; id++) {
            place(id);
        }
    }
}
