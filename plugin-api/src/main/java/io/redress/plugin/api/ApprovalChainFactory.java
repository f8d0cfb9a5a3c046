package io.redress.plugin.api;

/** A factory of approval-chain policies. */
public interface ApprovalChainFactory extends PluginFactory<ApprovalChainPolicy> {

    @Override
    default PluginKind kind() {
        return PluginKind.APPROVAL_CHAIN;
    }
}
