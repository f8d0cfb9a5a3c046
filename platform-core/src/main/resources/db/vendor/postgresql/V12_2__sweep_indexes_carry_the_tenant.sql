-- Row-level security (V12_1) reads tenant_id of every row a statement touches, so the sweep's partial indexes carry
-- it: the overdue count stays an index-only scan, and the sweep's query reads its batch from the index alone.
DROP INDEX deadline_next_action;
CREATE INDEX deadline_next_action ON deadline (next_action_at) INCLUDE (tenant_id, id) WHERE next_action_at IS NOT NULL;
DROP INDEX deadline_open_due;
CREATE INDEX deadline_open_due ON deadline (due_at) INCLUDE (tenant_id) WHERE completed_at IS NULL AND paused_at IS NULL;
