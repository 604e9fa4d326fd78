/** cxkit core: the domain model, loss-free readers and writers, and the sample-data generator. */
module io.cxkit.core {
    requires transitive org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.cxkit.core;
    exports io.cxkit.core.io;
    exports io.cxkit.core.output;
    exports io.cxkit.core.sample;
}
