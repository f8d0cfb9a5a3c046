package io.redress.plugins.approval.thresholds;

import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import io.redress.plugin.tck.ApprovalChainContractTest;

/** Decision requests in the tenant rates of the policies' examples (1 USD = 7.10 CNY, 1 EUR = 7.70 CNY, no JPY). */
final class Requests {

    private Requests() {
    }

    static DecisionRequest decision(DecisionType type, String grade) {
        return new DecisionRequest(type, null, grade, null, null, ApprovalChainContractTest.RATES);
    }

    /** {@code amount} written like {@code "10000.01 CNY"}. */
    static DecisionRequest decision(DecisionType type, String grade, String amount) {
        String[] parts = amount.split(" ");
        return new DecisionRequest(type, Money.of(parts[0], parts[1]), grade, "COMPLAINTS", "CN", ApprovalChainContractTest.RATES);
    }
}
