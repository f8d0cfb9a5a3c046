/**
 * The plugin SPI: what a policy plugin declares (id, kind, version, configuration schema) and decides
 * (a grade with the rule that fired, a default handling plan). Plain Java 21; depends on nothing but the JDK,
 * so a plugin never sees JPA, CDI or Vaadin.
 */
package io.redress.plugin.api;
