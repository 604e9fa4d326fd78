package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.Field;
import io.cxkit.core.output.Schema;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLV result records as the writer sees them: the literature's names, and no spend fields without spend. */
class CustomerPredictionTest {
    /** BG/NBD on CDNOW as published (Fader, Hardie and Lee 2005): r 0.243, alpha 4.414, a 0.793, b 2.426. */
    private static final BgNbd MODEL = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void theSchemaUsesTheBuyTillYouDieNamesAndLeavesOutSpendWithoutASpendModel() {
        assertThat(CustomerPrediction.schema(true).fields()).extracting(Field::name).containsExactly("customer", "x",
                "t_x", "T", "monetary", "p_alive", "expected_transactions", "expected_spend", "clv");
        assertThat(CustomerPrediction.schema(false).fields()).extracting(Field::name).containsExactly("customer",
                "x", "t_x", "T", "monetary", "p_alive", "expected_transactions");
    }

    @Test
    void aPredictionWithoutSpendTakesTheModelsFiguresForTheHorizon() {
        // FHL 2005, section 5: a customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks.
        CustomerPrediction p = CustomerPrediction.withoutSpend(new CustomerSummary("c7", 2, 30.43, 38.86, 22.35),
                MODEL, 39);
        assertThat(p.expectedTransactions()).isCloseTo(1.226, within(0.001));
        // FHL 2005 eq. 9 by hand: 1/(1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)).
        double alive = 1 / (1 + 0.793 / (2.426 + 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2));
        assertThat(p.probabilityAlive()).isCloseTo(alive, within(1e-12));
        assertThat(p.expectedSpend()).isNaN();
        assertThat(p.clv()).isNaN();
        StringWriter w = new StringWriter();
        CsvOutput.writeAll(CustomerPrediction.schema(false), List.of(p), w);
        assertThat(w.toString().lines()).containsExactly("customer,x,t_x,T,monetary,p_alive,expected_transactions",
                "c7,2,30.43,38.86,22.35," + p.probabilityAlive() + "," + p.expectedTransactions());
    }

    @Test
    void aPredictionWithSpendCarriesTheLifetimeValue() {
        CustomerPrediction p = CustomerPrediction.of(new CustomerSummary("c1", 2, 10, 30, 20),
                new CustomerValue(0.9, 1.5, 21, 31.5));
        assertThat(List.of(p.probabilityAlive(), p.expectedTransactions(), p.expectedSpend(), p.clv()))
                .containsExactly(0.9, 1.5, 21.0, 31.5);
    }

    @Test
    void aFitSummaryKeepsTheFitsFiguresInTheModelsOrder() {
        ModelFit<String> fit = new ModelFit<>("bgnbd", "model", Map.of("r", 0.24), -9582.43, 31, 40, true,
                "gradient below tolerance", List.of(), Map.of("r", 0.01), 2357, 0);
        FitSummary s = FitSummary.of(fit);
        assertThat(Schema.of(FitSummary.class).fields()).extracting(Field::name).containsExactly("model", "params",
                "log_likelihood", "iterations", "converged", "standard_errors", "convergence", "warnings",
                "evaluations", "observations");
        assertThat(s.logLikelihood()).isEqualTo(-9582.43);
        assertThat(s.params()).containsEntry("r", 0.24);
        assertThat(s.observations()).isEqualTo(2357.0);
    }
}
