package io.cxkit.cli.journey;

import picocli.CommandLine;

/**
 * Converts {@code --delimiter}: exactly one character, or {@code \t} / {@code tab} for a tab. Anything else is a
 * usage error that says what is allowed (an empty value must not surface as an index exception).
 */
public final class DelimiterConverter implements CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
        if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            throw new CommandLine.TypeConversionException("must be one character other than a quote or a line "
                    + "break, such as , ; | or \\t (tab), was '" + value + "'");
        }
        return value.charAt(0);
    }
}
