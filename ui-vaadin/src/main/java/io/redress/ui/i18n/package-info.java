/** User-facing text in zh-CN (first) and English, from message bundles. */
package io.redress.ui.i18n;
