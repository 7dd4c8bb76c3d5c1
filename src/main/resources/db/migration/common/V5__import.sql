-- Bulk import. V3 created these tables before any code used them; they are created again (still empty) with a
-- 'receiving' state, so that a job whose upload is still arriving (or was cut off) is never picked up by a
-- worker, and with the reason a job failed.
drop table import_error;
drop table import_line;
drop table import_job;

create table import_job (
    id             uuid primary key,
    status         varchar(16)  not null
                   check (status in ('receiving', 'queued', 'running', 'completed', 'failed')),
    total          integer      not null,
    processed      integer      not null,
    succeeded      integer      not null,
    failed         integer      not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100) not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    -- While receiving: when an upload that stopped arriving counts as abandoned. While queued or running: when
    -- the worker's claim lapses, so that another instance may take the job over. Null: free to claim.
    claimed_until  timestamp with time zone,
    failure        varchar(1000)
);

create index import_job_claim_idx on import_job (status, claimed_until);

-- The lines still to import. A line is deleted in the transaction that imports it (or records its error), so a
-- restarted worker never imports a line twice.
create table import_line (
    job_id   uuid    not null references import_job (id) on delete cascade,
    line_no  integer not null,
    body     varchar not null,
    primary key (job_id, line_no)
);

-- The errors of the lines that failed, as a JSON array of {pointer, detail}.
create table import_error (
    job_id   uuid    not null references import_job (id) on delete cascade,
    line_no  integer not null,
    errors   varchar not null,
    primary key (job_id, line_no)
);
