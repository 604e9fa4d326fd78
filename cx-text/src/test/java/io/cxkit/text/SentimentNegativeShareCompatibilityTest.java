package io.cxkit.text;

/** The negative-share sentiment metric passes the compatibility kit. */
class SentimentNegativeShareCompatibilityTest extends SentimentMetricCompatibilityTest.NegativeShare {
}
