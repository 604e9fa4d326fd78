package io.cxkit.metrics.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.StateEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the version-1 encodings of known survey states, committed as hex under
 * {@code src/test/resources/io/cxkit/metrics/survey/golden}. A codec change that cannot read them any more
 * breaks every state stored by users, so these tests must keep passing; a new codec version adds files, it
 * never replaces these. (HdrHistogram and Apache DataSketches keep old encodings readable the same way.)
 */
class GoldenStateEncodingTest {

    /** NPS counts (25, 35, 40) plus one weighted promoter of weight 2. */
    static NpsAccumulator nps() {
        NpsAccumulator a = Nps.standard().newAccumulator();
        for (int i = 0; i < 25; i++) {
            a.addScore(3);
        }
        for (int i = 0; i < 35; i++) {
            a.addScore(8);
        }
        for (int i = 0; i < 40; i++) {
            a.addScore(10);
        }
        a.addWeightedScore(9, 2.0);
        return a;
    }

    /** 74 of 107 satisfied (Delighted's worked case). */
    static ShareAccumulator csat() {
        ShareAccumulator a = Csat.standard().newAccumulator();
        a.addCounts(74, 107);
        return a;
    }

    /** CES answers 5, 6, 7, 4, 6, 5, 7, 3. */
    static MeanAccumulator ces() {
        MeanAccumulator a = Ces.standard().newAccumulator();
        a.addScores(new byte[] {5, 6, 7, 4, 6, 5, 7, 3}, 7, 0, 8);
        return a;
    }

    private static <A extends Accumulator<A>> A decodeGolden(Metric<A> metric, String file, A expected) {
        // Today's encoder writes the configured frame; the golden files hold the older frame without the
        // configuration, whose payload must still be byte for byte the one written today.
        byte[] today = StateEncoding.encode(metric, expected);
        byte[] golden = HexFormat.of().parseHex(read(file));
        assertThat(HexFormat.of().formatHex(StateEncoding.unframe(today, metric.name(), metric.codec().version(),
                metric.configuration()).payload())).as("payload of " + file).isEqualTo(HexFormat.of().formatHex(
                StateEncoding.unframe(golden, metric.name(), metric.codec().version(), metric.configuration())
                        .payload()));
        assertThat(StateEncoding.configuration(golden)).as("an old frame carries no configuration").isEmpty();
        return StateEncoding.decode(metric, HexFormat.of().parseHex(read(file)));
    }

    private static String read(String file) {
        try (InputStream in = GoldenStateEncodingTest.class.getResourceAsStream("golden/" + file)) {
            assertThat(in).as("golden file " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void npsVersion1StatesStayReadable() {
        NpsAccumulator decoded = decodeGolden(Nps.standard(), "nps-v1.hex", nps());
        assertThat(decoded.detractors()).isEqualTo(25);
        assertThat(decoded.passives()).isEqualTo(35);
        assertThat(decoded.promoters()).isEqualTo(40);
        Estimate e = decoded.result();
        assertThat(e.n()).isEqualTo(101);
        assertThat(e.details()).containsEntry("promoters", 42.0);
        assertThat(e).isEqualTo(nps().result());
    }

    @Test
    void csatVersion1StatesStayReadable() {
        ShareAccumulator decoded = decodeGolden(Csat.standard(), "csat-v1.hex", csat());
        assertThat(decoded.result()).isEqualTo(csat().result());
        assertThat(decoded.result().n()).isEqualTo(107);
    }

    @Test
    void cesVersion1StatesStayReadable() {
        MeanAccumulator decoded = decodeGolden(Ces.standard(), "ces-v1.hex", ces());
        assertThat(decoded.result()).isEqualTo(ces().result());
        assertThat(decoded.result().value()).isEqualTo(5.375);
    }
}
