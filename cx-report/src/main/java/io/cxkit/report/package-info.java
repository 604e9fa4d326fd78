/**
 * The CX report as a library type: {@link io.cxkit.report.CxReport} computes typed sections (overview, survey
 * metrics with breakdowns and trends, service metrics, journeys, funnel, experience and pain points, at-risk
 * customers, attribution, CLV, and any {@link io.cxkit.report.SectionProvider} a user adds) from interactions.
 * A section that has nothing to show says why. Every section is a record, written as text, JSON or CSV by
 * {@code io.cxkit.core.output} and as HTML by {@link io.cxkit.report.html.CompassPage}.
 */
package io.cxkit.report;
