-- whom a missed approval step is also opened to: as its chain named it (escalate_to, null for the platform's
-- ladder), and, once the sweep escalated it, the approver slot it was opened to (escalated_to, null when no one is
-- above the step's approvers). Both are slots as in approvers: role@SCOPE.
ALTER TABLE approval_step ADD COLUMN escalate_to VARCHAR(200);
ALTER TABLE approval_step ADD COLUMN escalated_to VARCHAR(200);
