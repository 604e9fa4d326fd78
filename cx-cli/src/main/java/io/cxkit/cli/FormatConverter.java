package io.cxkit.cli;

import picocli.CommandLine;

/**
 * Converts {@code --format text|json|csv} for commands that declare the option as an {@link OutputFormat},
 * through {@link OutputFormat#parse}; a bad value is a picocli usage error (exit code 1).
 */
public final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.parse(value);
        } catch (UsageException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
