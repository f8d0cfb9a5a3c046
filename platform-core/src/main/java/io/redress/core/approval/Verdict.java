package io.redress.core.approval;

/** What an approver signs for. */
public enum Verdict {
    APPROVE,
    REJECT
}
