-- Partners: systems (a police district, a school, Kriminalforsorgen ...) that call the partner API.
-- Tokens are stored only as SHA-256 hashes of a high-entropy secret: cheap to check per request.
create table trekant_partner (
    id                uuid         not null primary key,
    name              varchar(100) not null,
    kind              varchar(30)  not null,
    municipality_code varchar(4),
    token_hash        varchar(64)  not null,
    active            boolean      not null,
    created_at        timestamp with time zone not null,
    constraint uk_partner_name unique (name),
    constraint uk_partner_token_hash unique (token_hash)
);
