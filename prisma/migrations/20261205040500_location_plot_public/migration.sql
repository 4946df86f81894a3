-- An EUDR plot may be shown to everyone: drawn on the consumer map, exported by the lot's partners.
ALTER TABLE "locations" ADD COLUMN "plotPublic" BOOLEAN NOT NULL DEFAULT false;
