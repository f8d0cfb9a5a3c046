-- Documents filed on a case. The content is AES-GCM ciphertext (nonce first) under the tenant's key, which lives
-- outside the database (REDRESS_KEYS_DIR); it has a table of its own so that listing documents never reads it.
CREATE TABLE document (
    tenant_id    VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    id           VARCHAR(36)  NOT NULL,
    complaint_id VARCHAR(36)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    description  VARCHAR(500) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    restricted   BOOLEAN      NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    deleted_by   VARCHAR(100),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX document_by_complaint ON document (tenant_id, complaint_id, uploaded_at);

CREATE TABLE document_content (
    tenant_id   VARCHAR(63) NOT NULL,
    document_id VARCHAR(36) NOT NULL,
    sealed      BYTEA       NOT NULL,
    PRIMARY KEY (tenant_id, document_id),
    FOREIGN KEY (tenant_id, document_id) REFERENCES document (tenant_id, id)
);
