-- The approvals engine (same file on PostgreSQL and H2): a request of a decision on a case, the steps of its chain as
-- the tenant's approval-chain plugin chose them, the electronic signatures given on them, and delegations while away.

-- what is to be approved, frozen: content is the canonical JSON of exactly that, content_hash its SHA-256 (hex)
CREATE TABLE approval_request (
    tenant_id       VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    id              VARCHAR(36)  NOT NULL,
    complaint_id    VARCHAR(36)  NOT NULL,
    case_number     VARCHAR(64)  NOT NULL,
    decision_type   VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    amount          NUMERIC(19, 4),
    currency        VARCHAR(3),
    subject         VARCHAR(4000) NOT NULL,
    content_version INTEGER      NOT NULL,
    extend_stage    VARCHAR(64),
    extend_amount   INTEGER,
    extend_unit     VARCHAR(16),
    content         VARCHAR      NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    rule_id         VARCHAR(200) NOT NULL,
    current_step    INTEGER      NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX approval_request_by_status ON approval_request (tenant_id, status, requested_at);
CREATE INDEX approval_request_by_complaint ON approval_request (tenant_id, complaint_id, decision_type);

-- one step of the chain; approvers as "role@SCOPE" joined by commas; due_at set when the step starts
CREATE TABLE approval_step (
    tenant_id       VARCHAR(63)  NOT NULL,
    id              VARCHAR(36)  NOT NULL,
    request_id      VARCHAR(36)  NOT NULL,
    step_no         INTEGER      NOT NULL,
    mode            VARCHAR(16)  NOT NULL,
    approvers       VARCHAR(1000) NOT NULL,
    deadline_amount INTEGER      NOT NULL,
    deadline_unit   VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    due_at          TIMESTAMP WITH TIME ZONE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    escalated_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT approval_step_once UNIQUE (tenant_id, request_id, step_no),
    FOREIGN KEY (tenant_id, request_id) REFERENCES approval_request (tenant_id, id)
);
CREATE INDEX approval_step_overdue ON approval_step (tenant_id, status, due_at);

-- an electronic signature: who signed (on behalf of whom), when, what, and the hash of the content signed
CREATE TABLE approval_signature (
    tenant_id     VARCHAR(63)  NOT NULL,
    id            VARCHAR(36)  NOT NULL,
    request_id    VARCHAR(36)  NOT NULL,
    step_no       INTEGER      NOT NULL,
    approver      VARCHAR(200) NOT NULL,
    signer        VARCHAR(100) NOT NULL,
    on_behalf_of  VARCHAR(100),
    verdict       VARCHAR(16)  NOT NULL,
    comment_text  VARCHAR(4000),
    payload_hash  VARCHAR(64)  NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT approval_signature_once UNIQUE (tenant_id, request_id, step_no, approver),
    FOREIGN KEY (tenant_id, request_id) REFERENCES approval_request (tenant_id, id)
);

-- while away until "until", the delegate may decide in the absent member's place
CREATE TABLE staff_delegation (
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    username     VARCHAR(100) NOT NULL,
    delegate     VARCHAR(100) NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by       VARCHAR(100) NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, username)
);
CREATE INDEX staff_delegation_by_delegate ON staff_delegation (tenant_id, delegate);
