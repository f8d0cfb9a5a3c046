-- Redress schema, first cut: tenants, local identity, policy, calendars, complaints and their clocks.
-- Every tenant-owned table has tenant_id leading its primary key and its indexes, so that the data can
-- later be sharded by tenant (Citus) without rewriting keys. Instants are timestamptz (UTC).
-- The same file runs on PostgreSQL and on H2 (PostgreSQL mode).

CREATE TABLE tenant (
    slug             VARCHAR(63)  NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    template         VARCHAR(64)  NOT NULL,
    locale           VARCHAR(16)  NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    default_calendar VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE platform_user (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_user (
    tenant_id     VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    id            VARCHAR(36)  NOT NULL,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    email         VARCHAR(254),
    display_name  VARCHAR(200),
    roles         VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT staff_user_username UNIQUE (tenant_id, username)
);
CREATE INDEX staff_user_by_name ON staff_user (username);

CREATE TABLE business_calendar (
    tenant_id  VARCHAR(63) NOT NULL REFERENCES tenant (slug),
    code       VARCHAR(64) NOT NULL,
    time_zone  VARCHAR(64) NOT NULL,
    definition VARCHAR     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

-- one row per tenant; "scope" completes the key because JPA needs an id besides the tenant column
CREATE TABLE exchange_rate_table (
    tenant_id  VARCHAR(63) NOT NULL REFERENCES tenant (slug),
    scope      VARCHAR(16) NOT NULL,
    base       CHAR(3)     NOT NULL,
    rates      VARCHAR     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, scope)
);

CREATE TABLE tenant_policy (
    tenant_id              VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    version                INTEGER      NOT NULL,
    grading_plugin         VARCHAR(100) NOT NULL,
    grading_plugin_version VARCHAR(32)  NOT NULL,
    grading_config         VARCHAR      NOT NULL,
    handling_plans         VARCHAR      NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

CREATE TABLE complaint (
    tenant_id                VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    id                       VARCHAR(36)  NOT NULL,
    case_number              VARCHAR(32)  NOT NULL,
    status                   VARCHAR(32)  NOT NULL,
    channel                  VARCHAR(32)  NOT NULL,
    received_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    region                   VARCHAR(64)  NOT NULL,
    language                 VARCHAR(16),
    complainant_name         VARCHAR(200) NOT NULL,
    complainant_organization VARCHAR(200),
    complainant_kind         VARCHAR(16),
    complainant_email        VARCHAR(254),
    complainant_phone        VARCHAR(64),
    complainant_country      VARCHAR(2),
    complainant_account_id   VARCHAR(100),
    complainant_count        INTEGER      NOT NULL,
    category                 VARCHAR(64),
    subject                  VARCHAR(500) NOT NULL,
    description              VARCHAR,
    expected_resolution      VARCHAR,
    loss_amount              NUMERIC(19, 4),
    loss_currency            CHAR(3),
    impact                   VARCHAR(32),
    emotion                  VARCHAR(32),
    flags                    VARCHAR(1000) NOT NULL,
    grade_code               VARCHAR(64),
    grade_rule               VARCHAR(100),
    grading_fault            VARCHAR(2000),
    policy_version           INTEGER      NOT NULL,
    tracking_token           VARCHAR(128) NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT complaint_case_number UNIQUE (tenant_id, case_number),
    CONSTRAINT complaint_tracking_token UNIQUE (tenant_id, tracking_token)
);
CREATE INDEX complaint_by_status ON complaint (tenant_id, status, received_at);
CREATE INDEX complaint_by_grade ON complaint (tenant_id, grade_code, received_at);

CREATE TABLE deadline (
    tenant_id     VARCHAR(63) NOT NULL,
    id            VARCHAR(36) NOT NULL,
    complaint_id  VARCHAR(36) NOT NULL,
    stage         VARCHAR(64) NOT NULL,
    anchor        VARCHAR(64) NOT NULL,
    amount        INTEGER     NOT NULL,
    unit          VARCHAR(16) NOT NULL,
    recurring     BOOLEAN     NOT NULL,
    calendar_code VARCHAR(64) NOT NULL,
    position      INTEGER     NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE,
    completed_at  TIMESTAMP WITH TIME ZONE,
    met           BOOLEAN,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT deadline_stage UNIQUE (tenant_id, complaint_id, stage),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX deadline_open_by_due ON deadline (tenant_id, completed_at, due_at);

CREATE TABLE timeline_entry (
    tenant_id    VARCHAR(63)  NOT NULL,
    id           VARCHAR(36)  NOT NULL,
    complaint_id VARCHAR(36)  NOT NULL,
    seq          INTEGER      NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(64)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    detail       VARCHAR      NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT timeline_entry_seq UNIQUE (tenant_id, complaint_id, seq),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);

CREATE TABLE case_counter (
    tenant_id  VARCHAR(63) NOT NULL REFERENCES tenant (slug),
    case_day   DATE        NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (tenant_id, case_day)
);

CREATE TABLE idempotency_record (
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    complaint_id VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, idem_key)
);
