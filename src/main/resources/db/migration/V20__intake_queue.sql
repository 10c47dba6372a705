-- One queue for every partner intake (§115 notifications and concerns, release notices, hotspot
-- proposals, outreach requests, teaching requests): the accepting transaction stores the item and a
-- row here; the intake router takes the item to its process after the commit and deletes the row in
-- the same transaction. So the queue holds only what waits (or failed), and its cost does not grow
-- with the data. kind names the route; partition_key keeps one person's items on one worker, in order.
create table trekant_intake_queue (
    item_id uuid primary key,
    kind varchar(32) not null,
    partition_key uuid not null,
    received_at timestamp with time zone not null,
    claim varchar(36),
    claimed_at timestamp with time zone,
    attempts integer default 0 not null,
    failed_at timestamp with time zone,
    failure varchar(300)
);
create index ix_intake_queue_waiting on trekant_intake_queue (failed_at, received_at);
-- What waited in the incidents' own routing columns moves to the queue; the columns go.
insert into trekant_intake_queue (item_id, kind, partition_key, received_at, attempts, failed_at, failure)
    select id, 'INCIDENT', youth_id, received_at, routing_attempts, routing_failed_at, routing_failure
    from trekant_incident where routed_at is null;
drop index ix_incident_routing;
alter table trekant_incident drop column routing_attempts;
alter table trekant_incident drop column routing_claim;
alter table trekant_incident drop column routing_claimed_at;
alter table trekant_incident drop column routing_failed_at;
alter table trekant_incident drop column routing_failure;
