-- Partner credentials besides the static token (issue 18): an OAuth2 client at a trusted issuer, an
-- OCES3 certificate (its subject's serial number / UUID), and the static token's expiry and rotation
-- (the previous token keeps working until previous_token_valid_until).
alter table trekant_partner add column token_expires_at timestamp with time zone;
alter table trekant_partner add column previous_token_hash varchar(64);
alter table trekant_partner add column previous_token_valid_until timestamp with time zone;
alter table trekant_partner add column oauth_issuer varchar(300);
alter table trekant_partner add column oauth_client_id varchar(200);
alter table trekant_partner add column certificate_subject varchar(200);
create unique index uk_partner_previous_token on trekant_partner (previous_token_hash);
create unique index uk_partner_oauth_client on trekant_partner (oauth_issuer, oauth_client_id);
create unique index uk_partner_certificate on trekant_partner (certificate_subject);
