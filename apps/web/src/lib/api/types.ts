/** Shapes of the API's answers that the dashboard reads (see the API's OpenAPI document at /docs). */

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Role = "owner" | "admin" | "operator" | "viewer";

export type Me = {
  id: string;
  email: string | null;
  name: string | null;
  walletAddress: string | null;
  isPlatformAdmin: boolean;
  memberships: { organizationId: string; organizationName: string; role: Role }[];
};

export type Organization = {
  id: string;
  name: string;
  gln: string | null;
  status: "pending" | "active" | "suspended";
  chainOrgId: string | null;
  adminAddress: string | null;
  createdAt: string;
};

export type Product = {
  id: string;
  gtin: string;
  name: string;
  description: string | null;
  imageUrls: string[];
  category: string | null;
  createdAt: string;
  updatedAt: string;
};

export type Lot = {
  id: string;
  productId: string;
  gtin: string;
  productName: string;
  lotCode: string;
  productionDate: string | null;
  expiryDate: string | null;
  quantity: string | null;
  unit: string | null;
  recallState: "none" | "recalled";
  createdAt: string;
  updatedAt: string;
};

export type Location = {
  id: string;
  gln: string | null;
  name: string;
  city: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type Recall = {
  id: string;
  lotId: string;
  lotCode: string;
  gtin: string;
  productName: string;
  reason: string;
  status: "active" | "lifted";
  declaredAt: string;
  liftedAt: string | null;
  liftReason: string | null;
  chainStatus: AnchorStatus;
  txHash: string | null;
};

export type Member = {
  userId: string;
  role: Role;
  joinedAt: string;
  email: string | null;
  name: string | null;
  walletAddress: string | null;
};

export type Invitation = {
  id: string;
  walletAddress: string;
  role: Role;
  createdAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
};

export type ApiKey = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type AnchorStatus = "pending" | "submitted" | "anchored" | "final";

/** One event as the organisation's EPCIS query answers it (`GET /orgs/:orgId/events`). */
export type QueriedEvent = {
  id: string;
  eventHash: string;
  event: Record<string, unknown> & {
    type?: string;
    action?: string;
    bizStep?: string;
    disposition?: string;
    eventTime?: string;
    eventTimeZoneOffset?: string;
    bizLocation?: { id?: string };
    readPoint?: { id?: string };
  };
  anchor: {
    status: AnchorStatus;
    root: string | null;
    proof: string[];
    blockNumber: number | null;
    anchoredAt: string | null;
    transactionHash: string | null;
  };
};

export type Attestation = {
  id: string;
  uid: string | null;
  status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
  lotId: string | null;
  lotCode: string | null;
  gtin: string | null;
  productName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  auditorAddress: string;
  auditorName: string | null;
  claim: string;
  evidenceHash: string;
  expiresAt: string | null;
  txHash: string | null;
  revocationRequestedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};
