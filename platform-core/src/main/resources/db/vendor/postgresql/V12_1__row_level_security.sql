-- Tenancy in the database itself: every table with a tenant_id lets a statement see and write only the rows of the
-- tenant its transaction is bound to (Tenancy.bind sets redress.tenant with set_config(..., true), local to the
-- transaction), so a query that forgets the tenant - a native query, plain JDBC - finds nothing of another tenant, and
-- one bound to no tenant finds nothing at all. The few reads that must look across tenants declare it for their own
-- statements (Tenancy.acrossTenants sets redress.scope to 'platform'); see docs/TENANCY.md.
-- FORCE: the application's role owns the tables, and owners pass row-level security unless it is forced. Superusers
-- and roles with BYPASSRLS still pass it: the application must not connect as one.
-- current_setting(..., true) is NULL when never set and '' after a transaction that set it: neither matches a tenant.
-- Each setting is read in a sub-select: once per statement (an init plan), not once per row.
-- A table with a tenant_id added later needs the same three statements (TenancyIT fails until it has them).
DO $$
DECLARE
    owned TEXT;
BEGIN
    FOREACH owned IN ARRAY ARRAY[
            'staff_user', 'business_calendar', 'exchange_rate_table', 'tenant_policy', 'complaint', 'deadline',
            'timeline_entry', 'case_counter', 'idempotency_record', 'escalation', 'staff_profile', 'approval_request',
            'approval_step', 'approval_signature', 'staff_delegation', 'audit_entry', 'audit_head', 'document',
            'document_content', 'satisfaction_survey', 'corrective_action', 'corrective_escalation', 'complaint_member',
            'notification']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', owned);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', owned);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I'
                || ' USING (tenant_id = (SELECT current_setting(''redress.tenant'', true))'
                || ' OR (SELECT current_setting(''redress.scope'', true)) = ''platform'')'
                || ' WITH CHECK (tenant_id = (SELECT current_setting(''redress.tenant'', true))'
                || ' OR (SELECT current_setting(''redress.scope'', true)) = ''platform'')', owned);
    END LOOP;
END
$$;
