package io.cxkit.journey.attribution;

import io.cxkit.core.io.ReadReport;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PathReader} read: the accepted paths, in input order, and the read report
 * ({@code read = accepted + rejected}, with the first rejections).
 *
 * @param paths the accepted rows
 * @param report the counts and first rejections
 */
public record PathReadResult(List<ConversionPath> paths, ReadReport report) {
    /**
     * @param paths the accepted rows
     * @param report the counts and first rejections
     * @throws NullPointerException if a component is null
     */
    public PathReadResult {
        paths = List.copyOf(paths);
        Objects.requireNonNull(report, "report must not be null");
    }
}
