-- The name shown for an account that is no person of the school (a municipal specialist created by the
-- operator command municipal-login): staff, students and parents keep their names in their own rows.
ALTER TABLE user_account
    ADD COLUMN display_name VARCHAR(300) NULL AFTER parent_id;
