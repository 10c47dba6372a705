-- A partner's notification is stored and answered first; the router then takes it to its case
-- (a youth case or an adult case) in a transaction of its own. routed_at is null until then;
-- routing_attempts counts failed attempts (the sweep stops retrying after a configured number).
alter table trekant_incident add column routed_at timestamp with time zone;
alter table trekant_incident add column routing_attempts integer default 0 not null;
-- A router claims the incidents it is about to route (routing_claim, a token per claim) for a lease
-- (trekant.intake.routing-lease); another router or node takes them only after the lease has run out.
alter table trekant_incident add column routing_claim varchar(36);
alter table trekant_incident add column routing_claimed_at timestamp with time zone;
update trekant_incident set routed_at = received_at;
create index ix_incident_routing on trekant_incident (routed_at, received_at);
-- A case's audit trail includes the partner's entry for an incident, written before the incident had
-- a case, through the router's entry for the same incident (which names the case).
create index ix_audit_subject on trekant_audit_event (subject_id, subject);
