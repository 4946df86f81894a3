import "server-only";
import { apiRequest } from "./apiRequest";

/** A product by GTIN alone (`GET /public/01/{gtin}`). */
export type PublicProduct = {
  gtin: string;
  name: string;
  description: string | null;
  category: string | null;
  imageUrls: string[];
  organization: { name: string };
  lots: { lotCode: string; productionDate: string | null; expiryDate: string | null; recalled: boolean }[];
};

type Place = { name: string; city: string | null; country: string | null };

/** A logistic unit by SSCC (`GET /public/00/{sscc}`). */
export type PublicLogisticUnit = {
  sscc: string;
  packer: { name: string };
  contents: { id: string; lot: { gtin: string; lotCode: string; productName: string } | null }[];
  journey: {
    type: string;
    action: string | null;
    bizStep: string | null;
    eventTime: string;
    eventTimeZoneOffset: string;
    organization: { name: string };
    location: Place | null;
  }[];
};

/** A location by GLN (`GET /public/414/{gln}`). */
export type PublicLocation = {
  gln: string;
  vouched: boolean;
  locations: (Place & {
    region: string | null;
    latitude: number | null;
    longitude: number | null;
    organization: { name: string };
  })[];
};

/**
 * A public page of the API by its Digital Link path (`/01/{gtin}`, `/00/{sscc}`, `/414/{gln}`),
 * no session. The resolver (src/proxy.ts) has already answered 404 for anything unknown.
 *
 * @example
 * const product = await getPublicPage<PublicProduct>(`/01/${gtin}`);
 */
export function getPublicPage<T>(path: string): Promise<T> {
  return apiRequest<T>(`/public${path}`, { authenticated: false });
}
