-- A consumer's record of the events it has handled, for dropping redeliveries (DuplicateFilter).
CREATE TABLE processed_event (
    event_id      UUID                      NOT NULL PRIMARY KEY,
    processed_at  TIMESTAMP WITH TIME ZONE  NOT NULL
);
CREATE INDEX processed_event_by_time ON processed_event (processed_at);
