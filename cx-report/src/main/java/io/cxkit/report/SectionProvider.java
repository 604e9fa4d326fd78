package io.cxkit.report;

/**
 * Computes one section of the report. The built-in sections are providers too; add your own with
 * {@link CxReport.Builder#section(SectionProvider)}. Its content is written by the one writer like any record.
 *
 * @param <T> the content type, a record
 */
public interface SectionProvider<T> {
    /**
     * The section's key in JSON, snake_case and unique within a report.
     *
     * @return the key
     */
    String key();

    /**
     * The section's heading.
     *
     * @return the title
     */
    String title();

    /**
     * Computes the section.
     *
     * @param input the report's input, shared by every section
     * @return the content
     * @throws SectionUnavailableException if the input cannot support the section (the message says why)
     */
    T compute(ReportInput input);
}
