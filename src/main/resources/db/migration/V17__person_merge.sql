-- Issue 15, deliverable 6: two records of one person merged (typically a youth registered by staff
-- without a CPR number and the same youth registered from a police notification).
-- Everything of the merged record (incidents, youth and adult cases, referrals) moves to the kept
-- one; the kept record takes the CPR number if only the merged one had it; the merged record is
-- then deleted. This row is what remains of the merge: who, when, both ids, why, and which open
-- case was kept and which closed. A person id appears at most once as merged.
create table trekant_person_merge (
    id                 uuid          not null primary key,
    kept_person_id     uuid          not null,
    merged_person_id   uuid          not null,
    reason             varchar(2000) not null,
    kept_case_number   varchar(20),
    closed_case_number varchar(20),
    close_reason       varchar(2000),
    incidents_moved    integer       not null,
    cases_moved        integer       not null,
    referrals_moved    integer       not null,
    merged_by          varchar(100)  not null,
    merged_at          timestamp with time zone not null,
    constraint uk_person_merge_merged unique (merged_person_id)
);
create index ix_person_merge_kept on trekant_person_merge (kept_person_id);
