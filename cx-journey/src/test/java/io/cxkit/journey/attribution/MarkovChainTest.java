package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkovChainTest {
    @Test
    void arrayAndHashTableLookupsFitTheSameChainForEveryOrder() {
        for (int order = 1; order <= 4; order++) {
            for (long seed = 1; seed <= 5; seed++) {
                List<ConversionPath> paths = RandomPaths.generate(seed * 31 + order, 300, 9, 8, true);
                MarkovChain arrays = MarkovChain.fit(paths, order);
                MarkovChain hashed = MarkovChain.fit(paths, order, 0);
                assertThat(arrays.states).isEqualTo(hashed.states);
                assertThat(arrays.stateOffset).isEqualTo(hashed.stateOffset);
                assertThat(arrays.stateChannels).isEqualTo(hashed.stateChannels);
                assertThat(arrays.rowStart).isEqualTo(hashed.rowStart);
                assertThat(arrays.col).isEqualTo(hashed.col);
                assertThat(arrays.weight).isEqualTo(hashed.weight);
                assertThat(arrays.convWeight).isEqualTo(hashed.convWeight);
                assertThat(arrays.nullWeight).isEqualTo(hashed.nullWeight);
            }
        }
    }
}
