-- Issue 17: scheduled jobs run once per slot across the instances of a cluster. Every instance's timer fires (the
-- schedules are not persistent: Payara Micro 7's clustered persistent timers are lost when their owner dies, and
-- fail the deployment without the data grid — decision 0017); the first instance to insert the job's slot runs it,
-- the others skip it. Each job keeps its own database guards besides.
CREATE TABLE job_slot (
    job         VARCHAR(64)  NOT NULL,
    slot_start  DATETIME(3)  NOT NULL,
    instance    VARCHAR(96)  NOT NULL,
    claimed_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (job, slot_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
