-- General prevention ("for alle"): teaching courses (undervisningsforløb) that schools request and
-- preventers teach, and the consultants' yearly analysis of Ungeprofilundersøgelsen.
-- Nothing here is about a person: a course names a school, a grade and a topic; the staff user ids
-- (preventer, who asked) are Camunda user ids.
create table trekant_teaching_request (
    id                   uuid          not null primary key,
    -- the SCHOOL partner that asked through the API; null when a consultant entered the request
    school_partner_id    uuid,
    partner_reference    varchar(64),
    school_name          varchar(200)  not null,
    requested_by         varchar(64),
    grade                integer       not null,
    classes              integer       not null,
    pupils               integer       not null,
    topic                varchar(40)   not null,
    wished_from          date          not null,
    wished_to            date          not null,
    note                 varchar(2000),
    status               varchar(20)   not null,
    received_at          timestamp with time zone not null,
    process_instance_id  varchar(64),
    planned_date         date,
    preventer            varchar(64),
    material             varchar(500),
    planned_by           varchar(64),
    times_not_held       integer       not null,
    not_held_reason      varchar(2000),
    classes_taught       integer,
    pupils_reached       integer,
    held_at              date,
    teaching_hours       numeric(5, 2),
    evaluation           varchar(4000),
    cancelled_at         timestamp with time zone,
    cancelled_by         varchar(20),
    cancellation_reason  varchar(2000),
    constraint uk_teaching_partner_reference unique (school_partner_id, partner_reference),
    constraint ck_teaching_grade check (grade between 0 and 10),
    constraint ck_teaching_period check (wished_from <= wished_to)
);
create index ix_teaching_held_at on trekant_teaching_request (held_at);

-- The yearly analysis of Ungeprofilundersøgelsen: one row per survey year, its key findings and the
-- configured indicators (percentages of pupils), for the annual theme discussion and report.
create table trekant_survey_finding (
    id                   uuid          not null primary key,
    survey_year          integer       not null,
    findings             varchar(8000) not null,
    analysed_by          varchar(64),
    process_instance_id  varchar(64),
    recorded_at          timestamp with time zone not null,
    constraint uk_survey_finding_year unique (survey_year)
);
create table trekant_survey_indicator_value (
    finding_id           uuid          not null,
    indicator            varchar(40)   not null,
    label                varchar(200)  not null,
    value_percent        numeric(5, 2) not null,
    constraint pk_survey_indicator_value primary key (finding_id, indicator),
    constraint fk_survey_indicator_finding foreign key (finding_id) references trekant_survey_finding (id),
    constraint ck_survey_indicator_percent check (value_percent between 0 and 100)
);
