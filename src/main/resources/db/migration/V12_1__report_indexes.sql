-- The published report of a kind and period is looked up by the report pages and the dashboard.
create index ix_report_kind_period on trekant_report (kind, period, status);
create index ix_report_status_approved on trekant_report (status, approved_at);
