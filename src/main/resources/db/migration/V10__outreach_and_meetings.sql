-- Targeted prevention (issue #5): outreach requests (udgående opgaver) and joint prevention meetings
-- (Fælles Forebyggelsesmøder). Hours go to trekant_hour_entry (V7); nothing here holds a CPR number,
-- and a meeting keeps the case numbers of the concerns it raised, never the youths' details.

-- One request for outreach: a workplace visit, presence after a serious incident (acute) or outreach
-- at a school, club or association. Sent by a partner (partner_id + partner_reference: idempotent)
-- or entered by staff (partner_id null, requested_by = the staff member's user id).
create table trekant_outreach_request (
    id                  uuid          not null primary key,
    business_key        varchar(20)   not null,
    partner_id          uuid,
    partner_reference   varchar(64),
    requested_by        varchar(100)  not null,
    requester_kind      varchar(20)   not null,
    municipality_code   varchar(4),
    kind                varchar(30)   not null,
    place               varchar(200)  not null,
    description         varchar(4000) not null,
    wanted_from         timestamp with time zone,
    occurred_at         timestamp with time zone,
    with_police_wanted  boolean       not null,
    acute               boolean       not null,
    status              varchar(20)   not null,
    received_at         timestamp with time zone not null,
    staffing_due        timestamp with time zone not null,
    staffed_by          varchar(64),
    staffed_at          timestamp with time zone,
    logged_hours        numeric(6, 2),
    with_police         boolean,
    contacts            integer,
    notes               varchar(4000),
    completed_at        timestamp with time zone,
    concern_case_number varchar(20),
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint uk_outreach_partner_reference unique (partner_id, partner_reference),
    constraint uk_outreach_business_key unique (business_key),
    constraint fk_outreach_partner foreign key (partner_id) references trekant_partner (id)
);
create index ix_outreach_status on trekant_outreach_request (status);

-- The schools that hold joint prevention meetings every second week, with their club and the
-- outposted social worker (fremskudt socialrådgiver). Configured data: seeded by the demo profile,
-- edited by administrators later.
create table trekant_school (
    id                uuid         not null primary key,
    code              varchar(20)  not null,
    name              varchar(200) not null,
    club              varchar(200),
    social_worker     varchar(200),
    meeting_weekday   integer      not null,
    meeting_time      varchar(5)   not null,
    active            boolean      not null,
    municipality_code varchar(4),
    constraint uk_school_code unique (code),
    constraint ck_school_weekday check (meeting_weekday between 1 and 5)
);

-- One joint prevention meeting at one school on one day: a retried scheduler job meets the unique
-- key and never starts a second meeting.
create table trekant_joint_meeting (
    id                  uuid          not null primary key,
    business_key        varchar(60)   not null,
    school_id           uuid          not null,
    meeting_date        date          not null,
    status              varchar(20)   not null,
    agenda              varchar(4000),
    prepared_by         varchar(64),
    held_by             varchar(64),
    participants        varchar(1000),
    topics              varchar(4000),
    hours               numeric(5, 2),
    cancel_reason       varchar(1000),
    process_instance_id varchar(64),
    created_at          timestamp with time zone not null,
    held_at             timestamp with time zone,
    version             bigint        not null,
    constraint uk_joint_meeting_business_key unique (business_key),
    constraint uk_joint_meeting_school_date unique (school_id, meeting_date),
    constraint fk_joint_meeting_school foreign key (school_id) references trekant_school (id)
);

-- The youth cases that the concerns raised at a meeting went into (case number only; null when the
-- youth was 18 or older and the concern was kept for the adult flow).
create table trekant_joint_meeting_case (
    meeting_id  uuid        not null,
    position    integer     not null,
    case_number varchar(20),
    primary key (meeting_id, position),
    constraint fk_joint_meeting_case_meeting foreign key (meeting_id) references trekant_joint_meeting (id)
);
