package io.redress.plugin.api;

/** A configured approval-chain policy: who must approve a decision, step by step. */
public interface ApprovalChainPolicy extends Plugin {

    /** The chain this decision needs and the rule that chose it. Deterministic, and never throws for any request. */
    ApprovalChain chainFor(DecisionRequest request);
}
