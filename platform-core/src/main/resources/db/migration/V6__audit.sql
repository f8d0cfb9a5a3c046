-- The append-only audit trail: one hash chain per tenant (entry n holds the hash of entry n-1), and the chain's
-- head, which every append locks so that concurrent appends of a tenant never fork the chain.
CREATE TABLE audit_entry (
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    seq          BIGINT       NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(200) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_entry_by_entity ON audit_entry (tenant_id, entity_type, entity_id, seq);

CREATE TABLE audit_head (
    tenant_id VARCHAR(63) NOT NULL REFERENCES tenant (slug),
    scope     VARCHAR(16) NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash CHAR(64)    NOT NULL,
    PRIMARY KEY (tenant_id, scope)
);
