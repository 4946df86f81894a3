-- The record's write rule (storeEvents): an event joins a lot's record only when its organisation
-- owns the lot or was shipped it (a pending or completed custody transfer) when the event is
-- recorded. Links made before the rule are undone here, once, so the read side (public record,
-- trace, recall reach) trusts event_identifiers and events."lotId" without checking each link.
-- The identifiers stay, as values naming no lot of the event's organisation.
UPDATE event_identifiers i SET "lotId" = NULL
FROM events e
WHERE e.id = i."eventId" AND i."lotId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM lots l WHERE l.id = i."lotId" AND l."organizationId" = e."organizationId")
  AND NOT EXISTS (SELECT 1 FROM custody_transfers c WHERE c."lotId" = i."lotId" AND c."toOrgId" = e."organizationId"
                  AND c.status IN ('pending', 'completed'));

UPDATE events e SET "lotId" = NULL
WHERE e."lotId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM lots l WHERE l.id = e."lotId" AND l."organizationId" = e."organizationId")
  AND NOT EXISTS (SELECT 1 FROM custody_transfers c WHERE c."lotId" = e."lotId" AND c."toOrgId" = e."organizationId"
                  AND c.status IN ('pending', 'completed'));
