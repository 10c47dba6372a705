-- An incident whose routing failed trekant.intake.routing-attempts times leaves the routing queue as a
-- dead letter: routing_failed_at says when, routing_failure why (Danish, from the kind of failure only:
-- no personal data). A leader's task "Henvendelse kunne ikke fordeles" puts it back in the queue.
alter table trekant_incident add column routing_failed_at timestamp with time zone;
alter table trekant_incident add column routing_failure varchar(300);
