package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids for channel names, in order of first appearance in the input. That order is the order of every
 * result list, so results are deterministic for a given input.
 */
final class ChannelIndex {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** Indexes every channel of {@code paths}, and returns, per path, its channels as ids. */
    static ChannelIndex of(List<ConversionPath> paths) {
        ChannelIndex index = new ChannelIndex();
        for (int p = 0; p < paths.size(); p++) {
            List<String> cs = paths.get(p).channels();
            for (int i = 0; i < cs.size(); i++) {
                index.id(cs.get(i));
            }
        }
        return index;
    }

    int id(String channel) {
        Integer id = ids.get(channel);
        if (id == null) {
            id = names.size();
            ids.put(channel, id);
            names.add(channel);
        }
        return id;
    }

    /** The id of a channel already indexed. */
    int existing(String channel) {
        return ids.get(channel);
    }

    int size() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
