-- H2 runs a trigger only as a Java class on the database's own classpath, which the embedded H2 file database of
-- Redress does not have (the WAR's classes are not the server's). On H2 the guarantee is the application's: no
-- class of Redress updates or deletes an audit entry (AuditEntry has no setters and its columns are mapped
-- updatable = false), and the hash chain catches a change made by hand. This migration keeps the version numbers
-- of both vendors in step.
SELECT 1;
