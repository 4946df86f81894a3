/** Shapes of the API's answers that the dashboard reads (see the API's OpenAPI document at /docs). */

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Role = "owner" | "admin" | "operator" | "viewer";

export type Me = {
  id: string;
  email: string | null;
  name: string | null;
  walletAddress: string | null;
  isPlatformAdmin: boolean;
  /** When the email was verified; null until then (no creating organisations, no accepting invitations). */
  emailVerifiedAt: string | null;
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
  /** FSMA 204: the commodity (for seafood, the species or market name) and its variety. */
  commodity: string | null;
  variety: string | null;
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
  /** Set when the organisation received the lot rather than owns it: the latest hand-over to it. */
  receivedFrom: {
    organizationId: string;
    name: string;
    transferId: string;
    status: "pending" | "completed";
    shippedAt: string;
    completedAt: string | null;
  } | null;
  createdAt: string;
  updatedAt: string;
};

/** A GeoJSON position: [longitude, latitude]. */
export type Position = [number, number];

export type Location = {
  id: string;
  gln: string | null;
  name: string;
  street: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
  /** The region's ISO 3166-2 code, e.g. ES-AR. */
  subdivision: string | null;
  country: string | null;
  /** FSMA 204 location description: phone; the field or aquaculture container this location is. */
  phone: string | null;
  fieldName: string | null;
  containerName: string | null;
  latitude: number | null;
  longitude: number | null;
  /** EUDR plot geolocation. */
  plot: { type: "Point"; coordinates: Position } | { type: "Polygon"; coordinates: Position[][] } | null;
  /** Whether the plot is shown to everyone (the consumer map, partners' EUDR exports). */
  plotPublic: boolean;
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

type LotFace = { gtin: string; lotCode: string; productName: string; organisation: string };

/** An active recall reaching one of the organisation's lots or a lot it received (`GET /orgs/:orgId/recalls/affecting`). */
export type RecallAffecting = {
  recall: LotFace & {
    id: string;
    reason: string;
    declaredAt: string;
    chainStatus: AnchorStatus;
    own: boolean;
  };
  lot: LotFace & { id: string; relation: "owned" | "received" };
  path: {
    gtin: string | null;
    lotCode: string | null;
    organisation: string | null;
    identifier: string | null;
    via: "transformation" | "aggregation" | null;
  }[];
  received: { from: string; shippedAt: string; receivedAt: string | null; status: "pending" | "completed" }[];
  lastLocation: { uri: string; name: string | null; seenAt: string } | null;
};

/** A custody transfer between organisations (`GET /orgs/:orgId/transfers`). */
export type Transfer = {
  id: string;
  status: "pending" | "completed" | "cancelled";
  from: { id: string; name: string; gln: string | null };
  to: { id: string; name: string; gln: string | null };
  lot: { id: string; lotCode: string; gtin: string; productName: string };
  shipping: { eventHash: string; eventTime: string };
  receiving: { eventHash: string; eventTime: string } | null;
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
  /** Set for an invitation by wallet. */
  walletAddress: string | null;
  /** Set for an invitation by email. */
  email: string | null;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
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

/** `failed`: the anchor transaction reverted for a reason the contract gives (`failureReason`); not retried. */
export type AnchorStatus = "pending" | "submitted" | "anchored" | "final" | "failed";

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
    /** Present on an EPCIS error declaration: the event it repeats was recorded in error. */
    errorDeclaration?: {
      declarationTime?: string;
      reason?: string;
      correctiveEventIDs?: string[];
      "tm:reason"?: string;
    };
    /** On an error declaration: the hash of the event it declares erroneous. */
    "tm:declares"?: string;
  };
  anchor: {
    status: AnchorStatus;
    /** Why the event's batch is `failed` (the contract's error), else `null`. */
    failureReason: string | null;
    root: string | null;
    proof: string[];
    blockNumber: number | null;
    anchoredAt: string | null;
    transactionHash: string | null;
  };
  /** On a lot's record (`GET /orgs/:orgId/lots/:lotId/events`): the organisation that recorded it. */
  organization?: { id: string; name: string };
  /** On a lot's record: who may see it. */
  visibility?: EventVisibility;
};

/** Who may see an event: everyone, the lot's custody chain and its auditors, or its organisation alone. */
export type EventVisibility = "public" | "partners" | "private";

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
  /** Why the chain refused it (`failed`), or refused its revocation (e.g. EAS's `DeadlineExpired`). */
  failureReason: string | null;
  revocationRequestedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};

/** One event with everything the API knows about it (`GET /orgs/:orgId/events/:eventId`). */
export type EventDetail = {
  id: string;
  eventHash: string;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: string;
  eventTimeZoneOffset: string;
  recordTime: string;
  lotId: string | null;
  correctsEventHash: string | null;
  /** Hashes of the declarations that declare this event erroneous. */
  correctedBy: string[];
  visibility: EventVisibility;
  /** Each change of its visibility, oldest first. */
  visibilityChanges: {
    changedAt: string;
    from: EventVisibility;
    to: EventVisibility;
    userId: string | null;
    userName: string | null;
    apiKeyId: string | null;
  }[];
  document: QueriedEvent["event"];
  anchorStatus: AnchorStatus;
  anchor: {
    txHash: string | null;
    blockNumber: string | null;
    anchoredAt: string | null;
    /** Why the event's batch is `failed` (the contract's error), else `null`. */
    failureReason: string | null;
  } | null;
  attachments: { sha256: string; contentType: string; size: number; fileName: string | null }[];
  identifiers: { role: string; value: string; lotId: string | null }[];
};

/** A document attached to events of a lot (`GET /orgs/:orgId/lots/:lotId/documents`). */
export type LotDocument = {
  sha256: string;
  contentType: string;
  size: number;
  fileName: string | null;
  createdAt: string;
  /** `correctsEventHash` is set on an error declaration, which repeats the documents of the event it corrects. */
  events: {
    id: string;
    eventHash: string;
    bizStep: string | null;
    eventTime: string;
    correctsEventHash: string | null;
  }[];
};

/** An organisation's visibility defaults (`GET /orgs/:orgId/visibility`). */
export type VisibilitySettings = {
  defaultVisibility: EventVisibility;
  /** By CBV business step (e.g. `shipping`). */
  bizStepVisibility: Record<string, EventVisibility>;
};

/** What an emailed invitation link offers (`POST /invitations/preview`). */
export type InvitationPreview = { organizationName: string; role: Role; email: string; expiresAt: string };

/** A proof point: a claim about a lot an auditor is asked to attest, with its evidence (`GET /orgs/:orgId/proof-points`). */
export type ProofPoint = {
  id: string;
  lotId: string;
  lotCode: string;
  gtin: string;
  productName: string;
  auditorId: string;
  auditorName: string;
  auditorAddress: string;
  claim: string;
  claimDetail: string | null;
  claimText: string;
  validUntil: string | null;
  evidence: { sha256: string; fileName: string | null; contentType: string; size: number; public: boolean }[];
  evidenceHash: string;
  state: "requested" | "attested" | "expired" | "revoked";
  attestation: {
    id: string;
    uid: string | null;
    status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
    expiresAt: string | null;
    revokedAt: string | null;
  } | null;
  createdAt: string;
};
