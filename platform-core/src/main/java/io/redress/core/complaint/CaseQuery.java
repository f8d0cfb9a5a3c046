package io.redress.core.complaint;

/**
 * A filter of the case list; null fields do not filter. {@code page} counts from 0.
 */
public record CaseQuery(ComplaintStatus status, String grade, Boolean overdue, int page, int size) {

    public static final int MAX_SIZE = 200;

    public CaseQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static CaseQuery firstPage(int size) {
        return new CaseQuery(null, null, null, 0, size);
    }
}
