package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.metrics.MergeableState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The version-1 encoding of {@link CustomerSummaryState}, kept in
 * {@code src/test/resources/io/cxkit/metrics/clv/golden}: a codec change that cannot read it any more, or writes
 * other bytes for the same state without a new version, fails here. Keep old files when a version is added.
 */
class GoldenCustomerSummaryStateTest {

    static CustomerSummaryState state() {
        CustomerSummaryState s = new CustomerSummaryState(PeriodUnit.WEEK, LocalDate.of(2025, 3, 31));
        s.add(new Transaction("a", LocalDate.of(2025, 1, 2), 10.5));
        s.add(new Transaction("a", LocalDate.of(2025, 1, 2), 0.25));
        s.add(new Transaction("a", LocalDate.of(2025, 2, 1), 3.1));
        s.add(new Transaction("b", LocalDate.of(2025, 3, 1), 7));
        s.add(new Transaction("b", LocalDate.of(2025, 4, 1), 9));
        return s;
    }

    @Test
    void version1StaysReadable() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("golden/clv-summaries-v1.hex")) {
            assertThat(in).as("golden file").isNotNull();
            golden = HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
        CustomerSummaryState expected = state();
        CustomerSummaryState decoded = MergeableState.decode(expected.empty(), golden);
        assertThat(decoded).isEqualTo(expected);
        assertThat(decoded.summaries()).isEqualTo(expected.summaries());
        assertThat(decoded.summaries().get(0).frequency()).isEqualTo(1);
        assertThat(decoded.summaries().get(0).monetary()).isEqualTo(3.1);
        assertThat(MergeableState.encode(expected)).isEqualTo(golden);
    }
}
