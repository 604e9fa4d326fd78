package io.cxkit.journey.internal;

import java.util.Arrays;

/**
 * An open-addressing hash table from long keys to dense int ids 0, 1, 2, ... in order of first insertion: the
 * interning of edge keys and identifier pairs without boxing. Not thread-safe.
 */
public final class LongIntTable {
    private long[] keys;
    private int[] ids;
    private int size;
    private int mask;

    /** A table sized for about {@code expected} keys. */
    public LongIntTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        ids = new int[cap];
        Arrays.fill(ids, -1);
        mask = cap - 1;
    }

    /** The number of keys. */
    public int size() {
        return size;
    }

    /** The id of {@code key}, assigning the next id if it is new. */
    public int intern(long key) {
        int slot = slot(key);
        while (ids[slot] >= 0) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The id of {@code key}, or -1 if absent. */
    public int get(long key) {
        int slot = slot(key);
        while (ids[slot] >= 0) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(ids, -1);
        mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldIds[k] >= 0) {
                int slot = slot(oldKeys[k]);
                while (ids[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[k];
                ids[slot] = oldIds[k];
            }
        }
    }
}
