package io.cxkit.cli.journey;

import io.cxkit.cli.OutputFormat;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format text|json|csv} without regard to case. */
public final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("--format must be text, json or csv, was '" + value + "'");
        }
    }
}
