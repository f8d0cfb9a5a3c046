/**
 * An approval-chain policy of ordered rules: a rule picks decisions by type, grade and amount (converted with the
 * tenant's rates) and names the steps they must pass, and the first rule that matches decides. The presets of the
 * three written policies are in {@link io.redress.plugins.approval.thresholds.PolicyPresets}, Policy C's being the
 * default. Depends on plugin-api only, so the platform can load it through {@link java.util.ServiceLoader} like any
 * other plugin.
 */
package io.redress.plugins.approval.thresholds;
