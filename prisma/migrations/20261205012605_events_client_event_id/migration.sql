-- An event's eventID (the client's own, or its hash) per organisation: capture refuses an eventID that
-- already names another event of the organisation's record, looking it up here.
CREATE INDEX "events_organizationId_eventID_idx" ON "events" ("organizationId", (document->>'eventID'));
