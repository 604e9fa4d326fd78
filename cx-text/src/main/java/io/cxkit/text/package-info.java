/**
 * Voice of the customer: sentiment ({@link io.cxkit.text.Vader}, behind the
 * {@link io.cxkit.text.SentimentScorer} interface), tone and emotion with evidence, reply guidance, the
 * empathy of replies, key phrases and sentiment metrics on the mergeable contract.
 */
package io.cxkit.text;
