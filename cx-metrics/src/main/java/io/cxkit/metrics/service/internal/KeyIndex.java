package io.cxkit.metrics.service.internal;

import io.cxkit.metrics.StateFormatException;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Dense ids for keys made of three strings (customer, first key part, second key part), by open addressing.
 * Looking up a known key allocates nothing; a new key allocates only when the arrays grow (amortised O(1)), so
 * per-key state can live in primitive arrays indexed by the id. Memory: about 40 bytes per key plus the
 * strings, which are shared with the interactions they came from.
 */
public final class KeyIndex {
    private static final int MAX_KEYS = 1 << 28;

    private String[] first = new String[16];
    private String[] second = new String[16];
    private String[] third = new String[16];
    private int[] hashes = new int[16];
    /** Slot → id + 1; 0 is empty. */
    private int[] table = new int[32];
    private int size;

    /** The number of distinct keys. */
    public int size() {
        return size;
    }

    /** The first part of key {@code id}. */
    public String first(int id) {
        return first[id];
    }

    /** The second part of key {@code id}. */
    public String second(int id) {
        return second[id];
    }

    /** The third part of key {@code id}. */
    public String third(int id) {
        return third[id];
    }

    /** The id of the key, added if new. */
    public int idOf(String a, String b, String c) {
        int h = hash(a, b, c);
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                return insert(slot, h, a, b, c);
            }
            int id = e - 1;
            if (hashes[id] == h && first[id].equals(a) && second[id].equals(b) && third[id].equals(c)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(int slot, int h, String a, String b, String c) {
        if (size == MAX_KEYS) {
            throw new IllegalStateException("more than " + MAX_KEYS + " distinct keys in one accumulator");
        }
        if (size == first.length) {
            int n = size * 2;
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            third = Arrays.copyOf(third, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        int id = size++;
        first[id] = a;
        second[id] = b;
        third[id] = c;
        hashes[id] = h;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id + 1;
        }
        table = t;
    }

    private static int hash(String a, String b, String c) {
        int h = (a.hashCode() * 31 + b.hashCode()) * 31 + c.hashCode();
        return h ^ (h >>> 16);
    }

    /** The ids in this index of every key of {@code other}, by the other's id; adds the missing ones. */
    public int[] absorb(KeyIndex other) {
        int[] map = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            map[id] = idOf(other.first[id], other.second[id], other.third[id]);
        }
        return map;
    }

    /** Writes the keys in id order. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(size);
        for (int id = 0; id < size; id++) {
            out.writeUTF(first[id]);
            out.writeUTF(second[id]);
            out.writeUTF(third[id]);
        }
    }

    /**
     * Reads keys written by {@link #write}, keeping their ids.
     *
     * @throws StateFormatException if the count is negative or a key repeats
     */
    public static KeyIndex read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_KEYS) {
            throw new StateFormatException("key count must be within 0.." + MAX_KEYS + ", was " + n);
        }
        KeyIndex k = new KeyIndex();
        for (int i = 0; i < n; i++) {
            int id = k.idOf(in.readUTF(), in.readUTF(), in.readUTF());
            if (id != i) {
                throw new StateFormatException("key " + i + " repeats key " + id);
            }
        }
        return k;
    }
}
