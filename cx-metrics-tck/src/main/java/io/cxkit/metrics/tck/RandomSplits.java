package io.cxkit.metrics.tck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The split-and-merge step both kits share: one input cut at random points, its parts merged in random order. */
final class RandomSplits {
    private RandomSplits() {
    }

    /**
     * Cuts {@code input} at up to nine random points, accumulates each part, and merges random pairs until one
     * state is left, which covers left-deep, right-deep and bushy merge trees.
     *
     * @param input the items, at least one
     * @param random the source of the cuts and the merge order
     * @param accumulate builds a state from a part
     * @param merge merges its second argument into its first
     * @param <T> the item type
     * @param <S> the state type
     * @return the merged state
     */
    static <T, S> S accumulateInRandomParts(List<T> input, Random random, Function<List<T>, S> accumulate,
            BiConsumer<S, S> merge) {
        int cuts = random.nextInt(Math.min(9, input.size()) + 1);
        int[] at = new int[cuts + 2];
        for (int c = 1; c <= cuts; c++) {
            at[c] = random.nextInt(input.size() + 1);
        }
        at[cuts + 1] = input.size();
        Arrays.sort(at);
        List<S> parts = new ArrayList<>();
        for (int c = 0; c + 1 < at.length; c++) {
            parts.add(accumulate.apply(input.subList(at[c], at[c + 1])));
        }
        while (parts.size() > 1) {
            S a = parts.remove(random.nextInt(parts.size()));
            S b = parts.remove(random.nextInt(parts.size()));
            merge.accept(a, b);
            parts.add(a);
        }
        return parts.get(0);
    }
}
