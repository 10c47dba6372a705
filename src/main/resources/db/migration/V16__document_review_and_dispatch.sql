-- Issue 15, deliverable 4: the coordinator approves what goes out.
-- A document now has a status: the underretning is made as a DRAFT with three editable sections
-- (reason, what the team observed, what has been done), which the coordinator approves (APPROVED) or
-- sends back (REJECTED) in "Gennemse underretning"; only an APPROVED underretning is shown in the case
-- file. Documents made before this migration, and the parents' letter, are FINAL.
-- The section texts are personal data: they are kept here, not in process variables.
-- The PDF/A of an approved underretning and of a letter is stored as made (what was sent stays as sent).
-- The letter's dispatch is a manual step: the channel and the date it was sent are recorded here.
alter table trekant_case_document add column status varchar(20) default 'FINAL' not null;
alter table trekant_case_document add column section_reason varchar(4000);
alter table trekant_case_document add column section_observed varchar(4000);
alter table trekant_case_document add column section_actions varchar(4000);
alter table trekant_case_document add column reviewed_by varchar(100);
alter table trekant_case_document add column reviewed_at timestamp with time zone;
alter table trekant_case_document add column review_comment varchar(4000);
alter table trekant_case_document add column pdf bytea;
alter table trekant_case_document add column sent_channel varchar(30);
alter table trekant_case_document add column sent_on date;
alter table trekant_case_document add column sent_recorded_by varchar(100);
alter table trekant_case_document add constraint ck_document_status
    check (status in ('DRAFT', 'APPROVED', 'REJECTED', 'FINAL'));
alter table trekant_case_document add constraint ck_document_sent_channel
    check (sent_channel is null or sent_channel in ('DIGITAL_POST', 'LETTER', 'IN_PERSON'));
