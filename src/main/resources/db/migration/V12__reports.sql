-- Reports to the committees (monthly status, yearly theme discussion): the figures as computed
-- (JSON, small cells already suppressed: no count below 5 is stored), the leader's commentary and
-- approval. No personal data: figures are aggregates; approved_by is the approving leader's user id.
create table trekant_report (
    id                  uuid          not null primary key,
    kind                varchar(20)   not null,
    period              varchar(20)   not null,
    period_from         date          not null,
    period_to           date          not null,
    status              varchar(20)   not null,
    figures_json        varchar(500000) not null,
    commentary          varchar(10000),
    addressed_to        varchar(300)  not null,
    computed_at         timestamp with time zone not null,
    approved_by         varchar(64),
    approved_at         timestamp with time zone,
    process_instance_id varchar(64)
);
