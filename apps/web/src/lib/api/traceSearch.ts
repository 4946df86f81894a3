import type { ApiResponse } from "./types";

/** The API's recall impact report (`GET /orgs/:orgId/lots/:lotId/impact`) and trace search (`GET /orgs/:orgId/lots/search`) answers. */
export type ImpactReport = ApiResponse<"/orgs/{orgId}/lots/{lotId}/impact", "get">;
export type ImpactLotFace = ImpactReport["lot"];
export type ImpactNode = ImpactReport["upstream"][number];
export type ImpactStep = ImpactNode["path"][number];
export type FoundLots = ApiResponse<"/orgs/{orgId}/lots/search", "get">;
