-- Satisfaction surveys answered by complainants through their tracking link, and the corrective-action ledger
-- (整改台账) with the escalation rungs its overdue actions reached. Same file on PostgreSQL and H2.

-- one answer per case: the unique key makes a second answer fail even when two arrive at once
CREATE TABLE satisfaction_survey (
    tenant_id       VARCHAR(63)  NOT NULL,
    id              VARCHAR(36)  NOT NULL,
    complaint_id    VARCHAR(36)  NOT NULL,
    score           INTEGER      NOT NULL,
    survey_comment  VARCHAR(4000),
    completed_stage VARCHAR(64),
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT satisfaction_survey_once UNIQUE (tenant_id, complaint_id),
    CONSTRAINT satisfaction_survey_score CHECK (score BETWEEN 1 AND 5),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);

-- case_numbers: the linked cases, each between commas (",C-1,C-2,"), so that one LIKE finds the actions of a case
CREATE TABLE corrective_action (
    tenant_id           VARCHAR(63)   NOT NULL REFERENCES tenant (slug),
    id                  VARCHAR(36)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    cause               VARCHAR(4000),
    owner               VARCHAR(100)  NOT NULL,
    due_date            DATE          NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_criteria VARCHAR(4000) NOT NULL,
    case_numbers        VARCHAR(2000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    evidence            VARCHAR(4000),
    done_at             TIMESTAMP WITH TIME ZONE,
    rejection_reason    VARCHAR(4000),
    rejections          INTEGER       DEFAULT 0 NOT NULL,
    verified_by         VARCHAR(100),
    verified_at         TIMESTAMP WITH TIME ZONE,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    rungs_done          INTEGER       DEFAULT 0 NOT NULL,
    next_escalation_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX corrective_action_by_status ON corrective_action (tenant_id, status, due_at);
CREATE INDEX corrective_action_by_owner ON corrective_action (tenant_id, owner, status);
-- the overdue check reads only the rows whose next rung has been reached
CREATE INDEX corrective_action_next_escalation ON corrective_action (next_escalation_at);

-- one row per rung reached: a rung is recorded once per action, whatever the number of checks or nodes
CREATE TABLE corrective_escalation (
    tenant_id     VARCHAR(63) NOT NULL,
    id            VARCHAR(36) NOT NULL,
    action_id     VARCHAR(36) NOT NULL,
    rung          INTEGER     NOT NULL,
    share_percent INTEGER     NOT NULL,
    notify        VARCHAR(64) NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reached_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT corrective_escalation_once UNIQUE (tenant_id, action_id, rung),
    FOREIGN KEY (tenant_id, action_id) REFERENCES corrective_action (tenant_id, id)
);

INSERT INTO job_lock (name) VALUES ('corrective-sweep');
