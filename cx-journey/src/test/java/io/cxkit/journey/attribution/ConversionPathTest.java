package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionPathTest {

    @Test
    void splitsOnTheSeparatorAndTrimsChannels() {
        assertThat(ConversionPath.split(" a > b >c ", ">")).containsExactly("a", "b", "c");
        assertThat(ConversionPath.split("a;b", ";")).containsExactly("a", "b");
        assertThat(ConversionPath.split("a.b", ".")).containsExactly("a", "b");
    }

    @Test
    void rejectsAnEmptyPath() {
        assertThatThrownBy(() -> ConversionPath.split("  ", ">")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must hold at least one channel, was empty");
        assertThatThrownBy(() -> new ConversionPath(List.of(), 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must hold at least one channel, was empty");
    }

    @Test
    void rejectsABlankChannelBetweenSeparators() {
        assertThatThrownBy(() -> ConversionPath.split("a > > b", ">"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel 2 of path 'a > > b' is blank (separator '>')");
    }

    @Test
    void rejectsNegativeOrNonFiniteCounts() {
        assertThatThrownBy(() -> new ConversionPath(List.of("a"), -1, 0, 0))
                .hasMessage("conversions must be a finite number >= 0, was -1.0");
        assertThatThrownBy(() -> new ConversionPath(List.of("a"), 1, Double.NaN, 0))
                .hasMessage("value must be a finite number >= 0, was NaN");
        assertThatThrownBy(() -> new ConversionPath(List.of("a"), 1, 0, Double.POSITIVE_INFINITY))
                .hasMessage("nulls must be a finite number >= 0, was Infinity");
    }

    @Test
    void rejectsAnEmptySeparator() {
        assertThatThrownBy(() -> ConversionPath.split("a", "")).hasMessage("separator must not be empty");
    }
}
