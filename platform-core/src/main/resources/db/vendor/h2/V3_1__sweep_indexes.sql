-- H2 has no partial indexes; the same columns, all rows.
CREATE INDEX deadline_next_action ON deadline (next_action_at);
CREATE INDEX deadline_open_due ON deadline (due_at);
