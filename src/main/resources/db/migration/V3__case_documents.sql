-- Documents of a case: the handover to social services (underretning, Barnets lov §133) and the
-- information letter to parents. No CPR number is written into a document.
create table trekant_case_document (
    id           uuid         not null primary key,
    case_id      uuid         not null,
    kind         varchar(30)  not null,
    title        varchar(200) not null,
    content_html varchar(200000) not null,
    created_at   timestamp with time zone not null,
    constraint fk_document_case foreign key (case_id) references trekant_youth_case (id)
);
create index ix_document_case on trekant_case_document (case_id);
