/**
 * The plugin SPI: what a policy plugin declares (id, kind, version, configuration schema) and decides: a grade with
 * the rule that fired and a default handling plan, the approval chain of a decision, or the indicators of a
 * period's work and the rewards and warnings they earn. Plain Java 21; depends on nothing but the JDK, so a plugin
 * never sees JPA, CDI or Vaadin.
 */
package io.redress.plugin.api;
