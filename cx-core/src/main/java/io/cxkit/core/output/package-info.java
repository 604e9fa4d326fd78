/**
 * One way out: every result record is written as text, JSON or CSV from one {@link io.cxkit.core.output.Schema}
 * (the field list of its type), so the three forms cannot disagree.
 *
 * <h2>Field names</h2>
 * A record's schema is derived from its components, in declaration order. Names are the component names in
 * snake_case ({@code probabilityAlive} becomes {@code probability_alive}). A type may declare its own schema
 * with {@link io.cxkit.core.output.Schema#builder(Class)} instead. In CSV, the fields of a nested record are
 * flattened into columns named {@code parent_child}.
 *
 * <h2>Values</h2>
 * {@code double}/{@code float} are numbers, integral types integers, {@code boolean} booleans, enums their
 * lower-case name, {@code Instant}/{@code LocalDate}/{@code YearMonth}/{@code ZoneId} their ISO-8601 text, a
 * {@code Duration} its length in seconds (a number), an {@code Optional} its content or absent, a record with a
 * single component (a value type such as a customer id) that component, any other record an object, a
 * collection an array (in CSV: its elements' text joined by {@code "; "}), a map an object (in CSV:
 * {@code key=value} pairs joined by {@code "; "}).
 *
 * <h2>NaN and infinity</h2>
 * A non-finite double means "not defined for this input" (a mean of nothing, an interval a method cannot
 * give). It is written as {@code null} in JSON (JSON has no NaN), as an empty cell in CSV and as {@code n/a} in
 * text, whether it is NaN or infinite. An absent {@code Optional} is written the same way. A consumer that needs
 * to know why a value is undefined reads the result's {@code n} or its reason field.
 *
 * <h2>schema_version</h2>
 * Every JSON document is one object whose first field is {@code schema_version}, an integer that the root type
 * declares with {@link io.cxkit.core.output.SchemaVersion} (1 if it does not). It is raised whenever a field is
 * renamed or removed or changes meaning; adding a field does not raise it.
 *
 * <h2>CSV formula injection</h2>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return) as a formula. In a <em>text</em> column such a value is written with a leading apostrophe
 * ({@code '=HYPERLINK(..)}), which spreadsheets show as text; numeric columns are never altered, so
 * {@code -0.38} stays a number, and neither is text that is a plain decimal number ({@code -2}, {@code +1e-3}). A program reading the CSV back strips one leading apostrophe from text cells
 * that start with {@code '} followed by one of those characters.
 *
 * <h2>Files</h2>
 * {@link io.cxkit.core.output.OutputFiles} writes through a temporary file in the target's folder and an atomic
 * move, so a reader never sees half a file; it refuses to replace an existing file unless asked to and names a
 * missing folder.
 */
package io.cxkit.core.output;
