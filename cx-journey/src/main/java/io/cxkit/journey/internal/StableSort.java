package io.cxkit.journey.internal;

/** A stable sort of index runs by a primitive long key, without boxing. */
public final class StableSort {
    private static final int INSERTION_THRESHOLD = 24;

    private StableSort() {
    }

    /**
     * Sorts {@code idx[from..to)} by {@code key[idx[k]]}, keeping the current order of equal keys. Already
     * sorted runs, the usual case for logs written in time order, cost one pass.
     */
    public static void byKey(int[] idx, int[] scratch, int from, int to, long[] key) {
        boolean sorted = true;
        for (int k = from + 1; k < to; k++) {
            if (key[idx[k]] < key[idx[k - 1]]) {
                sorted = false;
                break;
            }
        }
        if (!sorted) {
            mergeSort(idx, scratch, from, to, key);
        }
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, long[] key) {
        if (to - from <= INSERTION_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                long kv = key[v];
                int j = i - 1;
                while (j >= from && key[a[j]] > kv) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, key);
        mergeSort(a, tmp, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[tmp[i]] <= key[tmp[j]])) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
