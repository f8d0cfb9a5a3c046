/**
 * The plugin registry: discovers plugin factories with ServiceLoader, validates configurations against their
 * schemas, and calls plugins with a time limit, turning anything they throw, hang on or return wrongly into a
 * recorded fault instead of a lost complaint. Depends on plugin-api only.
 */
package io.redress.core.plugin;
