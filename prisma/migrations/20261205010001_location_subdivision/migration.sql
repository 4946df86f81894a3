-- A location's first-level subdivision by its ISO 3166-2 code (e.g. ES-AR), beside `region`, its
-- name: a step whose exact location is withheld can be placed by region (issue #14).
ALTER TABLE "locations" ADD COLUMN "subdivision" TEXT;
