-- Stage clocks that run, pause and escalate (same file on PostgreSQL and H2).
-- A deadline row is one occurrence of a stage's clock: a recurring PROGRESS_UPDATE gets a row per occurrence.
ALTER TABLE deadline ADD COLUMN occurrence INTEGER DEFAULT 1 NOT NULL;
-- the weekday of a clock due weekly (a recurring progress update "every Friday")
ALTER TABLE deadline ADD COLUMN weekly_on VARCHAR(9);
ALTER TABLE deadline DROP CONSTRAINT deadline_stage;
ALTER TABLE deadline ADD CONSTRAINT deadline_stage UNIQUE (tenant_id, complaint_id, stage, occurrence);
-- when the clock started (its anchor happened), moved later with the due time by every pause
ALTER TABLE deadline ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
-- set while the case waits for the customer: the clock does not run
ALTER TABLE deadline ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
-- how the clock ended: COMPLETED, or CANCELLED (a recurring clock closed when the case was resolved)
ALTER TABLE deadline ADD COLUMN outcome VARCHAR(16);
-- rungs of the grade's escalation ladder already applied, and when the next one is reached (null: none left, or
-- the clock is closed or paused); the sweep reads only rows whose next_action_at has passed
ALTER TABLE deadline ADD COLUMN rungs_done INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE deadline ADD COLUMN next_action_at TIMESTAMP WITH TIME ZONE;

UPDATE deadline SET started_at = (SELECT c.received_at FROM complaint c
                                  WHERE c.tenant_id = deadline.tenant_id AND c.id = deadline.complaint_id)
 WHERE due_at IS NOT NULL AND anchor = 'RECEIVED';
UPDATE deadline SET outcome = 'COMPLETED' WHERE completed_at IS NOT NULL;
-- clocks already running when this version is installed are looked at by the first sweep after their due time
UPDATE deadline SET next_action_at = due_at WHERE completed_at IS NULL AND due_at IS NOT NULL;

ALTER TABLE complaint ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN status_before_pause VARCHAR(32);

-- the escalation ladders of a policy version, per grade ("*": grades without their own)
ALTER TABLE tenant_policy ADD COLUMN escalation VARCHAR;

-- one row per rung reached: a rung is applied once per clock, whatever the number of sweeps or nodes
CREATE TABLE escalation (
    tenant_id     VARCHAR(63) NOT NULL,
    id            VARCHAR(36) NOT NULL,
    complaint_id  VARCHAR(36) NOT NULL,
    deadline_id   VARCHAR(36) NOT NULL,
    stage         VARCHAR(64) NOT NULL,
    occurrence    INTEGER     NOT NULL,
    rung          INTEGER     NOT NULL,
    share_percent INTEGER     NOT NULL,
    notify        VARCHAR(64) NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reached_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT escalation_once UNIQUE (tenant_id, deadline_id, rung),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX escalation_by_complaint ON escalation (tenant_id, complaint_id, reached_at);

-- a lease for scheduled work on databases without advisory locks (H2)
CREATE TABLE job_lock (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(100),
    locked_until TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lock (name) VALUES ('sla-sweep');
