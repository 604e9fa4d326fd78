package io.cxkit.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sections of {@code cx report}, in the order they are printed. Register a section by adding one
 * {@code add(new YourSection());} line to the block below, in the place where it should appear.
 */
public final class ReportSections {
    private static final List<ReportSection> SECTIONS = new ArrayList<>();

    static {
        add(new OverviewSection());
        add(new MetricsSection());
        add(new io.cxkit.cli.journey.JourneysReportSection());
        add(new io.cxkit.cli.journey.ExperienceReportSection());
        add(new io.cxkit.cli.clv.ClvReportSection());
    }

    private ReportSections() {
    }

    private static void add(ReportSection section) {
        for (ReportSection s : SECTIONS) {
            if (s.key().equals(section.key())) {
                throw new IllegalStateException("two report sections use the key " + section.key());
            }
        }
        SECTIONS.add(section);
    }

    /** Every section, in report order. */
    public static List<ReportSection> all() {
        return Collections.unmodifiableList(SECTIONS);
    }
}
