package io.cxkit.cli.segments;

import io.cxkit.core.output.Schema;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.TextOutput;
import io.cxkit.segments.PersonaCard;
import io.cxkit.segments.Personas;
import io.cxkit.segments.Rfm;
import io.cxkit.segments.RfmScore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx segments rfm}: recency, frequency and monetary scores by quintiles, the standard segment map, and
 * per segment its size, revenue share, NPS and CSAT with intervals, at-risk share and top pain points.
 */
@Command(name = "rfm", mixinStandardHelpOptions = true,
        description = "RFM scores 1-5 by quintiles and named segments (Champions .. Lost), with each segment's "
                + "size, revenue share, NPS/CSAT with intervals and top pain point.")
final class RfmCommand extends SegmentsCommand.Base {
    @picocli.CommandLine.Mixin
    AtRiskOptions atRiskOptions = new AtRiskOptions();

    @Option(names = "--per-customer", description = "List every customer's scores (CSV: one row per customer).")
    boolean perCustomer;

    /**
     * The RFM run.
     *
     * @param asOf the moment recency is measured at
     * @param customers customers in the data
     * @param withoutPurchase customers left out for having no purchase
     * @param segments each segment as a row
     * @param personas each segment's card
     * @param scores every buyer's scores (with --per-customer)
     */
    record RfmReport(Instant asOf, int customers, int withoutPurchase, List<SegmentRow> segments,
            List<PersonaCard> personas, List<RfmScore> scores) {
    }

    @Override
    public void run() {
        SegmentsCommand.Prepared p = prepare();
        Rfm.Result r = Rfm.standard().score(p.features());
        Set<String> atRisk = p.atRiskCustomers(atRiskOptions.negativityWeight, err());
        List<PersonaCard> cards = Personas.build(p.features(), r.segmentOf(), p.interactions(),
                p.loaded().journeys(), atRisk);
        List<SegmentRow> rows = cards.stream().map(SegmentRow::of).toList();
        RfmReport report = new RfmReport(p.asOf(), p.features().size(), r.withoutPurchase(), rows, cards,
                perCustomer ? r.scores() : List.of());
        switch (format) {
            case JSON -> JsonOutput.write(report, Schema.of(RfmReport.class), out());
            case CSV -> {
                if (perCustomer) {
                    CsvOutput.writeAll(Schema.of(RfmScore.class), r.scores(), out());
                } else {
                    CsvOutput.writeAll(Schema.of(SegmentRow.class), rows, out());
                }
            }
            default -> {
                out().printf("RFM segments of %d customers as of %s (%d without a purchase left out); NPS in "
                        + "points with its interval%n", report.customers(), report.asOf(), report.withoutPurchase());
                TextOutput.writeTable(Schema.of(SegmentRow.class), rows, out());
                if (perCustomer) {
                    out().println();
                    TextOutput.writeTable(Schema.of(RfmScore.class), r.scores(), out());
                }
            }
        }
    }
}
