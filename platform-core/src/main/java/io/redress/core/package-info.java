/**
 * Redress platform core: one package per responsibility (tenant, complaint, policy, sla, plugin, identity, api,
 * persistence). Dependencies point from process (complaint) to policy and clocks, never back; nothing here
 * imports a concrete plugin or the UI.
 */
package io.redress.core;
