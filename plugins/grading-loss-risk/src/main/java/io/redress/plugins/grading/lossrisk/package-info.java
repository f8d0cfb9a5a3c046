/**
 * Policy C's grading scheme: a complaint is general, important or major according to its claimed loss (compared
 * with a threshold after currency conversion), how many complainants stand behind it, its risk flags and its
 * channel, with the handling plan each grade starts from. Depends on plugin-api only, so the platform can load it
 * through {@link java.util.ServiceLoader} like any other plugin.
 */
package io.redress.plugins.grading.lossrisk;
