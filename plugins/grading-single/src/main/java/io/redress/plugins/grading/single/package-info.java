/**
 * Policy A's grading scheme, for general complaint handling and feedback: every complaint gets the one grade the
 * tenant names, on a plan whose every deadline and whose weekly progress-review day are settings. Depends on
 * plugin-api only, so the platform can load it through {@link java.util.ServiceLoader} like any other plugin.
 */
package io.redress.plugins.grading.single;
