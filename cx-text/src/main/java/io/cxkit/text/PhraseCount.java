package io.cxkit.text;

/**
 * A key phrase and how many verbatims hold it.
 *
 * @param phrase the phrase, lower case, plurals folded
 * @param documents the verbatims holding it (at most {@code maxUndercount} fewer than the truth)
 * @param share documents / all verbatims counted
 * @param maxUndercount the most the count can be short by, from the lossy counting (0 when exact)
 */
public record PhraseCount(String phrase, long documents, double share, long maxUndercount) {
}
