-- Issue 21: a sign-in being checked is no longer counted as a failure until it fails. Each name and
-- address keeps how many of its attempts are being checked now (in_flight, refreshed at in_flight_at, so
-- that attempts of an instance that died mid-check are forgotten after a minute); failures are only the
-- wrong ones. An office behind one address may then sign in many people at once without locking itself.
ALTER TABLE sign_in_failure
    ADD COLUMN in_flight    INT         NOT NULL DEFAULT 0,
    ADD COLUMN in_flight_at DATETIME(6) NULL;
