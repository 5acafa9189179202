-- Student movement and year-end promotion, issue 3 items 5 and 6.
-- Movement history stays as enrollment rows (never deleted): an arrival starts a row (ARRIVED, where
-- from in start_note), a departure ends it (LEFT, the cause code in end_cause, destination in end_note),
-- a transfer ends one row and starts another (TRANSFERRED), promotion ends rows PROMOTED / GRADUATED / LEFT
-- and starts rows PROMOTED in the next year's classes.

ALTER TABLE enrollment
    ADD COLUMN start_note VARCHAR(300) NULL AFTER start_reason,   -- arrival: where the student came from
    ADD COLUMN end_cause  VARCHAR(30)  NULL AFTER end_reason;     -- departure cause (DepartureCause constant)

-- One row per promoted academic year: the guard against promoting a year twice. A second run is
-- refused by the service; a concurrent second run fails on the unique key and its transaction is rolled
-- back, so nothing is half-written.
CREATE TABLE promotion_run (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    school_id     BIGINT       NOT NULL,
    from_year_id  BIGINT       NOT NULL,
    to_year_id    BIGINT       NOT NULL,
    run_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    run_by        BIGINT       NULL,                  -- user_account id
    summary       VARCHAR(500) NOT NULL DEFAULT '',   -- counts, for the record
    PRIMARY KEY (id),
    UNIQUE KEY uq_promotion_run (school_id, from_year_id),
    KEY ix_promotion_run_to (to_year_id),
    CONSTRAINT fk_promotion_run_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_promotion_run_from FOREIGN KEY (from_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_promotion_run_to FOREIGN KEY (to_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_promotion_run_by FOREIGN KEY (run_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
