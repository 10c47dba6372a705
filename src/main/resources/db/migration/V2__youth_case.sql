-- The individual track: youths, their incidents and their cases.
-- CPR numbers are never stored in clear text: encrypted (AES-GCM) and looked up by a keyed hash.
-- A youth reported by staff without a CPR number is found by name and date of birth.
create table trekant_youth (
    id                       uuid         not null primary key,
    cpr_hash                 varchar(64),
    cpr_encrypted            varchar(200),
    first_name               varchar(100),
    last_name                varchar(100),
    date_of_birth            date         not null,
    school                   varchar(200),
    known_to_social_services boolean      not null,
    created_at               timestamp with time zone not null,
    constraint uk_youth_cpr_hash unique (cpr_hash)
);

create table trekant_youth_case (
    id                  uuid        not null primary key,
    case_number         varchar(20) not null,
    youth_id            uuid        not null,
    -- equals youth_id while the case is open and is null once closed: one open case per youth
    open_youth_id       uuid,
    status              varchar(20) not null,
    proposed_level      varchar(20),
    urgency             varchar(10),
    decided_level       varchar(20),
    decision            varchar(30),
    coordinator         varchar(64),
    opened_at           timestamp with time zone not null,
    assessed_at         timestamp with time zone,
    closed_at           timestamp with time zone,
    outcome             varchar(30),
    retention_until     date,
    process_instance_id varchar(64),
    version             bigint      not null,
    constraint uk_case_number unique (case_number),
    constraint uk_case_open_youth unique (open_youth_id),
    constraint fk_case_youth foreign key (youth_id) references trekant_youth (id)
);

create table trekant_incident (
    id                uuid        not null primary key,
    youth_id          uuid        not null,
    case_id           uuid,
    source            varchar(20) not null,
    partner_id        uuid,
    partner_reference varchar(64),
    reported_by       varchar(64),
    occurred_at       timestamp with time zone not null,
    received_at       timestamp with time zone not null,
    place             varchar(200),
    offence_category  varchar(20),
    youth_role        varchar(20),
    description       varchar(4000),
    age_at_incident   integer     not null,
    track             varchar(10) not null,
    constraint uk_incident_partner_reference unique (partner_id, partner_reference),
    constraint fk_incident_youth foreign key (youth_id) references trekant_youth (id),
    constraint fk_incident_case foreign key (case_id) references trekant_youth_case (id),
    constraint fk_incident_partner foreign key (partner_id) references trekant_partner (id)
);
create index ix_incident_youth_occurred on trekant_incident (youth_id, occurred_at);
create index ix_incident_case on trekant_incident (case_id);
create index ix_case_youth on trekant_youth_case (youth_id);
create index ix_youth_birth on trekant_youth (date_of_birth);

-- Case numbers KPT-<year>-<5 digits>, counted per year.
create table trekant_case_number (
    case_year   integer not null primary key,
    last_number integer not null
);
