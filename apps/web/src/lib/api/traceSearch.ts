/** The API's recall impact report (`GET /orgs/:orgId/lots/:lotId/impact`) and trace search (`GET /orgs/:orgId/lots/search`) answers. */

export type ImpactLotFace = {
  id: string;
  lotId: string | null;
  gtin: string | null;
  productName: string | null;
  lotCode: string | null;
  identifier: string | null;
  organisation: string | null;
  relation: "owned" | "received" | "other" | null;
  quantity: string | null;
  unit: string | null;
  places: { uri: string; name: string | null; lastSeenAt: string }[];
  holders: {
    organisation: string;
    status: "pending" | "completed" | "cancelled";
    shippedAt: string;
    receivedAt: string | null;
  }[];
};

export type ImpactStep = {
  id: string;
  gtin: string | null;
  lotCode: string | null;
  organisation: string | null;
  identifier: string | null;
  via: "transformation" | "aggregation" | null;
  event: { type: string; bizStep: string | null; eventTime: string; organisation: string } | null;
  custody: { lot: string; from: string; to: string }[];
};

export type ImpactNode = ImpactLotFace & { depth: number; path: ImpactStep[] };

export type ImpactReport = {
  lot: ImpactLotFace;
  depth: number;
  truncated: boolean;
  upstream: ImpactNode[];
  downstream: ImpactNode[];
  organisations: { name: string; lots: number; holds: number }[];
};

export type FoundLots = {
  groups: {
    organisation: string;
    relation: "owned" | "received";
    lots: {
      lotId: string;
      gtin: string;
      productName: string;
      lotCode: string;
      quantity: string | null;
      unit: string | null;
    }[];
  }[];
  nextCursor: string | null;
};
