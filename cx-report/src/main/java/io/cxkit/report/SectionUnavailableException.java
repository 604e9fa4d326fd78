package io.cxkit.report;

/**
 * Thrown by a {@link SectionProvider} when the input cannot support its section; the report shows the section as
 * skipped with this message as the reason.
 */
public final class SectionUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason why the section has nothing to show, in words a user can act on
     */
    public SectionUnavailableException(String reason) {
        super(reason);
    }
}
