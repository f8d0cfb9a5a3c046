-- The working profile of staff (unit, approval positions, languages, trainings), kept by Redress whichever identity
-- store authenticates them; and what the lifecycle records on a case: its assignee and owning unit.
CREATE TABLE staff_profile (
    tenant_id  VARCHAR(63)  NOT NULL REFERENCES tenant (slug),
    username   VARCHAR(100) NOT NULL,
    unit       VARCHAR(64),
    positions  VARCHAR(1000) NOT NULL,
    languages  VARCHAR(200)  NOT NULL,
    trainings  VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, username)
);
CREATE INDEX staff_profile_by_unit ON staff_profile (tenant_id, unit);

ALTER TABLE complaint ADD COLUMN assignee VARCHAR(100);
ALTER TABLE complaint ADD COLUMN owner_unit VARCHAR(64);
ALTER TABLE complaint ADD COLUMN needs_translator BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX complaint_by_assignee ON complaint (tenant_id, assignee, status);
ALTER TABLE tenant_policy ADD COLUMN required_trainings VARCHAR(1000);
