/**
 * cxkit report: the CX report as a library type ({@link io.cxkit.report.CxReport}) and the self-contained HTML
 * compass page ({@link io.cxkit.report.html.CompassPage}).
 */
module io.cxkit.report {
    requires transitive io.cxkit.core;
    requires transitive io.cxkit.metrics;
    requires transitive io.cxkit.journey;
    requires transitive io.cxkit.text;
    // Not transitive: no segments type is in the report's API; the report reads segment results internally.
    requires io.cxkit.segments;

    exports io.cxkit.report;
    exports io.cxkit.report.html;
}
