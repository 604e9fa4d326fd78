package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.call;
import static io.cxkit.metrics.testdata.Contacts.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateEncoding;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the version-1 state encodings of FCR, FRT and resolution time (frames without their configuration,
 * written by an earlier release): they must still read, to the same result as the state they were written from.
 */
class ServiceStateEncodingTest {
    private static final List<Interaction> CALLS = List.of(call("a", 0, false), call("a", 2, true),
            call("b", 1, true));
    private static final List<Interaction> MESSAGES = List.of(message("a", "j1", 0, Direction.INBOUND, false),
            message("a", "j1", 3, Direction.OUTBOUND, false));

    /** Checks that the pinned bytes, written before states carried their configuration, still decode. */
    private static <A extends Accumulator<A>> void assertDecodes(Metric<A> metric, List<Interaction> in,
                                                                 String pinned) {
        A state = metric.newAccumulator();
        in.forEach(state::add);
        A old = StateEncoding.decode(metric, HexFormat.of().parseHex(pinned));
        assertThat(old.result()).isEqualTo(state.result());
        A back = StateEncoding.decode(metric, StateEncoding.encode(metric, state));
        assertThat(back.result()).isEqualTo(state.result());
    }

    @Test
    void firstContactResolutionStatesOfVersion1StillRead() {
        assertDecodes(FirstContactResolution.defaults(), CALLS, 
                "43584b530003666372000000010000004800000002000161000762696c6c696e670000000162000762696c6c696e67"
                + "0000000000030000000000000cdc5ba0c0000000000000000cdcae0680010000000100000cdc84d3a0"
                + "01000000009bb16f5a");
    }

    @Test
    void firstResponseTimeStatesOfVersion1StillRead() {
        assertDecodes(FirstResponseTime.defaults(), MESSAGES, 
                "43584b53000366727400000001000000290000000100016100026a310000000000020000000000000cdc5ba0c000"
                + "0000000000000cdc5bb6b90100000000cbd52cc1");
    }

    @Test
    void resolutionTimeStatesOfVersion1StillRead() {
        assertDecodes(ResolutionTime.defaults(), CALLS, 
                "43584b53000a7265736f6c7574696f6e0000000100000068000000000000000300000002000161000762696c6c696e67"
                + "0000000162000762696c6c696e670000000000050000000000000cdc5ba0c0000000000000000cdcae068000000000"
                + "0000000cdcae0680010000000100000cdc84d3a0000000000100000cdc84d3a001000000009ad81b15");
    }
}
