/**
 * The example plugin of docs/PLUGINS.md: a grading scheme that makes complaints from chosen channels urgent.
 * Depends on plugin-api only; installed by dropping its jar into the server's plugins folder.
 */
package io.redress.plugins.grading.channel;
