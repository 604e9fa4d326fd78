/**
 * The CX compass page: one self-contained HTML file (inline CSS and SVG, no script, no network) drawn from a
 * {@link io.cxkit.report.Report}.
 */
package io.cxkit.report.html;
