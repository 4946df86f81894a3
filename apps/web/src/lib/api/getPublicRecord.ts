import "server-only";
import type { PublicRecord } from "@tracemark/sdk";
import { ApiError } from "./ApiError";
import { apiRequest } from "./apiRequest";

/** A place on the journey, as the API names it for consumers (not verified). */
export type DisplayLocation = {
  gln: string | null;
  name: string;
  city: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
};

/** What the consumer page shows beside the verifiable record: names, places, labels. */
export type PublicDisplay = {
  product: {
    gtin: string;
    name: string;
    description: string | null;
    imageUrls: string[];
    category: string | null;
  };
  lot: { lotCode: string; productionDate: string | null; expiryDate: string | null };
  serial: string | null;
  organisations: { name: string; role: "owner" | "participant" }[];
  journey: {
    index: number;
    eventHash: string;
    eventTime: string;
    eventTimeZoneOffset: string;
    type: string;
    action: string | null;
    bizStep: string | null;
    bizStepLabel: string | null;
    disposition: string | null;
    dispositionLabel: string | null;
    organisation: string;
    location: DisplayLocation | null;
    anchored: boolean;
    /** On a step declared erroneous: the declaration (a step of the journey too) and why. */
    correction: {
      declarationHash: string;
      declaredAt: string;
      errorReason: string;
      reason: string | null;
      correctiveEventHashes: string[];
    } | null;
    /** On an error declaration: the hash of the step it declares erroneous. */
    corrects: string | null;
  }[];
  locations: DisplayLocation[];
  recall: { recalled: boolean; reason: string | null; declaredAt: string | null };
  attestations: { index: number; auditorName: string | null; claim: string; expiresAt: string | null }[];
};

export type PublicRecordWithDisplay = PublicRecord & { display: PublicDisplay };

export type GetPublicRecordParameters = { gtin: string; lot: string; serial?: string | undefined };

/**
 * The public record of a lot or a serial item by its GS1 keys (`GET /public/01/…/10/…[/21/…]`), or
 * `null` when the API knows no such lot. Throws `ApiError` for anything else.
 *
 * @example
 * const record = await getPublicRecord({ gtin: "09506000134352", lot: "ABC123" });
 */
export async function getPublicRecord({
  gtin,
  lot,
  serial,
}: GetPublicRecordParameters): Promise<PublicRecordWithDisplay | null> {
  const path = `/public/01/${encodeURIComponent(gtin)}/10/${encodeURIComponent(lot)}${
    serial ? `/21/${encodeURIComponent(serial)}` : ""
  }`;
  try {
    return await apiRequest<PublicRecordWithDisplay>(path, { authenticated: false });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422 || error.status === 400)) {
      return null;
    }
    throw error;
  }
}
