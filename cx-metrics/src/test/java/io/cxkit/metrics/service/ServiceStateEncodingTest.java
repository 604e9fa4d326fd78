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

    /**
     * Pins the configured frame (magic CXKC, settings sorted by name) of FCR codec version 2 and churn codec
     * version 2, so that a later change of either keeps these bytes readable.
     */
    @Test
    void configuredFramesOfFcrVersion2AndChurnVersion2AreWrittenAndReadAsPinned() {
        FirstContactResolution fcr = FirstContactResolution.defaults();
        FirstContactResolution.State s = fcr.newAccumulator();
        CALLS.forEach(s::add);
        String fcrHex = "43584b43000366637200000002000700086368616e6e656c73001b636861742c656d61696c2c70686f6e652c736d732c"
                + "736f6369616c000a636f6e666964656e63650004302e3935000d6578636c7564652d6b696e647300167265766965772c"
                + "7375727665792c7472616e736665720008696e74657276616c000d616772657374692d636f756c6c000969737375652d"
                + "6b6579000a617474722e697373756500087265736f6c76656400087265736f6c766564000677696e646f770006505431"
                + "36384800000050000000000000000000000002000161000762696c6c696e670000000162000762696c6c696e67000000"
                + "0000030000000000000cdc5ba0c0000000000000000cdcae0680010000000100000cdc84d3a001000000002f206b1f";
        assertThat(HexFormat.of().formatHex(StateEncoding.encode(fcr, s))).isEqualTo(fcrHex);
        assertThat(StateEncoding.decode(fcr, HexFormat.of().parseHex(fcrHex)).result()).isEqualTo(s.result());
        io.cxkit.metrics.retention.ChurnRate churn = io.cxkit.metrics.retention.ChurnRate.defaults();
        io.cxkit.metrics.retention.ChurnRate.State c = churn.newAccumulator();
        CALLS.forEach(c::add);
        String churnHex = "43584b430005636875726e000000020005000a636f6e666964656e63650004302e39350008696e74657276616c000d61"
                + "6772657374692d636f756c6c00086f7574636f6d6573001163616e63656c6c65642c636875726e65640006706572696f"
                + "6400136c6173742d636f6d706c6574652d6d6f6e746800047a6f6e6500035554430000003e0000000000000003000000"
                + "0000004fec0000000200016100000000000162000000000000000200000000000000000002f7c0000000010000000000"
                + "02f7c0000000007add6193";
        assertThat(HexFormat.of().formatHex(StateEncoding.encode(churn, c))).isEqualTo(churnHex);
        assertThat(StateEncoding.decode(churn, HexFormat.of().parseHex(churnHex)).result()).isEqualTo(c.result());
    }
}
