-- Issue 24 (4): a chat message that asks for an action is sent as a card (button, task, dates, countdown).
-- The card's facts, already in the channel's language, are kept with the message so that a retry after a
-- restart sends the same card (JSON; NULL for the messages that stay plain text and for e-mails).
ALTER TABLE outbox_message
    ADD COLUMN card TEXT NULL;
