-- Accounts and logins (issue 5 item 1): lockout with back-off, "log out everywhere", password
-- changes, and the log of every login attempt.

-- failed_logins: consecutive failed attempts since the last success (or the administrator's unlock).
-- locked_until: while in the future, the account is refused even with the right password (UTC).
-- session_epoch: raised by "log out everywhere" and by password changes; a session that began with
--   a smaller value is ended by the host on its next request.
-- password_changed_at: when the owner last set the password (NULL: never, e.g. one-time password).
ALTER TABLE user_account
    ADD COLUMN failed_logins        INT          NOT NULL DEFAULT 0 AFTER last_login_at,
    ADD COLUMN locked_until         DATETIME(3)  NULL AFTER failed_logins,
    ADD COLUMN session_epoch        INT          NOT NULL DEFAULT 0 AFTER locked_until,
    ADD COLUMN password_changed_at  DATETIME(3)  NULL AFTER session_epoch;

-- Every login attempt, successful or not. Rows are only inserted, never updated or deleted.
-- school_id and account_id are NULL when the typed login names no account.
-- reason: SUCCESS, WRONG_PASSWORD, UNKNOWN_LOGIN, LOCKED, INACTIVE.
CREATE TABLE login_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    school_id    BIGINT        NULL,
    account_id   BIGINT        NULL,
    login        VARCHAR(100)  NOT NULL,             -- as typed (cut to 100)
    success      BOOLEAN       NOT NULL,
    reason       VARCHAR(20)   NOT NULL,
    address      VARCHAR(64)   NOT NULL DEFAULT '',  -- client IP address
    occurred_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_login_attempt_school_time (school_id, occurred_at),
    KEY ix_login_attempt_account_time (account_id, occurred_at),
    CONSTRAINT fk_login_attempt_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_login_attempt_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
