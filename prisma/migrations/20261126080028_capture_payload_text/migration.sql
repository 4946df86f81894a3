-- A capture's document is kept as the JSON text received: Postgres no longer parses it into jsonb on
-- insert nor prints it again on read. Documents waiting to be processed keep their content.
-- AlterTable
ALTER TABLE "captures" ALTER COLUMN "payload" SET DATA TYPE TEXT USING "payload"::text;
