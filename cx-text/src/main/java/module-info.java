/** cxkit text: sentiment, tone and emotion, reply guidance, empathy of replies, key phrases. */
module io.cxkit.text {
    requires transitive io.cxkit.core;
    requires transitive io.cxkit.metrics;
    requires org.slf4j;

    exports io.cxkit.text;
}
