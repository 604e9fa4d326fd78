/**
 * Survey metrics: the Net Promoter Score ({@link io.cxkit.metrics.survey.Nps}), CSAT as a top-box share
 * ({@link io.cxkit.metrics.survey.Csat}) and as a mean rating, and the Customer Effort Score
 * ({@link io.cxkit.metrics.survey.Ces}) as a mean and as the share agreeing. Every one is a mergeable
 * {@link io.cxkit.metrics.Accumulator} with intervals, a two-sample test and survey weights.
 */
package io.cxkit.metrics.survey;
