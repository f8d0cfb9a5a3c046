-- Partial indexes: the sweep and the overdue count read only open clocks, a small part of all rows.
CREATE INDEX deadline_next_action ON deadline (next_action_at) WHERE next_action_at IS NOT NULL;
CREATE INDEX deadline_open_due ON deadline (due_at) WHERE completed_at IS NULL AND paused_at IS NULL;
