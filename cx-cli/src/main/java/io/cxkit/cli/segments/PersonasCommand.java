package io.cxkit.cli.segments;

import io.cxkit.cli.UsageException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.segments.Clustering;
import io.cxkit.segments.FeatureColumns;
import io.cxkit.segments.KSelection;
import io.cxkit.segments.PersonaCard;
import io.cxkit.segments.Personas;
import io.cxkit.segments.Rfm;
import io.cxkit.segments.Standardizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx segments personas}: a card per RFM segment or behavioural cluster. */
@Command(name = "personas", mixinStandardHelpOptions = true,
        description = "Persona cards per RFM segment (default) or k-means cluster: size, revenue share, channels, "
                + "NPS/CSAT/CES with intervals against the base, top pain points, at-risk share, and a factual "
                + "description built from those figures.")
final class PersonasCommand extends SegmentsCommand.Base {
    @picocli.CommandLine.Mixin
    AtRiskOptions atRiskOptions = new AtRiskOptions();

    @Option(names = "--by", defaultValue = "rfm", description = "rfm (default) or cluster.")
    String by;

    @Option(names = "--seed", defaultValue = "1", description = "The clustering seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * The cards.
     *
     * @param by what the segments are: rfm or cluster
     * @param customers customers described
     * @param personas one card per segment, largest first
     */
    record PersonaReport(String by, int customers, List<PersonaCard> personas) {
    }

    @Override
    public void run() {
        if (!by.equals("rfm") && !by.equals("cluster")) {
            throw new UsageException("--by must be rfm or cluster, was '" + by + "'");
        }
        SegmentsCommand.Prepared p = prepare();
        Map<String, String> segmentOf;
        if (by.equals("rfm")) {
            segmentOf = Rfm.standard().score(p.features()).segmentOf();
        } else {
            var m = Standardizer.zScores(FeatureColumns.matrix(p.features(), FeatureColumns.DEFAULT)).matrix();
            Clustering c = KSelection.bySilhouette(m, 2, 8, 10, seed).chosen();
            segmentOf = new HashMap<>();
            for (int i = 0; i < m.rows(); i++) {
                segmentOf.put(m.rowIds().get(i), "cluster " + c.labels()[i]);
            }
        }
        Set<String> atRisk = p.atRiskCustomers(atRiskOptions.negativityWeight, err());
        List<PersonaCard> cards = Personas.build(p.features(), segmentOf, p.interactions(), p.loaded().journeys(),
                atRisk);
        PersonaReport report = new PersonaReport(by, p.features().size(), cards);
        switch (format) {
            case JSON -> JsonOutput.write(report, Schema.of(PersonaReport.class), out());
            case CSV -> CsvOutput.writeAll(Schema.of(SegmentRow.class), cards.stream().map(SegmentRow::of).toList(),
                    out());
            default -> {
                for (PersonaCard c : cards) {
                    out().println(c.description());
                }
                out().flush();
            }
        }
    }
}
