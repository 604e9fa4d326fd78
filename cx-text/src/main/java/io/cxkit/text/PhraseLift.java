package io.cxkit.text;

/**
 * A key phrase ranked by how much more detractors use it than promoters.
 *
 * @param phrase the phrase
 * @param detractors detractor verbatims holding it
 * @param detractorTotal all detractor verbatims
 * @param promoters promoter verbatims holding it
 * @param promoterTotal all promoter verbatims
 * @param lift (detractors + ½)/(detractorTotal + 1) over (promoters + ½)/(promoterTotal + 1): the
 *        Haldane–Anscombe-corrected ratio of shares, finite when no promoter uses the phrase
 * @param z the two-proportion z statistic (pooled), positive when detractors use it more
 * @param pValue its two-sided p-value
 */
public record PhraseLift(String phrase, long detractors, long detractorTotal, long promoters, long promoterTotal,
                         double lift, double z, double pValue) {
}
