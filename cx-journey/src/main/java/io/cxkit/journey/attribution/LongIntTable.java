package io.cxkit.journey.attribution;

/**
 * An open-addressing map from non-zero {@code long} keys to dense {@code int} ids (0, 1, 2, ... in order of
 * insertion). Building the Markov chain looks up every window and every transition of every path; boxed keys
 * in a {@code HashMap} would cost more than the solve.
 */
final class LongIntTable {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    /** The id of {@code key}, adding it with the next id if absent. Key 0 is reserved for empty slots. */
    int idOf(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                keys[i] = key;
                values[i] = size;
                size++;
                if (size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = slot(k);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntTable[size=" + size + ", capacity=" + keys.length + "]";
    }
}
