-- A policy version also names its approval-chain and KPI plugins with their configuration, and the organisation
-- (departments, regional centres, groups) its plans and approvals refer to. Versions written before have none.
ALTER TABLE tenant_policy ADD COLUMN approval_plugin VARCHAR(100);
ALTER TABLE tenant_policy ADD COLUMN approval_plugin_version VARCHAR(32);
ALTER TABLE tenant_policy ADD COLUMN approval_config VARCHAR;
ALTER TABLE tenant_policy ADD COLUMN kpi_plugin VARCHAR(100);
ALTER TABLE tenant_policy ADD COLUMN kpi_plugin_version VARCHAR(32);
ALTER TABLE tenant_policy ADD COLUMN kpi_config VARCHAR;
ALTER TABLE tenant_policy ADD COLUMN organisation VARCHAR;
