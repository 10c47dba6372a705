-- Hotspots (hotspotindsatser, targeted prevention): proposed by a partner or by staff, decided in
-- the lokalråd, staffed with presence shifts while active, evaluated with the police at the end of
-- each period. Hours go to trekant_hour_entry (kind HOTSPOT_PRESENCE, source HOTSPOT); the shift's
-- own record keeps what was seen and whom the preventers talked to (free text, no CPR numbers).
create table trekant_hotspot (
    id                  uuid          not null primary key,
    municipality_code   varchar(4),
    area_name           varchar(200)  not null,
    address             varchar(300),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    reason              varchar(4000) not null,
    times_of_day        varchar(200)  not null,
    proposed_by         varchar(200)  not null,
    -- the partner kind (POLICE, SCHOOL, CLUB, HOUSING, GUARDS) or STAFF
    proposer_kind       varchar(20)   not null,
    partner_id          uuid,
    partner_reference   varchar(64),
    staff_user          varchar(64),
    status              varchar(20)   not null,
    period_from         date,
    period_to           date,
    shifts_per_week     integer,
    shift_hours         numeric(4, 2),
    rejection_reason    varchar(4000),
    proposed_at         timestamp with time zone not null,
    decided_at          timestamp with time zone,
    closed_at           timestamp with time zone,
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint uk_hotspot_partner_reference unique (partner_id, partner_reference),
    constraint fk_hotspot_partner foreign key (partner_id) references trekant_partner (id),
    constraint ck_hotspot_location check (address is not null or (latitude is not null and longitude is not null))
);
create index ix_hotspot_status on trekant_hotspot (status);

-- Every decision about a hotspot: the lokalråd's approval or rejection, and each evaluation's
-- extension or closing (with the police's input).
create table trekant_hotspot_decision (
    id               uuid          not null primary key,
    hotspot_id       uuid          not null,
    kind             varchar(20)   not null,
    period_from      date,
    period_to        date,
    shifts_per_week  integer,
    shift_hours      numeric(4, 2),
    note             varchar(4000),
    police_input     varchar(4000),
    decided_by       varchar(64)   not null,
    decided_at       timestamp with time zone not null,
    constraint fk_hotspot_decision_hotspot foreign key (hotspot_id) references trekant_hotspot (id)
);
create index ix_hotspot_decision_hotspot on trekant_hotspot_decision (hotspot_id);

-- One presence shift (tryghedsskabende tilstedeværelse) as the preventer logged it.
create table trekant_hotspot_shift (
    id               uuid          not null primary key,
    hotspot_id       uuid          not null,
    task_id          varchar(64)   not null,
    staff_user       varchar(64)   not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone not null,
    hours            numeric(5, 2) not null,
    contact_count    integer       not null,
    contacts         varchar(4000),
    observations     varchar(4000),
    police_present   boolean       not null,
    guards_present   boolean       not null,
    hour_entry_id    uuid          not null,
    recorded_at      timestamp with time zone not null,
    constraint uk_hotspot_shift_task unique (task_id),
    constraint fk_hotspot_shift_hotspot foreign key (hotspot_id) references trekant_hotspot (id),
    constraint fk_hotspot_shift_hours foreign key (hour_entry_id) references trekant_hour_entry (id)
);
create index ix_hotspot_shift_hotspot on trekant_hotspot_shift (hotspot_id);
