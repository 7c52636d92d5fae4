-- UnitOfWork.lock: a change holds the aggregate it changes (and a rule that spans aggregates the one its invariant
-- lives in) by locking one row of this table until it commits, SELECT ... FOR UPDATE, the same in PostgreSQL and H2
-- and across every process sharing the database. The row is the aggregate's slot: a hash of its kind and id over
-- 4096 slots, so the table never grows; two aggregates sharing a slot only wait for each other now and then.
CREATE TABLE aggregate_lock (
    slot INTEGER PRIMARY KEY
);

INSERT INTO aggregate_lock (slot)
SELECT high.d * 256 + middle.d * 16 + low.d
FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS high(d)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS middle(d)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS low(d);
