-- Every hour the team logs: who, which day, what kind of work, and what it was for (a hotspot, an
-- outreach request, a joint prevention meeting, a teaching course). The strategy's yardstick is
-- 20-30 outreach hours a week per preventer; the reports compare against it.
create table trekant_hour_entry (
    id                  uuid          not null primary key,
    staff_user          varchar(64)   not null,
    work_date           date          not null,
    kind                varchar(30)   not null,
    hours               numeric(5, 2) not null,
    source_type         varchar(30)   not null,
    source_id           uuid          not null,
    task_id             varchar(64),
    with_police         boolean,
    recorded_at         timestamp with time zone not null,
    constraint ck_hour_entry_hours check (hours > 0 and hours <= 24),
    -- a task's completion is logged once, also when the engine retries the listener's transaction
    constraint uk_hour_entry_task unique (task_id, staff_user)
);
create index ix_hour_entry_date on trekant_hour_entry (work_date);
create index ix_hour_entry_source on trekant_hour_entry (source_type, source_id);
