/** cxkit core: the domain model, loss-free readers and writers, and the sample-data generator. */
module io.cxkit.core {
    // Logging only: no slf4j type is in the API, so users' modules need not read it.
    requires org.slf4j;
    // Jackson is an implementation detail (no Jackson type in the API): streaming for JSON Lines and CSV,
    // databind for mapping files (SourceMapping, SourceSet).
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;

    exports io.cxkit.core;
    exports io.cxkit.core.io;
    exports io.cxkit.core.output;
    exports io.cxkit.core.sample;
}
