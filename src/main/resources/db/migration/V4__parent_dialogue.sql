-- Parent dialogues (forældresamtaler / bekymringssamtaler), one row per attempt, no-shows included.
create table trekant_parent_dialogue (
    id                     uuid         not null primary key,
    case_id                uuid         not null,
    dialogue_date          varchar(20),
    place                  varchar(200),
    participants           varchar(1000),
    parents_consent        boolean,
    youth_consent          boolean,
    consent_missing_reason varchar(2000),
    summary_mapping        varchar(4000),
    summary_accountability varchar(4000),
    agreed_actions         varchar(4000),
    follow_up_agreement    varchar(4000),
    outcome                varchar(20)  not null,
    held_by                varchar(64),
    recorded_at            timestamp with time zone not null,
    constraint fk_dialogue_case foreign key (case_id) references trekant_youth_case (id)
);
create index ix_dialogue_case on trekant_parent_dialogue (case_id);
