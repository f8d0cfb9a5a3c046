-- The groups a staff member sits on besides their home unit: the complaint leadership group, a major-case task
-- force. A grade whose resolution the policy gives to a group is assigned only to its members.
ALTER TABLE staff_profile ADD COLUMN group_codes VARCHAR(1000) DEFAULT '' NOT NULL;
