-- H2 only. An identity column takes its values from a sequence that H2 writes back to the database
-- with a commit of its own every CACHE values (32 by default). With WRITE_DELAY=0 every commit
-- stores the pages every open transaction has changed so far, so the audit entries of a routing
-- batch cost the router an extra store every 32 entries. A larger cache writes the sequence back
-- rarely; after a crash the unused values are a gap, which the audit log's order (time, then id)
-- does not mind. (PostgreSQL's sequences do not commit; see db/vendor/postgresql/README.md.)
alter table trekant_audit_event alter column id set cache 1000;
