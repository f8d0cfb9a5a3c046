/**
 * Policy B's grading scheme, for a network company: a complaint is of level 1 (minor), 2 (moderate) or 3 (severe)
 * according to how badly the user's business is affected, the user's mood and the risks and demands noted at intake,
 * with the handling plan each level starts from and every deadline of those plans a setting. Depends on plugin-api
 * only, so the platform can load it through {@link java.util.ServiceLoader} like any other plugin.
 */
package io.redress.plugins.grading.severity;
