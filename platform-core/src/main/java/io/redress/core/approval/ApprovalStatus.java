package io.redress.core.approval;

/** Where a request stands: waiting for its chain, or decided. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
