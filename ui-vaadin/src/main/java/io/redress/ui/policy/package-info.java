/**
 * The tenant administrator's policy area: the grading plugin and its settings in a form generated from the plugin's
 * schema, the approval-chain and the KPI plugins with theirs, each grade's handling plan as a table of stages, checking and saving a draft, trying it on a complaint's
 * facts, and the list of versions. Talks to the platform only through
 * {@link io.redress.core.policy.PolicyAdministration}.
 */
package io.redress.ui.policy;
