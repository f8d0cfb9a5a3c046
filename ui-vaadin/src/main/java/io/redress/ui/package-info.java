/**
 * The Vaadin Flow UI: views grouped by feature ({@code complaint}, {@code policy}, {@code calendar}), one
 * {@link io.redress.ui.MainLayout}, the login, and the zh-CN/en message bundles. Views call platform-core services
 * through their interfaces; they never touch an EntityManager.
 */
package io.redress.ui;
