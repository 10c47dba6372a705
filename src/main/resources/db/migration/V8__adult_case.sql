-- The individual track over 18 (SSP+ / KSP): release notices from Kriminalforsorgen and police
-- notifications about adults become an adult case (voksensag / løsladelsesforløb). The person is
-- the same register as the youths (trekant_youth: CPR encrypted and hashed), so a youth who turns
-- 18 is still one person.
create table trekant_adult_case (
    id                   uuid        not null primary key,
    case_number          varchar(20) not null,
    person_id            uuid        not null,
    -- equals person_id while the case is open and is null once closed: one open adult case per person
    open_person_id       uuid,
    status               varchar(20) not null,
    -- the release notice whose expected date the case follows (null: no release known)
    release_referral_id  uuid,
    release_date         date,
    consent              varchar(10),
    areas                varchar(100),
    coordinator          varchar(64),
    opened_at            timestamp with time zone not null,
    assessed_at          timestamp with time zone,
    closed_at            timestamp with time zone,
    outcome              varchar(30),
    retention_until      date,
    process_instance_id  varchar(64),
    version              bigint      not null,
    constraint uk_adult_case_number unique (case_number),
    constraint uk_adult_case_open_person unique (open_person_id),
    constraint fk_adult_case_person foreign key (person_id) references trekant_youth (id)
);
create index ix_adult_case_person on trekant_adult_case (person_id);
create index ix_adult_case_retention on trekant_adult_case (status, retention_until);

-- What started or joined an adult case: a release notice (idempotent on the partner's reference)
-- or a police §115 notification about someone 18 or older (the incident itself is in trekant_incident).
create table trekant_adult_referral (
    id                     uuid        not null primary key,
    person_id              uuid        not null,
    case_id                uuid,
    kind                   varchar(20) not null,
    partner_id             uuid,
    partner_reference      varchar(64),
    incident_id            uuid,
    reported_by            varchar(64),
    received_at            timestamp with time zone not null,
    age_at_referral        integer     not null,
    expected_release_date  date,
    institution_kind       varchar(30),
    institution_name       varchar(200),
    reason_category        varchar(30),
    consent_to_share       boolean,
    consent_recorded_on    date,
    description            varchar(2000),
    cancelled_at           timestamp with time zone,
    cancellation_reason    varchar(30),
    version                bigint      not null,
    constraint uk_adult_referral_partner_reference unique (partner_id, partner_reference),
    constraint uk_adult_referral_incident unique (incident_id),
    constraint fk_adult_referral_person foreign key (person_id) references trekant_youth (id),
    constraint fk_adult_referral_case foreign key (case_id) references trekant_adult_case (id),
    constraint fk_adult_referral_partner foreign key (partner_id) references trekant_partner (id),
    constraint fk_adult_referral_incident foreign key (incident_id) references trekant_incident (id)
);
create index ix_adult_referral_case on trekant_adult_referral (case_id);
create index ix_adult_referral_person on trekant_adult_referral (person_id);

-- The outcome of each municipal area the coordinator coordinated (bolig, forsørgelse, job og
-- uddannelse, misbrug/psykiatri), one row per coordination task.
create table trekant_adult_area_outcome (
    id           uuid        not null primary key,
    case_id      uuid        not null,
    area         varchar(20) not null,
    outcome      varchar(20) not null,
    note         varchar(2000),
    recorded_by  varchar(64),
    recorded_at  timestamp with time zone not null,
    constraint fk_area_outcome_case foreign key (case_id) references trekant_adult_case (id)
);
create index ix_area_outcome_case on trekant_adult_area_outcome (case_id);
