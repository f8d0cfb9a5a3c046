-- Group complaints (Policy C): the other complainants of a case, each with their own demand and contact, one of
-- them (or the first complainant) the group's spokesperson; and the one official statement the group is given.
CREATE TABLE complaint_member (
    tenant_id    VARCHAR(63)  NOT NULL,
    id           VARCHAR(36)  NOT NULL,
    complaint_id VARCHAR(36)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(254),
    phone        VARCHAR(64),
    demand       VARCHAR(2000),
    spokesperson BOOLEAN      NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, complaint_id) REFERENCES complaint (tenant_id, id)
);
CREATE INDEX complaint_member_by_complaint ON complaint_member (tenant_id, complaint_id);

ALTER TABLE complaint ADD COLUMN statement VARCHAR(8000);
ALTER TABLE complaint ADD COLUMN statement_at TIMESTAMP WITH TIME ZONE;
