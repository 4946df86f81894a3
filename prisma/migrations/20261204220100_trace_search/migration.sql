-- ─── Trace search (issue 13): lots by business transaction and by place ───
-- Events are found by the business transactions they name (EPCIS `bizTransactionList`) and by
-- their read point and business location, through GIN indexes on the keys these functions derive;
-- `searchLots` asks with the same expressions. No copy of the data, nothing to keep in step.

-- A business transaction's keys: its value, lower-cased, and its reference (what follows the last
-- `:` or `/`), so `PO-4711` finds `urn:epcglobal:cbv:bt:0614141073467:PO-4711`.
CREATE FUNCTION search_biz_transaction_keys(document jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(DISTINCT k.key), '{}')
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(document->'bizTransactionList') = 'array'
                                 THEN document->'bizTransactionList' ELSE '[]'::jsonb END) AS t(item)
  CROSS JOIN LATERAL (SELECT lower(t.item->>'bizTransaction') AS v) AS b
  CROSS JOIN LATERAL (VALUES (b.v), (substring(b.v FROM '[:/]([^:/]+)/?$'))) AS k(key)
  WHERE jsonb_typeof(t.item) = 'object' AND jsonb_typeof(t.item->'bizTransaction') = 'string' AND k.key <> ''
$$;

-- A place's keys (its read point's, its business location's): `gln:` and the GLN's first 12 digits
-- (without the check digit, which an SGLN leaves out) for an SGLN or a Digital Link with 414/417,
-- else the URI lower-cased.
CREATE FUNCTION search_location_keys(read_point text, biz_location text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(DISTINCT CASE
    WHEN uri ~ '^urn:epc:id:sgln:[0-9]+\.[0-9]*\.' THEN
      'gln:' || substring(uri FROM '^urn:epc:id:sgln:([0-9]+)\.') || substring(uri FROM '^urn:epc:id:sgln:[0-9]+\.([0-9]*)\.')
    WHEN uri ~ '/41[47]/[0-9]{13}' THEN 'gln:' || left(substring(uri FROM '/41[47]/([0-9]{13})'), 12)
    ELSE lower(uri)
  END), '{}')
  FROM unnest(ARRAY[read_point, biz_location]) AS u(uri)
  WHERE uri IS NOT NULL
$$;

CREATE INDEX "events_search_biz_transaction_idx" ON "events" USING GIN (search_biz_transaction_keys(document));
CREATE INDEX "events_search_location_idx" ON "events" USING GIN (search_location_keys("readPoint", "bizLocation"));
