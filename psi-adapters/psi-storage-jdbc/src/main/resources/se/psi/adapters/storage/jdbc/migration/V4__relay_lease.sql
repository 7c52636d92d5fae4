-- One relay at a time publishes the outbox: the holder of this lease.
CREATE TABLE relay_lease (
    name        VARCHAR(50)               NOT NULL PRIMARY KEY,
    holder      VARCHAR(200)              NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE  NOT NULL
);
INSERT INTO relay_lease (name, holder, expires_at) VALUES ('outbox', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
