package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.io.SourceMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SummaryReaderTest {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCxkitSummariesWithWeights() throws IOException {
        SummaryReader.Customers c = SummaryReader.create().customers("s.csv",
                text("customer,x,t_x,T,monetary,weight\na,2,30.43,38.86,22.35,1\nb,0,0,38.86,0,3\n"));
        assertThat(c.rows()).containsExactly(new CustomerSummary("a", 2, 30.43, 38.86, 22.35),
                new CustomerSummary("b", 0, 0, 38.86, 0));
        assertThat(c.weightArray()).containsExactly(1, 3);
        assertThat(c.report().accepted()).isEqualTo(2);
    }

    @Test
    void readsLifetimesSummaryOutputWithNoOption() throws IOException {
        // lifetimes' summary_data_from_transaction_data(...).to_csv(): customer_id, frequency, recency, T,
        // monetary_value, with frequency written 2.0 by pandas.
        SummaryReader.Customers c = SummaryReader.create().customers("lifetimes.csv", text(
                "customer_id,frequency,recency,T,monetary_value\n0001,2.0,30.43,38.86,22.35\n0002,0.0,0.0,38.86,0.0\n"));
        assertThat(c.rows()).containsExactly(new CustomerSummary("0001", 2, 30.43, 38.86, 22.35),
                new CustomerSummary("0002", 0, 0, 38.86, 0));
        assertThat(c.weights()).containsExactly(1.0, 1.0);
    }

    @Test
    void badSummaryRowsAreRejectedWithLineColumnAndReason() throws IOException {
        SummaryReader.Customers c = SummaryReader.create().failFast(false).customers("s.csv", text(
                "customer,x,t_x,T,weight\na,2,40,39,1\nb,2.5,3,39,1\nc,1,3,39,0\n,1,3,39,1\nd,1,3,39,1\n"));
        assertThat(c.report().read()).isEqualTo(5);
        assertThat(c.report().accepted()).isEqualTo(1);
        assertThat(c.report().firstRejections()).extracting(Rejection::line, Rejection::field).containsExactly(
                tuple(2L, Rejection.RECORD), tuple(3L, "x"), tuple(4L, "weight"), tuple(5L, "customer"));
        assertThat(c.report().firstRejections().get(0).reason()).contains("must be <= T");
        assertThat(c.report().firstRejections().get(1).reason()).contains("whole number");
    }

    @Test
    void theDefaultIsFailFastSoAFitNeverRunsOnPartOfASummary() {
        assertThatThrownBy(() -> SummaryReader.create().customers("s.csv", text("customer,x,t_x,T\na,x,1,2\n")))
                .isInstanceOfSatisfying(ReadFailedException.class, e -> assertThat(e.rejection().line()).isEqualTo(2))
                .hasMessageContaining("s.csv:2: x 'x'");
        assertThatThrownBy(() -> SummaryReader.create().customers("s.csv", text("customer,x,T\na,1,2\n")))
                .isInstanceOf(ReadFailedException.class).hasMessageContaining("no column for t_x");
    }

    @Test
    void aMappingNamesOtherColumns() throws IOException {
        SummaryReader.Customers c = SummaryReader.create()
                .withMapping(SourceMapping.builder().column("customer", "Kunde").column("T", "Alter").build())
                .customers("s.csv", text("Kunde;x;t_x;Alter\nk1;1;2;3\n"));
        assertThat(c.rows()).containsExactly(new CustomerSummary("k1", 1, 2, 3, 0));
    }

    @Test
    void readsBgBbRows() throws IOException {
        SummaryReader.Opportunities o = SummaryReader.create().opportunities("bgbb.csv",
                text("x,t_x,n,weight\n6,6,6,1203\n0,0,6,3464\n3,4,6,45\n"));
        assertThat(o.table()).isPresent();
        assertThat(o.table().get().size()).isEqualTo(3);
        assertThat(o.table().get().totalWeight()).isEqualTo(4712);
        SummaryReader.Opportunities bad = SummaryReader.create().failFast(false).opportunities("bgbb.csv",
                text("x,t_x,n\n2,1,6\n1,1,6\n"));
        assertThat(bad.report().firstRejections()).extracting(Rejection::line).containsExactly(2L);
        assertThat(bad.report().firstRejections().get(0).reason()).contains("t_x");
        assertThat(SummaryReader.create().opportunities("e.csv", text("x,t_x,n\n")).table()).isEmpty();
    }

    @Test
    void readsSurvivorCountsInPeriodOrder() throws IOException {
        SummaryReader.Survivors s = SummaryReader.create().survivors("s.csv",
                text("period,survivors\n0,1000\n1,869\n2,743\n"));
        assertThat(s.countArray()).containsExactly(1000, 869, 743);
        assertThatThrownBy(() -> SummaryReader.create().survivors("s.csv", text("period,survivors\n0,1000\n2,743\n")))
                .isInstanceOf(ReadFailedException.class)
                .hasMessageContaining("s.csv:3: period '2': periods must run 0, 1, 2, ... in order, expected 1");
    }
}
