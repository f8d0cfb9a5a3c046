/**
 * The plugin TCK: abstract JUnit 5 and jqwik tests that a plugin module's tests extend, so that every plugin keeps
 * the promises the platform relies on (a stable id, a schema an admin screen can show, validation that names the
 * faulty setting, and pure, total, deterministic decisions) without each module writing them again.
 *
 * <p>Add {@code io.redress:plugin-tck} with test scope, extend the contract test of the plugin's kind
 * ({@link io.redress.plugin.tck.GradingSchemeContractTest}, {@link io.redress.plugin.tck.ApprovalChainContractTest}
 * or {@link io.redress.plugin.tck.KpiSchemeContractTest}) and put a {@code src/test/resources/junit-platform.properties}
 * with {@code jqwik.database = target/.jqwik-database} beside it. This library ships no such file itself: a
 * library's copy would compete with the module's own on the test class path.
 */
package io.redress.plugin.tck;
