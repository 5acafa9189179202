-- The municipal specialist (issue 5): role MUNICIPAL reads the journals and reports of every school of the
-- installation, never writes. The account itself belongs to one school (user_account.school_id, its home);
-- which school it is reading is the session's choice, recorded in the viewed school's audit_event
-- (entity 'school', action 'VIEW'). Only the role list of account_role changes.

ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role ADD CONSTRAINT ck_account_role CHECK (role IN ('TECH_ADMIN', 'DIRECTOR', 'DEPUTY_DIRECTOR',
    'CLASS_TEACHER', 'SUBJECT_TEACHER', 'TUTOR', 'PARENT', 'STUDENT', 'MUNICIPAL'));
