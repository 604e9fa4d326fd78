package io.cxkit.cli.text;

/**
 * One text to analyse, with the key it is reported under.
 *
 * @param id the record's interaction_id (or line or row number for plain text and CSV without that column)
 * @param text the text
 * @param interaction the interaction it came from, when read from an interaction file
 */
record TextRecord(String id, String text, java.util.Optional<io.cxkit.core.Interaction> interaction) {
}
