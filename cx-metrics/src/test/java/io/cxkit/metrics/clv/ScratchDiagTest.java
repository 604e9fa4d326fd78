package io.cxkit.metrics.clv;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchDiagTest {
    static void show(String label, ModelFit<?> f) {
        System.out.println("DIAG " + label + " " + f.model() + " conv=" + f.converged() + " it=" + f.iterations()
                + " ev=" + f.evaluations() + " w=" + f.warnings() + " p=" + f.params() + " se=" + f.standardErrors()
                + " :: " + f.convergence());
    }

    @Test
    void diag() {
        SummaryTable c = Cdnow.calibration();
        show("cdnow", BgNbd.fit(c.compress()));
        show("cdnow", MbgNbd.fit(c.compress()));
        show("cdnow", ParetoNbd.fit(c.compress()));
        show("cdnow", GammaGamma.fit(c));
        show("sbg", ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326, 289, 262, 241, 223}));
        double[] one = {1, 1, 1};
        SummaryTable none = SummaryTable.of(new double[] {0, 0, 0}, new double[3], new double[] {10, 20, 30}, new double[3], one);
        show("none", BgNbd.fit(none));
        show("none", MbgNbd.fit(none));
        show("none", ParetoNbd.fit(none));
        SummaryTable single = SummaryTable.of(new double[] {0}, new double[1], new double[] {0}, new double[1], new double[] {1});
        show("single", BgNbd.fit(single));
        show("single", MbgNbd.fit(single));
        show("single", ParetoNbd.fit(single));
        SummaryTable ident = SummaryTable.of(new double[] {2}, new double[] {5}, new double[] {10}, new double[] {7}, new double[] {50});
        show("ident", BgNbd.fit(ident));
        show("ident", MbgNbd.fit(ident));
        show("ident", ParetoNbd.fit(ident));
        show("ident", GammaGamma.fit(SummaryTable.of(new double[] {2, 2, 2}, new double[] {5, 5, 5}, new double[] {10, 10, 10}, new double[] {7, 7, 7}, one)));
        show("sbg-nochurn", ShiftedBetaGeometric.fit(new long[] {100, 100, 100}));
        show("bgbb-one", BgBb.fit(OpportunityTable.of(new int[] {0}, new int[] {0}, new int[] {0}, new double[] {1})));
        show("bgbb-all", BgBb.fit(OpportunityTable.of(new int[] {6}, new int[] {6}, new int[] {6}, new double[] {10})));
        java.util.List<CustomerSummary> rows = new java.util.ArrayList<>(Cdnow.summaries());
        rows.add(new CustomerSummary("whale", 1_000_000, 38.86, 38.86, 10));
        long t0 = System.nanoTime();
        show("whale", ParetoNbd.fit(SummaryTable.of(rows).compress()));
        System.out.println("DIAG whale ms " + (System.nanoTime() - t0) / 1e6);
    }
}
