/**
 * Generated from the API's OpenAPI document by scripts/generate-api-types.ts: do not edit.
 * Regenerate with `npm run generate:api-types -w @tracemark/web` after changing an API route's schema.
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the top-level resources of this repository */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The top-level resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the interface's versions */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole platform's audit trail, newest first (platform administrators) */
        get: {
            parameters: {
                query?: {
                    /** @example create */
                    action?: "create" | "update" | "delete";
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    actorId?: string;
                    /** @example 1 */
                    cursor?: string;
                    /** @example products */
                    entity?: "products" | "lots" | "locations" | "memberships" | "invitations" | "api_keys" | "webhooks" | "organizations" | "auditors" | "proof_points";
                    /** @example 2019-08-24T14:15:22Z */
                    from?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    organizationId?: string;
                    /** @example 2019-08-24T14:15:22Z */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "string",
                         *           "at": "2019-08-24T14:15:22Z",
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "organizationName": "string",
                         *           "actor": {
                         *             "kind": "user",
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "name": "string"
                         *           },
                         *           "ip": "string",
                         *           "userAgent": "string",
                         *           "entity": "string",
                         *           "entityId": "string",
                         *           "action": "string",
                         *           "changes": {
                         *             "property1": {
                         *               "from": null,
                         *               "to": null
                         *             },
                         *             "property2": {
                         *               "from": null,
                         *               "to": null
                         *             }
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    /** @enum {string} */
                                    kind: "user" | "apiKey" | "system";
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                changes: {
                                    [key: string]: {
                                        from: unknown;
                                        to: unknown;
                                    };
                                };
                                entity: string;
                                entityId: string;
                                id: string;
                                ip: string | null;
                                organizationId: string | null;
                                organizationName: string | null;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-trail.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole platform's audit trail as CSV (platform administrators) */
        get: {
            parameters: {
                query?: {
                    /** @example create */
                    action?: "create" | "update" | "delete";
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    actorId?: string;
                    /** @example products */
                    entity?: "products" | "lots" | "locations" | "memberships" | "invitations" | "api_keys" | "webhooks" | "organizations" | "auditors" | "proof_points";
                    /** @example 2019-08-24T14:15:22Z */
                    from?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    organizationId?: string;
                    /** @example 2019-08-24T14:15:22Z */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The audit trail, one row per changed field */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example gtin,lotCode
                         *     04012345000009,LOT-1
                         */
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/auditors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Auditors, newest first, each with its latest accreditation or withdrawal on chain */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *           "walletAddress": "string",
                         *           "displayName": "string",
                         *           "accredited": true,
                         *           "accreditedAt": "2019-08-24T14:15:22Z",
                         *           "withdrawnAt": "2019-08-24T14:15:22Z",
                         *           "email": "string",
                         *           "chain": {
                         *             "kind": "string",
                         *             "state": "queued",
                         *             "hash": "string",
                         *             "error": "string"
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                accredited: boolean;
                                /** Format: date-time */
                                accreditedAt: string;
                                chain: {
                                    error: string | null;
                                    hash: string | null;
                                    kind: string;
                                    /** @enum {string} */
                                    state: "queued" | "unsent" | "sent" | "mined" | "reverted" | "dropped";
                                } | null;
                                displayName: string;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                walletAddress: string;
                                withdrawnAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Accredit a user with a linked wallet as an auditor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                     *       "displayName": "string"
                     *     }
                     */
                    "application/json": {
                        displayName: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *       "walletAddress": "string",
                         *       "displayName": "string",
                         *       "accredited": true,
                         *       "accreditedAt": "2019-08-24T14:15:22Z",
                         *       "withdrawnAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            accredited: boolean;
                            /** Format: date-time */
                            accreditedAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            walletAddress: string;
                            withdrawnAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/auditors/{auditorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an auditor's accreditation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    auditorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Withdrawn */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations, newest first, by status and name, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example string */
                    q?: string;
                    /** @example pending */
                    status?: "pending" | "active" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "name": "string",
                         *           "gln": "string",
                         *           "status": "pending",
                         *           "chainOrgId": "string",
                         *           "adminAddress": "string",
                         *           "metadataUri": "string",
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "memberCount": 0
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                adminAddress: string | null;
                                chainOrgId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                gln: string | null;
                                /** Format: uuid */
                                id: string;
                                memberCount: number;
                                metadataUri: string | null;
                                name: string;
                                /** @enum {string} */
                                status: "pending" | "active" | "suspended";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's details, counts and members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z",
                         *       "defaultVisibility": "string",
                         *       "counts": {
                         *         "property1": 0,
                         *         "property2": 0
                         *       },
                         *       "members": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "email": "string",
                         *           "name": "string",
                         *           "walletAddress": "string",
                         *           "role": "viewer",
                         *           "joinedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            counts: {
                                [key: string]: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            defaultVisibility: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            members: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                joinedAt: string;
                                name: string | null;
                                /** @enum {string} */
                                role: "viewer" | "operator" | "admin" | "owner";
                                walletAddress: string | null;
                            }[];
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{orgId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit a pending organisation (here and in the registry contract) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": {
                        adminAddress?: string;
                        /** Format: uri */
                        metadataUri?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{orgId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{orgId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the API is ready, and the pipeline's figures (pending events, indexer lag, relayer balances) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "ready": true,
                         *       "reason": "string",
                         *       "pipeline": {
                         *         "captureQueueDepth": 0,
                         *         "pendingEvents": 0,
                         *         "oldestPendingEventAgeSeconds": 0,
                         *         "submitterNonceLag": 0,
                         *         "webhookBacklog": 0,
                         *         "headBlock": "string",
                         *         "indexed": [
                         *           {
                         *             "chainId": 0,
                         *             "blockNumber": "string",
                         *             "lagBlocks": 0
                         *           }
                         *         ],
                         *         "relayerBalances": [
                         *           {
                         *             "address": "string",
                         *             "ether": 0
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            pipeline: {
                                captureQueueDepth: number;
                                headBlock: string | null;
                                indexed: {
                                    blockNumber: string;
                                    chainId: number;
                                    lagBlocks: number | null;
                                }[];
                                oldestPendingEventAgeSeconds: number;
                                pendingEvents: number;
                                relayerBalances: {
                                    address: string;
                                    ether: number;
                                }[];
                                submitterNonceLag: number;
                                webhookBacklog: number;
                            } | null;
                            ready: boolean;
                            reason: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with a linked wallet (who may be accredited as auditors), by email, name or wallet */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example string */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "email": "string",
                         *           "name": "string",
                         *           "walletAddress": "string",
                         *           "auditor": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "accredited": true
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                auditor: {
                                    accredited: boolean;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                                walletAddress: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an EAS delegated attestation you signed about a lot you were asked to audit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                     *       "proofPointId": "8fa0c1ef-d8f6-439a-90ed-3c1ece641225",
                     *       "message": {
                     *         "attester": "0x0000000000000000000000000000000000000000",
                     *         "schema": "0x0000000000000000000000000000000000000000000000000000000000000000",
                     *         "recipient": "0x0000000000000000000000000000000000000000",
                     *         "expirationTime": "1764900000",
                     *         "revocable": true,
                     *         "refUID": "0x0000000000000000000000000000000000000000000000000000000000000000",
                     *         "data": "0x5ca1ab1e",
                     *         "value": "1764900000",
                     *         "nonce": "1764900000",
                     *         "deadline": "1764900000"
                     *       },
                     *       "signature": "0x0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        lotId: string;
                        message: {
                            attester: string;
                            /** @example 0x5ca1ab1e */
                            data: string;
                            /** @example 1764900000 */
                            deadline: string;
                            /** @example 1764900000 */
                            expirationTime: string;
                            /** @example 1764900000 */
                            nonce: string;
                            recipient: string;
                            refUID: string;
                            revocable: boolean;
                            schema: string;
                            /** @example 1764900000 */
                            value: string;
                        };
                        /** Format: uuid */
                        proofPointId?: string;
                        signature: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "uid": "string",
                         *       "status": "pending",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "organizationName": "string",
                         *       "eventId": "d6703cc8-9e79-415d-ac03-a4dc7f6ab43c",
                         *       "auditorAddress": "string",
                         *       "auditorName": "string",
                         *       "claim": "string",
                         *       "evidenceHash": "string",
                         *       "expiresAt": "2019-08-24T14:15:22Z",
                         *       "txHash": "string",
                         *       "failureReason": "string",
                         *       "revocationRequestedAt": "2019-08-24T14:15:22Z",
                         *       "revokedAt": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            auditorAddress: string;
                            auditorName: string | null;
                            claim: string;
                            /** Format: date-time */
                            createdAt: string;
                            eventId: string | null;
                            evidenceHash: string;
                            expiresAt: string | null;
                            failureReason: string | null;
                            gtin: string | null;
                            /** Format: uuid */
                            id: string;
                            lotCode: string | null;
                            lotId: string | null;
                            organizationId: string | null;
                            organizationName: string | null;
                            productName: string | null;
                            revocationRequestedAt: string | null;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                            txHash: string | null;
                            uid: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attestations/{attestationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ask to revoke your attestation, with an EAS delegated revocation you signed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    attestationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "message": {
                     *         "revoker": "0x0000000000000000000000000000000000000000",
                     *         "schema": "0x0000000000000000000000000000000000000000000000000000000000000000",
                     *         "uid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                     *         "value": "1764900000",
                     *         "nonce": "1764900000",
                     *         "deadline": "1764900000"
                     *       },
                     *       "signature": "0x0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                     *     }
                     */
                    "application/json": {
                        message: {
                            /** @example 1764900000 */
                            deadline: string;
                            /** @example 1764900000 */
                            nonce: string;
                            revoker: string;
                            schema: string;
                            uid: string;
                            /** @example 1764900000 */
                            value: string;
                        };
                        signature: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "uid": "string",
                         *       "status": "pending",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "organizationName": "string",
                         *       "eventId": "d6703cc8-9e79-415d-ac03-a4dc7f6ab43c",
                         *       "auditorAddress": "string",
                         *       "auditorName": "string",
                         *       "claim": "string",
                         *       "evidenceHash": "string",
                         *       "expiresAt": "2019-08-24T14:15:22Z",
                         *       "txHash": "string",
                         *       "failureReason": "string",
                         *       "revocationRequestedAt": "2019-08-24T14:15:22Z",
                         *       "revokedAt": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            auditorAddress: string;
                            auditorName: string | null;
                            claim: string;
                            /** Format: date-time */
                            createdAt: string;
                            eventId: string | null;
                            evidenceHash: string;
                            expiresAt: string | null;
                            failureReason: string | null;
                            gtin: string | null;
                            /** Format: uuid */
                            id: string;
                            lotCode: string | null;
                            lotId: string | null;
                            organizationId: string | null;
                            organizationName: string | null;
                            productName: string | null;
                            revocationRequestedAt: string | null;
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                            txHash: string | null;
                            uid: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditor/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attestations you signed, newest first */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "uid": "string",
                         *           "status": "pending",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "lotCode": "string",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "organizationName": "string",
                         *           "eventId": "d6703cc8-9e79-415d-ac03-a4dc7f6ab43c",
                         *           "auditorAddress": "string",
                         *           "auditorName": "string",
                         *           "claim": "string",
                         *           "evidenceHash": "string",
                         *           "expiresAt": "2019-08-24T14:15:22Z",
                         *           "txHash": "string",
                         *           "failureReason": "string",
                         *           "revocationRequestedAt": "2019-08-24T14:15:22Z",
                         *           "revokedAt": "2019-08-24T14:15:22Z",
                         *           "createdAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                auditorAddress: string;
                                auditorName: string | null;
                                claim: string;
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string | null;
                                evidenceHash: string;
                                expiresAt: string | null;
                                failureReason: string | null;
                                gtin: string | null;
                                /** Format: uuid */
                                id: string;
                                lotCode: string | null;
                                lotId: string | null;
                                organizationId: string | null;
                                organizationName: string | null;
                                productName: string | null;
                                revocationRequestedAt: string | null;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                                txHash: string | null;
                                uid: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditor/eas-nonce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The EAS nonce your next delegated attestation or revocation must carry (your nonce on chain, after your requests waiting to be relayed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "nonce": "string"
                         *     }
                         */
                        "application/json": {
                            nonce: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditor/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lot you are asked to audit: product, organisation, events, and the attestation subject */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "lotCode": "string",
                         *       "productionDate": "string",
                         *       "expiryDate": "string",
                         *       "quantity": "string",
                         *       "unit": "string",
                         *       "recallState": "none",
                         *       "product": {
                         *         "gtin": "string",
                         *         "name": "string",
                         *         "description": "string",
                         *         "category": "string"
                         *       },
                         *       "organization": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "name": "string"
                         *       },
                         *       "requestNote": "string",
                         *       "attestationSubject": {
                         *         "orgId": "string",
                         *         "subjectKind": "lot",
                         *         "subject": "string"
                         *       },
                         *       "events": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "eventHash": "string",
                         *           "type": "string",
                         *           "action": "string",
                         *           "bizStep": "string",
                         *           "disposition": "string",
                         *           "eventTime": "2019-08-24T14:15:22Z",
                         *           "eventTimeZoneOffset": "string",
                         *           "anchorStatus": "pending",
                         *           "readPoint": "string",
                         *           "bizLocation": "string",
                         *           "place": "string"
                         *         }
                         *       ],
                         *       "inputs": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "lotCode": "string",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "organizationName": "string"
                         *         }
                         *       ],
                         *       "documents": [
                         *         {
                         *           "eventId": "d6703cc8-9e79-415d-ac03-a4dc7f6ab43c",
                         *           "sha256": "string",
                         *           "fileName": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991
                         *         }
                         *       ],
                         *       "proofPoints": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "lotCode": "string",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                         *           "auditorName": "string",
                         *           "auditorAddress": "string",
                         *           "claim": "organic",
                         *           "claimDetail": "string",
                         *           "claimText": "string",
                         *           "validUntil": "2019-08-24T14:15:22Z",
                         *           "evidence": [
                         *             {
                         *               "sha256": "string",
                         *               "fileName": "string",
                         *               "contentType": "string",
                         *               "size": -9007199254740991,
                         *               "public": true
                         *             }
                         *           ],
                         *           "evidenceHash": "string",
                         *           "state": "requested",
                         *           "attestation": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "uid": "string",
                         *             "status": "pending",
                         *             "expiresAt": "2019-08-24T14:15:22Z",
                         *             "revokedAt": "2019-08-24T14:15:22Z"
                         *           },
                         *           "createdAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            attestationSubject: {
                                orgId: string;
                                subject: string;
                                /** @enum {string} */
                                subjectKind: "lot";
                            };
                            documents: {
                                contentType: string;
                                /** Format: uuid */
                                eventId: string;
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            events: {
                                action: string | null;
                                /** @enum {string} */
                                anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                bizLocation: string | null;
                                bizStep: string | null;
                                disposition: string | null;
                                eventHash: string;
                                /** Format: date-time */
                                eventTime: string;
                                eventTimeZoneOffset: string;
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                readPoint: string | null;
                                type: string;
                            }[];
                            expiryDate: string | null;
                            /** Format: uuid */
                            id: string;
                            inputs: {
                                gtin: string;
                                /** Format: uuid */
                                id: string;
                                lotCode: string;
                                organizationName: string;
                                productName: string;
                            }[];
                            lotCode: string;
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            product: {
                                category: string | null;
                                description: string | null;
                                gtin: string;
                                name: string;
                            };
                            productionDate: string | null;
                            proofPoints: {
                                attestation: {
                                    expiresAt: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    revokedAt: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                                    uid: string | null;
                                } | null;
                                auditorAddress: string;
                                /** Format: uuid */
                                auditorId: string;
                                auditorName: string;
                                /** @enum {string} */
                                claim: "organic" | "fair_trade" | "cold_chain_kept" | "non_gmo" | "sustainably_sourced" | "animal_welfare" | "halal" | "kosher" | "other";
                                claimDetail: string | null;
                                /** @description The claim string the attestation must carry */
                                claimText: string;
                                /** Format: date-time */
                                createdAt: string;
                                evidence: {
                                    contentType: string;
                                    fileName: string | null;
                                    public: boolean;
                                    sha256: string;
                                    size: number;
                                }[];
                                /** @description The audit schema's evidenceHash the attestation must carry */
                                evidenceHash: string;
                                gtin: string;
                                /** Format: uuid */
                                id: string;
                                lotCode: string;
                                /** Format: uuid */
                                lotId: string;
                                /** Format: uuid */
                                organizationId: string;
                                productName: string;
                                /** @enum {string} */
                                state: "requested" | "attested" | "expired" | "revoked";
                                validUntil: string | null;
                            }[];
                            quantity: string | null;
                            /** @enum {string} */
                            recallState: "none" | "recalled";
                            requestNote: string | null;
                            unit: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditor/proof-points/{proofPointId}/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence document of a proof point you are asked to attest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    proofPointId: string;
                    /** @example 0000000000000000000000000000000000000000000000000000000000000000 */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The evidence, in the content type it was uploaded with */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <bytes> */
                        "*/*": Blob;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditor/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lots you are asked to audit (accredited auditors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "lotCode": "string",
                         *         "recallState": "none",
                         *         "gtin": "string",
                         *         "productName": "string",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "organizationName": "string",
                         *         "note": "string",
                         *         "createdAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            note: string | null;
                            /** Format: uuid */
                            organizationId: string;
                            organizationName: string;
                            productName: string;
                            /** @enum {string} */
                            recallState: "none" | "recalled";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accredited auditors, to pick one for an audit request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "displayName": "string",
                         *         "walletAddress": "string",
                         *         "accreditedAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            /** Format: date-time */
                            accreditedAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            walletAddress: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (after 5 wrong passwords from one client, 429 for a time that doubles) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "user@example.com",
                     *       "password": "string"
                     *     }
                     */
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "email": "string",
                         *       "name": "string",
                         *       "walletAddress": "string",
                         *       "isPlatformAdmin": true
                         *     }
                         */
                        "application/json": {
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            name: string | null;
                            walletAddress: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "email": "string",
                         *       "name": "string",
                         *       "walletAddress": "string",
                         *       "isPlatformAdmin": true,
                         *       "emailVerifiedAt": "2019-08-24T14:15:22Z",
                         *       "memberships": [
                         *         {
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "organizationName": "string",
                         *           "role": "viewer"
                         *         }
                         *       ],
                         *       "auditor": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "displayName": "string",
                         *         "accredited": true
                         *       }
                         *     }
                         */
                        "application/json": {
                            auditor: {
                                accredited: boolean;
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            email: string | null;
                            emailVerifiedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            memberships: {
                                /** Format: uuid */
                                organizationId: string;
                                organizationName: string;
                                /** @enum {string} */
                                role: "viewer" | "operator" | "admin" | "owner";
                            }[];
                            name: string | null;
                            walletAddress: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change password (signs out other sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "currentPassword": "string",
                     *       "newPassword": "stringstring"
                     *     }
                     */
                    "application/json": {
                        currentPassword?: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Password changed; other sessions signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by mail (the same 202 whether or not the email has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "user@example.com"
                     *     }
                     */
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "detail": "string"
                         *     }
                         */
                        "application/json": {
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the mailed link (single use; signs out every session of the account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "token": "string",
                     *       "newPassword": "stringstring"
                     *     }
                     */
                    "application/json": {
                        newPassword: string;
                        token: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Password changed; every session signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account with email and password, then sign in with it (the same 202 whether or not the email already had an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "user@example.com",
                     *       "password": "stringstring",
                     *       "name": "string"
                     *     }
                     */
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name?: string;
                        password: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "detail": "string"
                         *     }
                         */
                        "application/json": {
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/siwe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a wallet (EIP-4361 message and its signature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "message": "string",
                     *       "signature": "0x0"
                     *     }
                     */
                    "application/json": {
                        message: string;
                        signature: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "email": "string",
                         *       "name": "string",
                         *       "walletAddress": "string",
                         *       "isPlatformAdmin": true
                         *     }
                         */
                        "application/json": {
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            name: string | null;
                            walletAddress: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/siwe/nonce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A one-time nonce for Sign-In with Ethereum */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "nonce": "string"
                         *     }
                         */
                        "application/json": {
                            nonce: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify an account's email with the link mailed to it (single use; 404 unknown, 410 used or expired) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "token": "string"
                     *     }
                     */
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "detail": "string"
                         *     }
                         */
                        "application/json": {
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail the signed-in account a new verification link (409 when its email is verified) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "detail": "string"
                         *     }
                         */
                        "application/json": {
                            detail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a wallet to the signed-in account (SIWE proof); 409 if it already has another */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "message": "string",
                     *       "signature": "0x0"
                     *     }
                     */
                    "application/json": {
                        message: string;
                        signature: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "email": "string",
                         *       "name": "string",
                         *       "walletAddress": "string",
                         *       "isPlatformAdmin": true
                         *     }
                         */
                        "application/json": {
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            isPlatformAdmin: boolean;
                            name: string | null;
                            walletAddress: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizLocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the bizLocations of the organisation's events (and, for CBV vocabularies, the standard's) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the bizLocations */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizLocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one of the bizLocations' sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one of the bizLocations */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizLocations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one of the bizLocations
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of one of the bizLocations */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizSteps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the bizSteps of the organisation's events (and, for CBV vocabularies, the standard's) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the bizSteps */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizSteps/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one of the bizSteps' sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one of the bizSteps */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bizSteps/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one of the bizSteps
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of one of the bizSteps */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API key's organisation's capture jobs, newest first (EPCIS 2.0 binding)
         * @description Pages of `perPage` jobs (default 30, at most 500); while more follow, the `Link` header names the next page (`rel="next"`) with its `nextPageToken`.
         */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "captureID": "254adacf-2ddd-4e6f-8f54-5aa05dc69528",
                         *         "running": true,
                         *         "success": true,
                         *         "captureErrorBehaviour": "rollback",
                         *         "errors": [
                         *           {
                         *             "type": "string",
                         *             "title": "string",
                         *             "detail": "string",
                         *             "field": "string",
                         *             "message": "string"
                         *           }
                         *         ],
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "finishedAt": "2019-08-24T14:15:22Z",
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "status": "accepted",
                         *         "eventCount": -9007199254740991,
                         *         "storedCount": -9007199254740991,
                         *         "duplicateCount": -9007199254740991,
                         *         "masterData": [
                         *           {
                         *             "id": "string",
                         *             "outcome": "imported",
                         *             "detail": "string"
                         *           }
                         *         ]
                         *       }
                         *     ]
                         */
                        "application/json": {
                            /** @enum {string} */
                            captureErrorBehaviour: "rollback" | "proceed";
                            /** Format: uuid */
                            captureID: string;
                            /** Format: date-time */
                            createdAt: string;
                            duplicateCount: number | null;
                            errors: {
                                detail: string;
                                field: string;
                                message: string;
                                title: string;
                                type: string;
                            }[];
                            eventCount: number;
                            /** Format: date-time */
                            finishedAt?: string;
                            /** Format: uuid */
                            id: string;
                            masterData: {
                                detail: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "imported" | "already known" | "ignored";
                            }[];
                            running: boolean;
                            /** @enum {string} */
                            status: "accepted" | "processing" | "succeeded" | "failed";
                            storedCount: number | null;
                            success: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * EPCIS 2.0 standard capture path, for an API key (its organisation)
         * @description With an Idempotency-Key, the same body again (byte for byte) returns the first capture; the same key with another body, the same JSON laid out otherwise included, is a 422. Strings may not contain \u0000 or unpaired UTF-16 surrogates (422). GS1-Capture-Error-Behaviour: rollback (default) stores every event or none, proceed stores every valid event and lists the others in the capture job's errors.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @example rollback */
                    "gs1-capture-error-behaviour"?: "rollback" | "proceed";
                    /** @example string */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "@context": null,
                     *       "type": "EPCISDocument",
                     *       "epcisBody": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "property1": null,
                     *       "property2": null
                     *     }
                     */
                    "application/json": {
                        "@context": unknown;
                        epcisBody: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "EPCISDocument" | "EPCISQueryDocument";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "status": "accepted",
                         *       "eventCount": -9007199254740991
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            captureId: string;
                            eventCount: number;
                            /** @enum {string} */
                            status: "accepted" | "processing" | "succeeded" | "failed";
                        };
                    };
                };
            };
        };
        delete?: never;
        /**
         * What the capture interface supports (EPCIS 2.0 binding discovery, for an API key)
         * @description 204 with `Allow`, the EPCIS and CBV versions (min and max), the largest document in bytes (`GS1-EPCIS-Capture-File-Size-Limit`) and in events (`GS1-EPCIS-Capture-Limit`), and `GS1-Capture-Error-Behaviour: all` (rollback and proceed).
         */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/{captureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A capture's status, counts and errors (standard path, for an API key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    captureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "captureID": "254adacf-2ddd-4e6f-8f54-5aa05dc69528",
                         *       "running": true,
                         *       "success": true,
                         *       "captureErrorBehaviour": "rollback",
                         *       "errors": [
                         *         {
                         *           "type": "string",
                         *           "title": "string",
                         *           "detail": "string",
                         *           "field": "string",
                         *           "message": "string"
                         *         }
                         *       ],
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "finishedAt": "2019-08-24T14:15:22Z",
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "status": "accepted",
                         *       "eventCount": -9007199254740991,
                         *       "storedCount": -9007199254740991,
                         *       "duplicateCount": -9007199254740991,
                         *       "masterData": [
                         *         {
                         *           "id": "string",
                         *           "outcome": "imported",
                         *           "detail": "string"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            captureErrorBehaviour: "rollback" | "proceed";
                            /** Format: uuid */
                            captureID: string;
                            /** Format: date-time */
                            createdAt: string;
                            duplicateCount: number | null;
                            errors: {
                                detail: string;
                                field: string;
                                message: string;
                                title: string;
                                type: string;
                            }[];
                            eventCount: number;
                            /** Format: date-time */
                            finishedAt?: string;
                            /** Format: uuid */
                            id: string;
                            masterData: {
                                detail: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "imported" | "already known" | "ignored";
                            }[];
                            running: boolean;
                            /** @enum {string} */
                            status: "accepted" | "processing" | "succeeded" | "failed";
                            storedCount: number | null;
                            success: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** What a capture job's endpoint supports (EPCIS 2.0 binding discovery, for an API key) */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    captureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contracts this instance writes to and verifies against */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "chainId": 1,
                         *       "startBlock": 0,
                         *       "contracts": {
                         *         "SchemaRegistry": {
                         *           "address": "0x0000000000000000000000000000000000000000",
                         *           "blockNumber": 0
                         *         },
                         *         "EAS": {
                         *           "address": "0x0000000000000000000000000000000000000000",
                         *           "blockNumber": 0
                         *         },
                         *         "TracemarkRegistry": {
                         *           "address": "0x0000000000000000000000000000000000000000",
                         *           "blockNumber": 0
                         *         },
                         *         "TracemarkAuditResolver": {
                         *           "address": "0x0000000000000000000000000000000000000000",
                         *           "blockNumber": 0
                         *         }
                         *       },
                         *       "auditSchema": "string",
                         *       "auditSchemaUid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *       "registrar": "0x0000000000000000000000000000000000000000",
                         *       "admin": "0x0000000000000000000000000000000000000000",
                         *       "deployer": "0x0000000000000000000000000000000000000000",
                         *       "easNetwork": "string"
                         *     }
                         */
                        "application/json": {
                            admin: string;
                            auditSchema: string;
                            auditSchemaUid: string;
                            chainId: number;
                            contracts: {
                                EAS: {
                                    address: string;
                                    blockNumber: number;
                                };
                                SchemaRegistry: {
                                    address: string;
                                    blockNumber: number;
                                };
                                TracemarkAuditResolver: {
                                    address: string;
                                    blockNumber: number;
                                };
                                TracemarkRegistry: {
                                    address: string;
                                    blockNumber: number;
                                };
                            };
                            deployer: string;
                            easNetwork?: string;
                            registrar: string;
                            startBlock: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the dispositions of the organisation's events (and, for CBV vocabularies, the standard's) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the dispositions */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one of the dispositions' sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one of the dispositions */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dispositions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one of the dispositions
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of one of the dispositions */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the epcs of the organisation's events (and, for CBV vocabularies, the standard's) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the epcs */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one of the epcs' sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one of the epcs */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/epcs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one of the epcs
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of one of the epcs */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the API key's organisation's events
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Capture one EPCIS 2.0 event synchronously (EPCIS 2.0 binding, for an API key)
         * @description 201 with the event as stored and its URL (`/events/{eventID}`) in `Location`; its `eventID` is the sender's, else its event hash. The same event again is a 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "type": "string",
                     *       "property1": null,
                     *       "property2": null
                     *     }
                     */
                    "application/json": {
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "property1": null,
                         *       "property2": null
                         *     }
                         */
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        /** EPCIS 2.0 discovery: events (GET queries them, POST captures one) */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one event by its eventID (an EPCISQueryDocument with that event) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    eventID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one event */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    eventID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eventTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the event types this repository holds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The event types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the event types */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eventTypes/{eventType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: an event type's sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example ObjectEvent */
                    eventType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: an event type */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example ObjectEvent */
                    eventType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eventTypes/{eventType}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one event type
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example ObjectEvent */
                    eventType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of an event type */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example ObjectEvent */
                    eventType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and chain reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok",
                         *       "checks": {
                         *         "database": {
                         *           "ok": true,
                         *           "latencyMs": 0
                         *         },
                         *         "chain": {
                         *           "ok": true,
                         *           "chainId": 0,
                         *           "blockNumber": "string",
                         *           "latencyMs": 0
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            checks: {
                                chain: {
                                    blockNumber: string;
                                    chainId: number;
                                    latencyMs: number;
                                    /** @enum {boolean} */
                                    ok: true;
                                } | {
                                    error: string;
                                    /** @enum {boolean} */
                                    ok: false;
                                };
                                database: {
                                    latencyMs: number;
                                    /** @enum {boolean} */
                                    ok: true;
                                } | {
                                    error: string;
                                    /** @enum {boolean} */
                                    ok: false;
                                };
                            };
                            /** @enum {string} */
                            status: "ok" | "degraded";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok",
                         *       "checks": {
                         *         "database": {
                         *           "ok": true,
                         *           "latencyMs": 0
                         *         },
                         *         "chain": {
                         *           "ok": true,
                         *           "chainId": 0,
                         *           "blockNumber": "string",
                         *           "latencyMs": 0
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            checks: {
                                chain: {
                                    blockNumber: string;
                                    chainId: number;
                                    latencyMs: number;
                                    /** @enum {boolean} */
                                    ok: true;
                                } | {
                                    error: string;
                                    /** @enum {boolean} */
                                    ok: false;
                                };
                                database: {
                                    latencyMs: number;
                                    /** @enum {boolean} */
                                    ok: true;
                                } | {
                                    error: string;
                                    /** @enum {boolean} */
                                    ok: false;
                                };
                            };
                            /** @enum {string} */
                            status: "ok" | "degraded";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invitations for your linked wallet, with the inviting organisation's name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "walletAddress": "string",
                         *         "email": "string",
                         *         "role": "viewer",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "expiresAt": "2019-08-24T14:15:22Z",
                         *         "acceptedAt": "2019-08-24T14:15:22Z",
                         *         "revokedAt": "2019-08-24T14:15:22Z",
                         *         "organizationName": "string"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            organizationName: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                            walletAddress: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation addressed to your wallet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "role": "viewer"
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its emailed link: join with the invited role (your verified email must be the invited one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "token": "string"
                     *     }
                     */
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "role": "viewer"
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an emailed invitation link offers (organisation, role, email), before signing in (404 unknown, 410 used, withdrawn or expired) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "token": "string"
                     *     }
                     */
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "organizationName": "string",
                         *       "role": "viewer",
                         *       "email": "string",
                         *       "expiresAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            organizationName: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ns/epcis/context.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tracemark's JSON-LD context for the tm: and fsma: terms of EPCIS documents
         * @description The document at https://tracemark.dev/ns/epcis/context.jsonld: a JSON-LD 1.1 context to name after GS1's EPCIS 2.0 context.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The context */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": {
                         *         "property1": null,
                         *         "property2": null
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "name": "string",
                         *         "gln": "string",
                         *         "status": "pending",
                         *         "chainOrgId": "string",
                         *         "adminAddress": "string",
                         *         "metadataUri": "string",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "role": "viewer"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation (you become its owner; pending until admitted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "gln": "0000000000000"
                     *     }
                     */
                    "application/json": {
                        gln?: string;
                        name: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an organisation's profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "gln": "0000000000000",
                     *       "metadataUri": "http://example.com"
                     *     }
                     */
                    "application/json": {
                        gln?: string | null;
                        metadataUri?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "gln": "string",
                         *       "status": "pending",
                         *       "chainOrgId": "string",
                         *       "adminAddress": "string",
                         *       "metadataUri": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            adminAddress: string | null;
                            chainOrgId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            metadataUri: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "pending" | "active" | "suspended";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{orgId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "name": "string",
                         *         "role": "viewer",
                         *         "prefix": "string",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "lastUsedAt": "2019-08-24T14:15:22Z",
                         *         "revokedAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "role": "viewer"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "name": "string",
                         *       "role": "viewer",
                         *       "prefix": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "lastUsedAt": "2019-08-24T14:15:22Z",
                         *       "revokedAt": "2019-08-24T14:15:22Z",
                         *       "key": "string"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    keyId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attestations about your organisation's lots, newest first */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "uid": "string",
                         *           "status": "pending",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "lotCode": "string",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "organizationName": "string",
                         *           "eventId": "d6703cc8-9e79-415d-ac03-a4dc7f6ab43c",
                         *           "auditorAddress": "string",
                         *           "auditorName": "string",
                         *           "claim": "string",
                         *           "evidenceHash": "string",
                         *           "expiresAt": "2019-08-24T14:15:22Z",
                         *           "txHash": "string",
                         *           "failureReason": "string",
                         *           "revocationRequestedAt": "2019-08-24T14:15:22Z",
                         *           "revokedAt": "2019-08-24T14:15:22Z",
                         *           "createdAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                auditorAddress: string;
                                auditorName: string | null;
                                claim: string;
                                /** Format: date-time */
                                createdAt: string;
                                eventId: string | null;
                                evidenceHash: string;
                                expiresAt: string | null;
                                failureReason: string | null;
                                gtin: string | null;
                                /** Format: uuid */
                                id: string;
                                lotCode: string | null;
                                lotId: string | null;
                                organizationId: string | null;
                                organizationName: string | null;
                                productName: string | null;
                                revocationRequestedAt: string | null;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                                txHash: string | null;
                                uid: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/audit-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit requests your organisation has made */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                         *         "auditorName": "string",
                         *         "auditorAddress": "string",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "lotCode": "string",
                         *         "gtin": "string",
                         *         "productName": "string",
                         *         "note": "string",
                         *         "createdAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            auditorAddress: string;
                            /** Format: uuid */
                            auditorId: string;
                            auditorName: string;
                            /** Format: date-time */
                            createdAt: string;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            note: string | null;
                            productName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Ask an accredited auditor to audit one of your lots */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                     *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                     *       "note": "string"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        auditorId: string;
                        /** Format: uuid */
                        lotId: string;
                        note?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                         *       "auditorName": "string",
                         *       "auditorAddress": "string",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "note": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            auditorAddress: string;
                            /** Format: uuid */
                            auditorId: string;
                            auditorName: string;
                            /** Format: date-time */
                            createdAt: string;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            note: string | null;
                            productName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audit trail (owners): every write to its master data, members, invitations, API keys, webhooks and settings, newest first */
        get: {
            parameters: {
                query?: {
                    /** @example create */
                    action?: "create" | "update" | "delete";
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    actorId?: string;
                    /** @example 1 */
                    cursor?: string;
                    /** @example products */
                    entity?: "products" | "lots" | "locations" | "memberships" | "invitations" | "api_keys" | "webhooks" | "organizations" | "auditors" | "proof_points";
                    /** @example 2019-08-24T14:15:22Z */
                    from?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 2019-08-24T14:15:22Z */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "string",
                         *           "at": "2019-08-24T14:15:22Z",
                         *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *           "organizationName": "string",
                         *           "actor": {
                         *             "kind": "user",
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "name": "string"
                         *           },
                         *           "ip": "string",
                         *           "userAgent": "string",
                         *           "entity": "string",
                         *           "entityId": "string",
                         *           "action": "string",
                         *           "changes": {
                         *             "property1": {
                         *               "from": null,
                         *               "to": null
                         *             },
                         *             "property2": {
                         *               "from": null,
                         *               "to": null
                         *             }
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    /** @enum {string} */
                                    kind: "user" | "apiKey" | "system";
                                    name: string;
                                };
                                /** Format: date-time */
                                at: string;
                                changes: {
                                    [key: string]: {
                                        from: unknown;
                                        to: unknown;
                                    };
                                };
                                entity: string;
                                entityId: string;
                                id: string;
                                ip: string | null;
                                organizationId: string | null;
                                organizationName: string | null;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/audit-trail.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audit trail as CSV (owners), one row per changed field */
        get: {
            parameters: {
                query?: {
                    /** @example create */
                    action?: "create" | "update" | "delete";
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    actorId?: string;
                    /** @example products */
                    entity?: "products" | "lots" | "locations" | "memberships" | "invitations" | "api_keys" | "webhooks" | "organizations" | "auditors" | "proof_points";
                    /** @example 2019-08-24T14:15:22Z */
                    from?: string;
                    /** @example 2019-08-24T14:15:22Z */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The audit trail, one row per changed field */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example gtin,lotCode
                         *     04012345000009,LOT-1
                         */
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture an EPCIS 2.0 document (asynchronous; idempotent by Idempotency-Key and event hash)
         * @description With an Idempotency-Key, the same body again (byte for byte) returns the first capture; the same key with another body, the same JSON laid out otherwise included, is a 422. Strings may not contain \u0000 or unpaired UTF-16 surrogates (422). GS1-Capture-Error-Behaviour: rollback (default) stores every event or none, proceed stores every valid event and lists the others in the capture job's errors.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @example rollback */
                    "gs1-capture-error-behaviour"?: "rollback" | "proceed";
                    /** @example string */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "@context": null,
                     *       "type": "EPCISDocument",
                     *       "epcisBody": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "property1": null,
                     *       "property2": null
                     *     }
                     */
                    "application/json": {
                        "@context": unknown;
                        epcisBody: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "EPCISDocument" | "EPCISQueryDocument";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "status": "accepted",
                         *       "eventCount": -9007199254740991
                         *     }
                         */
                        "application/json": {
                            /** Format: uuid */
                            captureId: string;
                            eventCount: number;
                            /** @enum {string} */
                            status: "accepted" | "processing" | "succeeded" | "failed";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/capture/{captureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A capture's status, counts and errors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    captureId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "captureID": "254adacf-2ddd-4e6f-8f54-5aa05dc69528",
                         *       "running": true,
                         *       "success": true,
                         *       "captureErrorBehaviour": "rollback",
                         *       "errors": [
                         *         {
                         *           "type": "string",
                         *           "title": "string",
                         *           "detail": "string",
                         *           "field": "string",
                         *           "message": "string"
                         *         }
                         *       ],
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "finishedAt": "2019-08-24T14:15:22Z",
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "status": "accepted",
                         *       "eventCount": -9007199254740991,
                         *       "storedCount": -9007199254740991,
                         *       "duplicateCount": -9007199254740991,
                         *       "masterData": [
                         *         {
                         *           "id": "string",
                         *           "outcome": "imported",
                         *           "detail": "string"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            captureErrorBehaviour: "rollback" | "proceed";
                            /** Format: uuid */
                            captureID: string;
                            /** Format: date-time */
                            createdAt: string;
                            duplicateCount: number | null;
                            errors: {
                                detail: string;
                                field: string;
                                message: string;
                                title: string;
                                type: string;
                            }[];
                            eventCount: number;
                            /** Format: date-time */
                            finishedAt?: string;
                            /** Format: uuid */
                            id: string;
                            masterData: {
                                detail: string;
                                id: string;
                                /** @enum {string} */
                                outcome: "imported" | "already known" | "ignored";
                            }[];
                            running: boolean;
                            /** @enum {string} */
                            status: "accepted" | "processing" | "succeeded" | "failed";
                            storedCount: number | null;
                            success: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the organisation's public events withhold
         * @description Which field groups of the organisation's public events its consumer pages and
         *     public API withhold (`bizTransactions`, `quantities`, `sourceDestination`, `sensorData`, `ilmd`,
         *     `extensions`, `location`): `withhold` for every event, `byBizStep` for the events of a business step
         *     (its list replaces the default); `locationLevel` (`country`, `region`, `city`; country when absent), how
         *     finely a step whose `location` is withheld is still placed. Withheld fields stay verifiable: the record carries their salted digests
         *     (docs/privacy.md).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "withhold": [
                         *         "bizTransactions"
                         *       ],
                         *       "byBizStep": {
                         *         "property1": [
                         *           "bizTransactions"
                         *         ],
                         *         "property2": [
                         *           "bizTransactions"
                         *         ]
                         *       },
                         *       "locationLevel": "country"
                         *     }
                         */
                        "application/json": {
                            byBizStep: {
                                [key: string]: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                            };
                            /** @enum {string} */
                            locationLevel?: "country" | "region" | "city";
                            withhold: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                        };
                    };
                };
            };
        };
        /**
         * Choose what the organisation's public events withhold
         * @description Which field groups of the organisation's public events its consumer pages and
         *     public API withhold (`bizTransactions`, `quantities`, `sourceDestination`, `sensorData`, `ilmd`,
         *     `extensions`, `location`): `withhold` for every event, `byBizStep` for the events of a business step
         *     (its list replaces the default); `locationLevel` (`country`, `region`, `city`; country when absent), how
         *     finely a step whose `location` is withheld is still placed. Withheld fields stay verifiable: the record carries their salted digests
         *     (docs/privacy.md).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "withhold": [
                     *         "bizTransactions"
                     *       ],
                     *       "byBizStep": {
                     *         "property1": [
                     *           "bizTransactions"
                     *         ],
                     *         "property2": [
                     *           "bizTransactions"
                     *         ]
                     *       },
                     *       "locationLevel": "country"
                     *     }
                     */
                    "application/json": {
                        byBizStep: {
                            [key: string]: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                        };
                        /** @enum {string} */
                        locationLevel?: "country" | "region" | "city";
                        withhold: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "withhold": [
                         *         "bizTransactions"
                         *       ],
                         *       "byBizStep": {
                         *         "property1": [
                         *           "bizTransactions"
                         *         ],
                         *         "property2": [
                         *           "bizTransactions"
                         *         ]
                         *       },
                         *       "locationLevel": "country"
                         *     }
                         */
                        "application/json": {
                            byBizStep: {
                                [key: string]: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                            };
                            /** @enum {string} */
                            locationLevel?: "country" | "region" | "city";
                            withhold: ("bizTransactions" | "quantities" | "sourceDestination" | "sensorData" | "ilmd" | "extensions" | "location")[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document (raw body; stored by its SHA-256; the same content again is 200) */
        post: {
            parameters: {
                query?: {
                    /** @example string */
                    fileName?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example <bytes> */
                    "*/*": Blob;
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "sha256": "string",
                         *       "contentType": "string",
                         *       "size": -9007199254740991,
                         *       "fileName": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string | null;
                            sha256: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "sha256": "string",
                         *       "contentType": "string",
                         *       "size": -9007199254740991,
                         *       "fileName": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string | null;
                            sha256: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document by its SHA-256 (members only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 0000000000000000000000000000000000000000000000000000000000000000 */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The document, in the content type it was uploaded with */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <bytes> */
                        "*/*": Blob;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the organisation's events (EPCIS 2.0)
         * @description EPCIS 2.0 query (SimpleEventQuery parameters; list values separated by `|`).
         *     Answers `{ items, nextCursor }`, in the stable order (eventTime, id), oldest first, or newest first
         *     with `orderBy=eventTime&orderDirection=DESC`: each item is the EPCIS 2.0
         *     JSON-LD event as captured (with its `eventID`: the sender's own, else its event hash, which is
         *     always `eventHash`; and `recordTime`) and where its
         *     anchoring stands. `MATCH_*` take EPC URIs, Digital Links or EPC patterns
         *     (`urn:epc:idpat:sgtin:0614141.107346.*`).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    cursor?: string;
                    /** @example string */
                    EQ_action?: string | string[];
                    /** @example string */
                    EQ_bizLocation?: string | string[];
                    /** @example string */
                    EQ_bizStep?: string | string[];
                    /** @example string */
                    EQ_disposition?: string | string[];
                    /** @example string */
                    EQ_eventID?: string | string[];
                    /** @example string */
                    EQ_readPoint?: string | string[];
                    /** @example string */
                    eventType?: string | string[];
                    /** @example string */
                    GE_eventTime?: string;
                    /** @example string */
                    GE_recordTime?: string;
                    /** @example 100 */
                    limit?: number;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                    /** @example string */
                    LT_eventTime?: string;
                    /** @example string */
                    LT_recordTime?: string;
                    /** @example string */
                    MATCH_anyEPC?: string | string[];
                    /** @example string */
                    MATCH_anyEPCClass?: string | string[];
                    /** @example string */
                    MATCH_epc?: string | string[];
                    /** @example string */
                    MATCH_epcClass?: string | string[];
                    /** @example string */
                    MATCH_inputEPC?: string | string[];
                    /** @example string */
                    MATCH_inputEPCClass?: string | string[];
                    /** @example string */
                    MATCH_outputEPC?: string | string[];
                    /** @example string */
                    MATCH_outputEPCClass?: string | string[];
                    /** @example string */
                    MATCH_parentID?: string | string[];
                    /** @example eventTime */
                    orderBy?: "eventTime";
                    /** @example ASC */
                    orderDirection?: "ASC" | "DESC";
                    /** @example string */
                    WD_bizLocation?: string | string[];
                    /** @example string */
                    WD_readPoint?: string | string[];
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "eventHash": "string",
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "status": "pending",
                         *             "failureReason": "string",
                         *             "root": "string",
                         *             "proof": [
                         *               "string"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "string",
                         *             "transactionHash": "string"
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                anchor: {
                                    anchoredAt: string | null;
                                    blockNumber: number | null;
                                    failureReason: string | null;
                                    proof: string[];
                                    root: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "submitted" | "anchored" | "final" | "failed";
                                    transactionHash: string | null;
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash: string;
                                /** Format: uuid */
                                id: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an event (simple form; built and validated as EPCIS 2.0, idempotent by event hash)
         * @description 201 with the new event; 200 with the stored one when the same event (same event hash) was recorded before.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "lot": {
                     *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *       },
                     *       "quantity": {
                     *         "value": 0,
                     *         "unit": "string"
                     *       },
                     *       "epcs": [
                     *         "A:\\S"
                     *       ],
                     *       "serials": [
                     *         "string"
                     *       ],
                     *       "type": "object",
                     *       "action": "ADD",
                     *       "bizStep": "string",
                     *       "disposition": "string",
                     *       "eventTime": "2019-08-24T14:15:22Z",
                     *       "eventTimeZoneOffset": "+00:00",
                     *       "parent": "A:\\S",
                     *       "inputs": [
                     *         {
                     *           "lot": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *           },
                     *           "quantity": {
                     *             "value": 0,
                     *             "unit": "string"
                     *           },
                     *           "epcs": [
                     *             "A:\\S"
                     *           ],
                     *           "serials": [
                     *             "string"
                     *           ]
                     *         }
                     *       ],
                     *       "outputs": [
                     *         {
                     *           "lot": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *           },
                     *           "quantity": {
                     *             "value": 0,
                     *             "unit": "string"
                     *           },
                     *           "epcs": [
                     *             "A:\\S"
                     *           ],
                     *           "serials": [
                     *             "string"
                     *           ],
                     *           "newLot": {
                     *             "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                     *             "lotCode": "string",
                     *             "productionDate": "2019-08-24",
                     *             "expiryDate": "2019-08-24"
                     *           }
                     *         }
                     *       ],
                     *       "children": [
                     *         {
                     *           "lot": {
                     *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *           },
                     *           "quantity": {
                     *             "value": 0,
                     *             "unit": "string"
                     *           },
                     *           "epcs": [
                     *             "A:\\S"
                     *           ],
                     *           "serials": [
                     *             "string"
                     *           ]
                     *         }
                     *       ],
                     *       "transformationId": "A:\\S",
                     *       "readPoint": {
                     *         "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *       },
                     *       "bizLocation": {
                     *         "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *       },
                     *       "sources": [
                     *         {
                     *           "type": "owning_party",
                     *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                     *           "gln": "0000000000000",
                     *           "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *         }
                     *       ],
                     *       "destinations": [
                     *         {
                     *           "type": "owning_party",
                     *           "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                     *           "gln": "0000000000000",
                     *           "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *         }
                     *       ],
                     *       "bizTransactions": [
                     *         {
                     *           "type": "string",
                     *           "id": "A:\\S"
                     *         }
                     *       ],
                     *       "sensorElementList": [
                     *         {
                     *           "property1": null,
                     *           "property2": null
                     *         }
                     *       ],
                     *       "ilmd": {
                     *         "property1": null,
                     *         "property2": null
                     *       },
                     *       "namespaces": {
                     *         "property1": "http://example.com",
                     *         "property2": "http://example.com"
                     *       },
                     *       "documents": [
                     *         "0000000000000000000000000000000000000000000000000000000000000000"
                     *       ],
                     *       "visibility": "public",
                     *       "fsma204": {
                     *         "commodity": "string",
                     *         "variety": "string",
                     *         "fieldName": "string",
                     *         "containerName": "string",
                     *         "harvesterBusinessName": "string",
                     *         "harvesterPhone": "+1 (831) 555-0142",
                     *         "harvestDate": "2019-08-24",
                     *         "harvestEndDate": "2019-08-24",
                     *         "harvestLocation": "string",
                     *         "fishingArea": "string",
                     *         "coolingLocation": "string",
                     *         "coolingDate": "2019-08-24",
                     *         "receivedDate": "2019-08-24",
                     *         "receivedQuantity": 0,
                     *         "receivedUnit": "string",
                     *         "tlcSourceReference": "string",
                     *         "sourceExempt": true,
                     *         "notInitiallyPacked": true,
                     *         "seedGrowerLocation": "string",
                     *         "seedHarvestDate": "2019-08-24",
                     *         "seedConditionerLocation": "string",
                     *         "seedConditionerLotCode": "string",
                     *         "seedConditioningDate": "2019-08-24",
                     *         "seedPackinghouseLocation": "string",
                     *         "seedPackingDate": "2019-08-24",
                     *         "seedPackinghouseLotCode": "string",
                     *         "seedSupplierLocation": "string",
                     *         "seedSupplierLotCode": "string",
                     *         "sprouterSeedLotCode": "string",
                     *         "seedDescription": "string",
                     *         "seedReceivedDate": "2019-08-24"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        action?: "ADD" | "OBSERVE" | "DELETE";
                        bizLocation?: {
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            extension?: string;
                            gln: string;
                        } | {
                            /** Format: starts_with */
                            sgln: string;
                        };
                        bizStep?: string;
                        bizTransactions?: {
                            id: string;
                            type?: string;
                        }[];
                        children?: {
                            epcs?: string[];
                            lot?: {
                                /** Format: uuid */
                                id: string;
                            } | {
                                gtin: string;
                                lotCode: string;
                            };
                            quantity?: {
                                unit?: string;
                                value: number;
                            };
                            serials?: string[];
                        }[];
                        destinations?: {
                            gln?: string;
                            /** Format: uuid */
                            locationId?: string;
                            /** Format: uuid */
                            organizationId?: string;
                            /** @enum {string} */
                            type: "owning_party" | "possessing_party" | "location";
                        }[];
                        disposition?: string;
                        documents?: string[];
                        epcs?: string[];
                        /** Format: date-time */
                        eventTime: string;
                        eventTimeZoneOffset?: string;
                        fsma204?: {
                            commodity?: string;
                            containerName?: string;
                            /** Format: date */
                            coolingDate?: string;
                            coolingLocation?: string;
                            fieldName?: string;
                            fishingArea?: string;
                            /** Format: date */
                            harvestDate?: string;
                            /** Format: date */
                            harvestEndDate?: string;
                            harvesterBusinessName?: string;
                            /** @example +1 (831) 555-0142 */
                            harvesterPhone?: string;
                            harvestLocation?: string;
                            notInitiallyPacked?: boolean;
                            /** Format: date */
                            receivedDate?: string;
                            receivedQuantity?: number;
                            receivedUnit?: string;
                            seedConditionerLocation?: string;
                            seedConditionerLotCode?: string;
                            /** Format: date */
                            seedConditioningDate?: string;
                            seedDescription?: string;
                            seedGrowerLocation?: string;
                            /** Format: date */
                            seedHarvestDate?: string;
                            /** Format: date */
                            seedPackingDate?: string;
                            seedPackinghouseLocation?: string;
                            seedPackinghouseLotCode?: string;
                            /** Format: date */
                            seedReceivedDate?: string;
                            seedSupplierLocation?: string;
                            seedSupplierLotCode?: string;
                            sourceExempt?: boolean;
                            sprouterSeedLotCode?: string;
                            tlcSourceReference?: string;
                            variety?: string;
                        };
                        ilmd?: {
                            [key: string]: unknown;
                        };
                        inputs?: {
                            epcs?: string[];
                            lot?: {
                                /** Format: uuid */
                                id: string;
                            } | {
                                gtin: string;
                                lotCode: string;
                            };
                            quantity?: {
                                unit?: string;
                                value: number;
                            };
                            serials?: string[];
                        }[];
                        lot?: {
                            /** Format: uuid */
                            id: string;
                        } | {
                            gtin: string;
                            lotCode: string;
                        };
                        namespaces?: {
                            [key: string]: string;
                        };
                        outputs?: {
                            epcs?: string[];
                            lot?: {
                                /** Format: uuid */
                                id: string;
                            } | {
                                gtin: string;
                                lotCode: string;
                            };
                            newLot?: {
                                /** Format: date */
                                expiryDate?: string;
                                lotCode: string;
                                /** Format: uuid */
                                productId: string;
                                /** Format: date */
                                productionDate?: string;
                            };
                            quantity?: {
                                unit?: string;
                                value: number;
                            };
                            serials?: string[];
                        }[];
                        parent?: string;
                        quantity?: {
                            unit?: string;
                            value: number;
                        };
                        readPoint?: {
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            extension?: string;
                            gln: string;
                        } | {
                            /** Format: starts_with */
                            sgln: string;
                        };
                        sensorElementList?: {
                            [key: string]: unknown;
                        }[];
                        serials?: string[];
                        sources?: {
                            gln?: string;
                            /** Format: uuid */
                            locationId?: string;
                            /** Format: uuid */
                            organizationId?: string;
                            /** @enum {string} */
                            type: "owning_party" | "possessing_party" | "location";
                        }[];
                        transformationId?: string;
                        /** @enum {string} */
                        type: "object" | "aggregation" | "transformation" | "transaction" | "association";
                        /** @enum {string} */
                        visibility?: "public" | "partners" | "private";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "eventHash": "string",
                         *       "leaf": "string",
                         *       "type": "string",
                         *       "action": "string",
                         *       "bizStep": "string",
                         *       "disposition": "string",
                         *       "eventTime": "2019-08-24T14:15:22Z",
                         *       "eventTimeZoneOffset": "string",
                         *       "recordTime": "2019-08-24T14:15:22Z",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "correctsEventHash": "string",
                         *       "visibility": "public",
                         *       "visibilityChanges": [
                         *         {
                         *           "changedAt": "2019-08-24T14:15:22Z",
                         *           "from": "public",
                         *           "to": "public",
                         *           "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *           "userName": "string",
                         *           "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *         }
                         *       ],
                         *       "correctedBy": [
                         *         "string"
                         *       ],
                         *       "document": {
                         *         "property1": null,
                         *         "property2": null
                         *       },
                         *       "anchorStatus": "pending",
                         *       "anchor": {
                         *         "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *         "failureReason": "string",
                         *         "root": "string",
                         *         "proof": [
                         *           "string"
                         *         ],
                         *         "txHash": "string",
                         *         "blockNumber": "string",
                         *         "blockHash": "string",
                         *         "anchoredAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "attachments": [
                         *         {
                         *           "sha256": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "fileName": "string"
                         *         }
                         *       ],
                         *       "identifiers": [
                         *         {
                         *           "role": "string",
                         *           "value": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            action: string | null;
                            anchor: {
                                anchoredAt: string | null;
                                /** Format: uuid */
                                batchId: string;
                                blockHash: string | null;
                                blockNumber: string | null;
                                failureReason: string | null;
                                proof: string[];
                                root: string;
                                txHash: string | null;
                            } | null;
                            /** @enum {string} */
                            anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            attachments: {
                                contentType: string;
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            bizStep: string | null;
                            captureId: string | null;
                            correctedBy: string[];
                            correctsEventHash: string | null;
                            disposition: string | null;
                            document: {
                                [key: string]: unknown;
                            };
                            eventHash: string;
                            /** Format: date-time */
                            eventTime: string;
                            eventTimeZoneOffset: string;
                            /** Format: uuid */
                            id: string;
                            identifiers: {
                                lotId: string | null;
                                role: string;
                                value: string;
                            }[];
                            leaf: string;
                            lotId: string | null;
                            /** Format: uuid */
                            organizationId: string;
                            /** Format: date-time */
                            recordTime: string;
                            type: string;
                            /** @enum {string} */
                            visibility: "public" | "partners" | "private";
                            visibilityChanges: {
                                apiKeyId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                /** @enum {string} */
                                from: "public" | "partners" | "private";
                                /** @enum {string} */
                                to: "public" | "partners" | "private";
                                userId: string | null;
                                userName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "eventHash": "string",
                         *       "leaf": "string",
                         *       "type": "string",
                         *       "action": "string",
                         *       "bizStep": "string",
                         *       "disposition": "string",
                         *       "eventTime": "2019-08-24T14:15:22Z",
                         *       "eventTimeZoneOffset": "string",
                         *       "recordTime": "2019-08-24T14:15:22Z",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "correctsEventHash": "string",
                         *       "visibility": "public",
                         *       "visibilityChanges": [
                         *         {
                         *           "changedAt": "2019-08-24T14:15:22Z",
                         *           "from": "public",
                         *           "to": "public",
                         *           "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *           "userName": "string",
                         *           "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *         }
                         *       ],
                         *       "correctedBy": [
                         *         "string"
                         *       ],
                         *       "document": {
                         *         "property1": null,
                         *         "property2": null
                         *       },
                         *       "anchorStatus": "pending",
                         *       "anchor": {
                         *         "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *         "failureReason": "string",
                         *         "root": "string",
                         *         "proof": [
                         *           "string"
                         *         ],
                         *         "txHash": "string",
                         *         "blockNumber": "string",
                         *         "blockHash": "string",
                         *         "anchoredAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "attachments": [
                         *         {
                         *           "sha256": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "fileName": "string"
                         *         }
                         *       ],
                         *       "identifiers": [
                         *         {
                         *           "role": "string",
                         *           "value": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            action: string | null;
                            anchor: {
                                anchoredAt: string | null;
                                /** Format: uuid */
                                batchId: string;
                                blockHash: string | null;
                                blockNumber: string | null;
                                failureReason: string | null;
                                proof: string[];
                                root: string;
                                txHash: string | null;
                            } | null;
                            /** @enum {string} */
                            anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            attachments: {
                                contentType: string;
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            bizStep: string | null;
                            captureId: string | null;
                            correctedBy: string[];
                            correctsEventHash: string | null;
                            disposition: string | null;
                            document: {
                                [key: string]: unknown;
                            };
                            eventHash: string;
                            /** Format: date-time */
                            eventTime: string;
                            eventTimeZoneOffset: string;
                            /** Format: uuid */
                            id: string;
                            identifiers: {
                                lotId: string | null;
                                role: string;
                                value: string;
                            }[];
                            leaf: string;
                            lotId: string | null;
                            /** Format: uuid */
                            organizationId: string;
                            /** Format: date-time */
                            recordTime: string;
                            type: string;
                            /** @enum {string} */
                            visibility: "public" | "partners" | "private";
                            visibilityChanges: {
                                apiKeyId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                /** @enum {string} */
                                from: "public" | "partners" | "private";
                                /** @enum {string} */
                                to: "public" | "partners" | "private";
                                userId: string | null;
                                userName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event: EPCIS document, hash, leaf, anchor, attachments, identifiers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    eventId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "eventHash": "string",
                         *       "leaf": "string",
                         *       "type": "string",
                         *       "action": "string",
                         *       "bizStep": "string",
                         *       "disposition": "string",
                         *       "eventTime": "2019-08-24T14:15:22Z",
                         *       "eventTimeZoneOffset": "string",
                         *       "recordTime": "2019-08-24T14:15:22Z",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "correctsEventHash": "string",
                         *       "visibility": "public",
                         *       "visibilityChanges": [
                         *         {
                         *           "changedAt": "2019-08-24T14:15:22Z",
                         *           "from": "public",
                         *           "to": "public",
                         *           "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *           "userName": "string",
                         *           "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *         }
                         *       ],
                         *       "correctedBy": [
                         *         "string"
                         *       ],
                         *       "document": {
                         *         "property1": null,
                         *         "property2": null
                         *       },
                         *       "anchorStatus": "pending",
                         *       "anchor": {
                         *         "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *         "failureReason": "string",
                         *         "root": "string",
                         *         "proof": [
                         *           "string"
                         *         ],
                         *         "txHash": "string",
                         *         "blockNumber": "string",
                         *         "blockHash": "string",
                         *         "anchoredAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "attachments": [
                         *         {
                         *           "sha256": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "fileName": "string"
                         *         }
                         *       ],
                         *       "identifiers": [
                         *         {
                         *           "role": "string",
                         *           "value": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            action: string | null;
                            anchor: {
                                anchoredAt: string | null;
                                /** Format: uuid */
                                batchId: string;
                                blockHash: string | null;
                                blockNumber: string | null;
                                failureReason: string | null;
                                proof: string[];
                                root: string;
                                txHash: string | null;
                            } | null;
                            /** @enum {string} */
                            anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            attachments: {
                                contentType: string;
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            bizStep: string | null;
                            captureId: string | null;
                            correctedBy: string[];
                            correctsEventHash: string | null;
                            disposition: string | null;
                            document: {
                                [key: string]: unknown;
                            };
                            eventHash: string;
                            /** Format: date-time */
                            eventTime: string;
                            eventTimeZoneOffset: string;
                            /** Format: uuid */
                            id: string;
                            identifiers: {
                                lotId: string | null;
                                role: string;
                                value: string;
                            }[];
                            leaf: string;
                            lotId: string | null;
                            /** Format: uuid */
                            organizationId: string;
                            /** Format: date-time */
                            recordTime: string;
                            type: string;
                            /** @enum {string} */
                            visibility: "public" | "partners" | "private";
                            visibilityChanges: {
                                apiKeyId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                /** @enum {string} */
                                from: "public" | "partners" | "private";
                                /** @enum {string} */
                                to: "public" | "partners" | "private";
                                userId: string | null;
                                userName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/events/{eventId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an event: an EPCIS error declaration plus the corrective event, in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    eventId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "event": {
                     *         "lot": {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *         },
                     *         "quantity": {
                     *           "value": 0,
                     *           "unit": "string"
                     *         },
                     *         "epcs": [
                     *           "A:\\S"
                     *         ],
                     *         "serials": [
                     *           "string"
                     *         ],
                     *         "type": "object",
                     *         "action": "ADD",
                     *         "bizStep": "string",
                     *         "disposition": "string",
                     *         "eventTime": "2019-08-24T14:15:22Z",
                     *         "eventTimeZoneOffset": "+00:00",
                     *         "parent": "A:\\S",
                     *         "inputs": [
                     *           {
                     *             "lot": {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *             },
                     *             "quantity": {
                     *               "value": 0,
                     *               "unit": "string"
                     *             },
                     *             "epcs": [
                     *               "A:\\S"
                     *             ],
                     *             "serials": [
                     *               "string"
                     *             ]
                     *           }
                     *         ],
                     *         "outputs": [
                     *           {
                     *             "lot": {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *             },
                     *             "quantity": {
                     *               "value": 0,
                     *               "unit": "string"
                     *             },
                     *             "epcs": [
                     *               "A:\\S"
                     *             ],
                     *             "serials": [
                     *               "string"
                     *             ],
                     *             "newLot": {
                     *               "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                     *               "lotCode": "string",
                     *               "productionDate": "2019-08-24",
                     *               "expiryDate": "2019-08-24"
                     *             }
                     *           }
                     *         ],
                     *         "children": [
                     *           {
                     *             "lot": {
                     *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
                     *             },
                     *             "quantity": {
                     *               "value": 0,
                     *               "unit": "string"
                     *             },
                     *             "epcs": [
                     *               "A:\\S"
                     *             ],
                     *             "serials": [
                     *               "string"
                     *             ]
                     *           }
                     *         ],
                     *         "transformationId": "A:\\S",
                     *         "readPoint": {
                     *           "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *         },
                     *         "bizLocation": {
                     *           "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *         },
                     *         "sources": [
                     *           {
                     *             "type": "owning_party",
                     *             "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                     *             "gln": "0000000000000",
                     *             "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *           }
                     *         ],
                     *         "destinations": [
                     *           {
                     *             "type": "owning_party",
                     *             "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                     *             "gln": "0000000000000",
                     *             "locationId": "1a5515a3-ba81-4a42-aee7-ad9ffc090a54"
                     *           }
                     *         ],
                     *         "bizTransactions": [
                     *           {
                     *             "type": "string",
                     *             "id": "A:\\S"
                     *           }
                     *         ],
                     *         "sensorElementList": [
                     *           {
                     *             "property1": null,
                     *             "property2": null
                     *           }
                     *         ],
                     *         "ilmd": {
                     *           "property1": null,
                     *           "property2": null
                     *         },
                     *         "namespaces": {
                     *           "property1": "http://example.com",
                     *           "property2": "http://example.com"
                     *         },
                     *         "documents": [
                     *           "0000000000000000000000000000000000000000000000000000000000000000"
                     *         ],
                     *         "visibility": "public",
                     *         "fsma204": {
                     *           "commodity": "string",
                     *           "variety": "string",
                     *           "fieldName": "string",
                     *           "containerName": "string",
                     *           "harvesterBusinessName": "string",
                     *           "harvesterPhone": "+1 (831) 555-0142",
                     *           "harvestDate": "2019-08-24",
                     *           "harvestEndDate": "2019-08-24",
                     *           "harvestLocation": "string",
                     *           "fishingArea": "string",
                     *           "coolingLocation": "string",
                     *           "coolingDate": "2019-08-24",
                     *           "receivedDate": "2019-08-24",
                     *           "receivedQuantity": 0,
                     *           "receivedUnit": "string",
                     *           "tlcSourceReference": "string",
                     *           "sourceExempt": true,
                     *           "notInitiallyPacked": true,
                     *           "seedGrowerLocation": "string",
                     *           "seedHarvestDate": "2019-08-24",
                     *           "seedConditionerLocation": "string",
                     *           "seedConditionerLotCode": "string",
                     *           "seedConditioningDate": "2019-08-24",
                     *           "seedPackinghouseLocation": "string",
                     *           "seedPackingDate": "2019-08-24",
                     *           "seedPackinghouseLotCode": "string",
                     *           "seedSupplierLocation": "string",
                     *           "seedSupplierLotCode": "string",
                     *           "sprouterSeedLotCode": "string",
                     *           "seedDescription": "string",
                     *           "seedReceivedDate": "2019-08-24"
                     *         }
                     *       },
                     *       "errorReason": "did_not_occur",
                     *       "reason": "string"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @default incorrect_data
                         * @enum {string}
                         */
                        errorReason?: "did_not_occur" | "incorrect_data";
                        event?: {
                            /** @enum {string} */
                            action?: "ADD" | "OBSERVE" | "DELETE";
                            bizLocation?: {
                                /** Format: uuid */
                                locationId: string;
                            } | {
                                extension?: string;
                                gln: string;
                            } | {
                                /** Format: starts_with */
                                sgln: string;
                            };
                            bizStep?: string;
                            bizTransactions?: {
                                id: string;
                                type?: string;
                            }[];
                            children?: {
                                epcs?: string[];
                                lot?: {
                                    /** Format: uuid */
                                    id: string;
                                } | {
                                    gtin: string;
                                    lotCode: string;
                                };
                                quantity?: {
                                    unit?: string;
                                    value: number;
                                };
                                serials?: string[];
                            }[];
                            destinations?: {
                                gln?: string;
                                /** Format: uuid */
                                locationId?: string;
                                /** Format: uuid */
                                organizationId?: string;
                                /** @enum {string} */
                                type: "owning_party" | "possessing_party" | "location";
                            }[];
                            disposition?: string;
                            documents?: string[];
                            epcs?: string[];
                            /** Format: date-time */
                            eventTime: string;
                            eventTimeZoneOffset?: string;
                            fsma204?: {
                                commodity?: string;
                                containerName?: string;
                                /** Format: date */
                                coolingDate?: string;
                                coolingLocation?: string;
                                fieldName?: string;
                                fishingArea?: string;
                                /** Format: date */
                                harvestDate?: string;
                                /** Format: date */
                                harvestEndDate?: string;
                                harvesterBusinessName?: string;
                                /** @example +1 (831) 555-0142 */
                                harvesterPhone?: string;
                                harvestLocation?: string;
                                notInitiallyPacked?: boolean;
                                /** Format: date */
                                receivedDate?: string;
                                receivedQuantity?: number;
                                receivedUnit?: string;
                                seedConditionerLocation?: string;
                                seedConditionerLotCode?: string;
                                /** Format: date */
                                seedConditioningDate?: string;
                                seedDescription?: string;
                                seedGrowerLocation?: string;
                                /** Format: date */
                                seedHarvestDate?: string;
                                /** Format: date */
                                seedPackingDate?: string;
                                seedPackinghouseLocation?: string;
                                seedPackinghouseLotCode?: string;
                                /** Format: date */
                                seedReceivedDate?: string;
                                seedSupplierLocation?: string;
                                seedSupplierLotCode?: string;
                                sourceExempt?: boolean;
                                sprouterSeedLotCode?: string;
                                tlcSourceReference?: string;
                                variety?: string;
                            };
                            ilmd?: {
                                [key: string]: unknown;
                            };
                            inputs?: {
                                epcs?: string[];
                                lot?: {
                                    /** Format: uuid */
                                    id: string;
                                } | {
                                    gtin: string;
                                    lotCode: string;
                                };
                                quantity?: {
                                    unit?: string;
                                    value: number;
                                };
                                serials?: string[];
                            }[];
                            lot?: {
                                /** Format: uuid */
                                id: string;
                            } | {
                                gtin: string;
                                lotCode: string;
                            };
                            namespaces?: {
                                [key: string]: string;
                            };
                            outputs?: {
                                epcs?: string[];
                                lot?: {
                                    /** Format: uuid */
                                    id: string;
                                } | {
                                    gtin: string;
                                    lotCode: string;
                                };
                                newLot?: {
                                    /** Format: date */
                                    expiryDate?: string;
                                    lotCode: string;
                                    /** Format: uuid */
                                    productId: string;
                                    /** Format: date */
                                    productionDate?: string;
                                };
                                quantity?: {
                                    unit?: string;
                                    value: number;
                                };
                                serials?: string[];
                            }[];
                            parent?: string;
                            quantity?: {
                                unit?: string;
                                value: number;
                            };
                            readPoint?: {
                                /** Format: uuid */
                                locationId: string;
                            } | {
                                extension?: string;
                                gln: string;
                            } | {
                                /** Format: starts_with */
                                sgln: string;
                            };
                            sensorElementList?: {
                                [key: string]: unknown;
                            }[];
                            serials?: string[];
                            sources?: {
                                gln?: string;
                                /** Format: uuid */
                                locationId?: string;
                                /** Format: uuid */
                                organizationId?: string;
                                /** @enum {string} */
                                type: "owning_party" | "possessing_party" | "location";
                            }[];
                            transformationId?: string;
                            /** @enum {string} */
                            type: "object" | "aggregation" | "transformation" | "transaction" | "association";
                            /** @enum {string} */
                            visibility?: "public" | "partners" | "private";
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "declaration": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "eventHash": "string",
                         *         "leaf": "string",
                         *         "type": "string",
                         *         "action": "string",
                         *         "bizStep": "string",
                         *         "disposition": "string",
                         *         "eventTime": "2019-08-24T14:15:22Z",
                         *         "eventTimeZoneOffset": "string",
                         *         "recordTime": "2019-08-24T14:15:22Z",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *         "correctsEventHash": "string",
                         *         "visibility": "public",
                         *         "visibilityChanges": [
                         *           {
                         *             "changedAt": "2019-08-24T14:15:22Z",
                         *             "from": "public",
                         *             "to": "public",
                         *             "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *             "userName": "string",
                         *             "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *           }
                         *         ],
                         *         "correctedBy": [
                         *           "string"
                         *         ],
                         *         "document": {
                         *           "property1": null,
                         *           "property2": null
                         *         },
                         *         "anchorStatus": "pending",
                         *         "anchor": {
                         *           "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *           "failureReason": "string",
                         *           "root": "string",
                         *           "proof": [
                         *             "string"
                         *           ],
                         *           "txHash": "string",
                         *           "blockNumber": "string",
                         *           "blockHash": "string",
                         *           "anchoredAt": "2019-08-24T14:15:22Z"
                         *         },
                         *         "attachments": [
                         *           {
                         *             "sha256": "string",
                         *             "contentType": "string",
                         *             "size": -9007199254740991,
                         *             "fileName": "string"
                         *           }
                         *         ],
                         *         "identifiers": [
                         *           {
                         *             "role": "string",
                         *             "value": "string",
                         *             "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *           }
                         *         ]
                         *       },
                         *       "corrective": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "eventHash": "string",
                         *         "leaf": "string",
                         *         "type": "string",
                         *         "action": "string",
                         *         "bizStep": "string",
                         *         "disposition": "string",
                         *         "eventTime": "2019-08-24T14:15:22Z",
                         *         "eventTimeZoneOffset": "string",
                         *         "recordTime": "2019-08-24T14:15:22Z",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *         "correctsEventHash": "string",
                         *         "visibility": "public",
                         *         "visibilityChanges": [
                         *           {
                         *             "changedAt": "2019-08-24T14:15:22Z",
                         *             "from": "public",
                         *             "to": "public",
                         *             "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *             "userName": "string",
                         *             "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *           }
                         *         ],
                         *         "correctedBy": [
                         *           "string"
                         *         ],
                         *         "document": {
                         *           "property1": null,
                         *           "property2": null
                         *         },
                         *         "anchorStatus": "pending",
                         *         "anchor": {
                         *           "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *           "failureReason": "string",
                         *           "root": "string",
                         *           "proof": [
                         *             "string"
                         *           ],
                         *           "txHash": "string",
                         *           "blockNumber": "string",
                         *           "blockHash": "string",
                         *           "anchoredAt": "2019-08-24T14:15:22Z"
                         *         },
                         *         "attachments": [
                         *           {
                         *             "sha256": "string",
                         *             "contentType": "string",
                         *             "size": -9007199254740991,
                         *             "fileName": "string"
                         *           }
                         *         ],
                         *         "identifiers": [
                         *           {
                         *             "role": "string",
                         *             "value": "string",
                         *             "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            corrective: {
                                action: string | null;
                                anchor: {
                                    anchoredAt: string | null;
                                    /** Format: uuid */
                                    batchId: string;
                                    blockHash: string | null;
                                    blockNumber: string | null;
                                    failureReason: string | null;
                                    proof: string[];
                                    root: string;
                                    txHash: string | null;
                                } | null;
                                /** @enum {string} */
                                anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                attachments: {
                                    contentType: string;
                                    fileName: string | null;
                                    sha256: string;
                                    size: number;
                                }[];
                                bizStep: string | null;
                                captureId: string | null;
                                correctedBy: string[];
                                correctsEventHash: string | null;
                                disposition: string | null;
                                document: {
                                    [key: string]: unknown;
                                };
                                eventHash: string;
                                /** Format: date-time */
                                eventTime: string;
                                eventTimeZoneOffset: string;
                                /** Format: uuid */
                                id: string;
                                identifiers: {
                                    lotId: string | null;
                                    role: string;
                                    value: string;
                                }[];
                                leaf: string;
                                lotId: string | null;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                recordTime: string;
                                type: string;
                                /** @enum {string} */
                                visibility: "public" | "partners" | "private";
                                visibilityChanges: {
                                    apiKeyId: string | null;
                                    /** Format: date-time */
                                    changedAt: string;
                                    /** @enum {string} */
                                    from: "public" | "partners" | "private";
                                    /** @enum {string} */
                                    to: "public" | "partners" | "private";
                                    userId: string | null;
                                    userName: string | null;
                                }[];
                            } | null;
                            declaration: {
                                action: string | null;
                                anchor: {
                                    anchoredAt: string | null;
                                    /** Format: uuid */
                                    batchId: string;
                                    blockHash: string | null;
                                    blockNumber: string | null;
                                    failureReason: string | null;
                                    proof: string[];
                                    root: string;
                                    txHash: string | null;
                                } | null;
                                /** @enum {string} */
                                anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                attachments: {
                                    contentType: string;
                                    fileName: string | null;
                                    sha256: string;
                                    size: number;
                                }[];
                                bizStep: string | null;
                                captureId: string | null;
                                correctedBy: string[];
                                correctsEventHash: string | null;
                                disposition: string | null;
                                document: {
                                    [key: string]: unknown;
                                };
                                eventHash: string;
                                /** Format: date-time */
                                eventTime: string;
                                eventTimeZoneOffset: string;
                                /** Format: uuid */
                                id: string;
                                identifiers: {
                                    lotId: string | null;
                                    role: string;
                                    value: string;
                                }[];
                                leaf: string;
                                lotId: string | null;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                recordTime: string;
                                type: string;
                                /** @enum {string} */
                                visibility: "public" | "partners" | "private";
                                visibilityChanges: {
                                    apiKeyId: string | null;
                                    /** Format: date-time */
                                    changedAt: string;
                                    /** @enum {string} */
                                    from: "public" | "partners" | "private";
                                    /** @enum {string} */
                                    to: "public" | "partners" | "private";
                                    userId: string | null;
                                    userName: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/events/{eventId}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change who may see an event (public, partners, private); the change is recorded */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    eventId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "visibility": "public"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        visibility: "public" | "partners" | "private";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "eventHash": "string",
                         *       "leaf": "string",
                         *       "type": "string",
                         *       "action": "string",
                         *       "bizStep": "string",
                         *       "disposition": "string",
                         *       "eventTime": "2019-08-24T14:15:22Z",
                         *       "eventTimeZoneOffset": "string",
                         *       "recordTime": "2019-08-24T14:15:22Z",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *       "correctsEventHash": "string",
                         *       "visibility": "public",
                         *       "visibilityChanges": [
                         *         {
                         *           "changedAt": "2019-08-24T14:15:22Z",
                         *           "from": "public",
                         *           "to": "public",
                         *           "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *           "userName": "string",
                         *           "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *         }
                         *       ],
                         *       "correctedBy": [
                         *         "string"
                         *       ],
                         *       "document": {
                         *         "property1": null,
                         *         "property2": null
                         *       },
                         *       "anchorStatus": "pending",
                         *       "anchor": {
                         *         "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *         "failureReason": "string",
                         *         "root": "string",
                         *         "proof": [
                         *           "string"
                         *         ],
                         *         "txHash": "string",
                         *         "blockNumber": "string",
                         *         "blockHash": "string",
                         *         "anchoredAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "attachments": [
                         *         {
                         *           "sha256": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "fileName": "string"
                         *         }
                         *       ],
                         *       "identifiers": [
                         *         {
                         *           "role": "string",
                         *           "value": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            action: string | null;
                            anchor: {
                                anchoredAt: string | null;
                                /** Format: uuid */
                                batchId: string;
                                blockHash: string | null;
                                blockNumber: string | null;
                                failureReason: string | null;
                                proof: string[];
                                root: string;
                                txHash: string | null;
                            } | null;
                            /** @enum {string} */
                            anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            attachments: {
                                contentType: string;
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            bizStep: string | null;
                            captureId: string | null;
                            correctedBy: string[];
                            correctsEventHash: string | null;
                            disposition: string | null;
                            document: {
                                [key: string]: unknown;
                            };
                            eventHash: string;
                            /** Format: date-time */
                            eventTime: string;
                            eventTimeZoneOffset: string;
                            /** Format: uuid */
                            id: string;
                            identifiers: {
                                lotId: string | null;
                                role: string;
                                value: string;
                            }[];
                            leaf: string;
                            lotId: string | null;
                            /** Format: uuid */
                            organizationId: string;
                            /** Format: date-time */
                            recordTime: string;
                            type: string;
                            /** @enum {string} */
                            visibility: "public" | "partners" | "private";
                            visibilityChanges: {
                                apiKeyId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                /** @enum {string} */
                                from: "public" | "partners" | "private";
                                /** @enum {string} */
                                to: "public" | "partners" | "private";
                                userId: string | null;
                                userName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/exports/epcis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0 JSON-LD document of the selected events
         * @description The events the EPCIS query parameters select (as GET /orgs/{orgId}/events), at most 10000, in an EPCISDocument.
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    EQ_action?: string | string[];
                    /** @example string */
                    EQ_bizLocation?: string | string[];
                    /** @example string */
                    EQ_bizStep?: string | string[];
                    /** @example string */
                    EQ_disposition?: string | string[];
                    /** @example string */
                    EQ_eventID?: string | string[];
                    /** @example string */
                    EQ_readPoint?: string | string[];
                    /** @example string */
                    eventType?: string | string[];
                    /** @example string */
                    GE_eventTime?: string;
                    /** @example string */
                    GE_recordTime?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                    /** @example string */
                    LT_eventTime?: string;
                    /** @example string */
                    LT_recordTime?: string;
                    /** @example string */
                    MATCH_anyEPC?: string | string[];
                    /** @example string */
                    MATCH_anyEPCClass?: string | string[];
                    /** @example string */
                    MATCH_epc?: string | string[];
                    /** @example string */
                    MATCH_epcClass?: string | string[];
                    /** @example string */
                    MATCH_inputEPC?: string | string[];
                    /** @example string */
                    MATCH_inputEPCClass?: string | string[];
                    /** @example string */
                    MATCH_outputEPC?: string | string[];
                    /** @example string */
                    MATCH_outputEPCClass?: string | string[];
                    /** @example string */
                    MATCH_parentID?: string | string[];
                    /** @example eventTime */
                    orderBy?: "eventTime";
                    /** @example ASC */
                    orderDirection?: "ASC" | "DESC";
                    /** @example string */
                    WD_bizLocation?: string | string[];
                    /** @example string */
                    WD_readPoint?: string | string[];
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The EPCISDocument (an attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "string",
                         *       "type": "EPCISDocument",
                         *       "schemaVersion": "string",
                         *       "creationDate": "string",
                         *       "epcisBody": {
                         *         "eventList": [
                         *           {
                         *             "type": "ObjectEvent",
                         *             "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *             "eventTime": "2026-03-01T08:00:00.000Z",
                         *             "eventTimeZoneOffset": "+00:00",
                         *             "action": "OBSERVE",
                         *             "bizStep": "shipping",
                         *             "epcList": [
                         *               "urn:epc:id:sgtin:4012345.011111.1"
                         *             ]
                         *           }
                         *         ],
                         *         "property1": null,
                         *         "property2": null
                         *       },
                         *       "property1": null,
                         *       "property2": null
                         *     }
                         */
                        "application/ld+json": {
                            "@context": (string | {
                                [key: string]: unknown;
                            }) | (string | {
                                [key: string]: unknown;
                            })[];
                            creationDate: string;
                            epcisBody: {
                                eventList: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            schemaVersion: string | number;
                            /** @enum {string} */
                            type: "EPCISDocument";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/exports/fsma204": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * FSMA 204 sortable spreadsheet (Key Data Elements per Critical Tracking Event)
         * @description One row per Critical Tracking Event per traceability lot, the Key Data Elements of 21 CFR 1.1325–1.1350 in columns (docs/fsma204.md). For one lot (`lotId`), one product (`productId`) or a date range of event times (`from`, `to`: from inclusive, to exclusive), or a product within a range. CSV (RFC 4180, header row) or XLSX, streamed.
         */
        get: {
            parameters: {
                query?: {
                    /** @example csv */
                    format?: "csv" | "xlsx";
                    /** @example 2019-08-24T14:15:22Z */
                    from?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    productId?: string;
                    /** @example 2019-08-24T14:15:22Z */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The spreadsheet file, as `format` asks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <bytes> */
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                        /**
                         * @example gtin,lotCode
                         *     04012345000009,LOT-1
                         */
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products, locations, lots or events from a CSV, XLSX or EPCIS 2.0 JSON file
         * @description The body is the file. Every row is checked before anything is written; when any row has a problem, nothing is written and the job lists every problem (row, column, value, problem, fix). Unknown products (of lots and events, named by `productName`) and lots (of events) are refused unless `createMissing` is true. Events are stored through capture's rules: an event joins only a lot this organisation owns or received. At most 50000 rows. 202 with the job; follow it at its `Location` (checkedRows, writtenRows, phase).
         */
        post: {
            parameters: {
                query: {
                    /** @example true */
                    createMissing?: "true" | "false";
                    /** @example string */
                    fileName?: string;
                    /** @example csv */
                    format: "csv" | "xlsx" | "epcis";
                    /** @example products */
                    kind: "products" | "locations" | "lots" | "events";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example <bytes> */
                    "application/json": Blob;
                    /** @example <bytes> */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    /** @example <bytes> */
                    "text/csv": Blob;
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "kind": "products",
                         *       "format": "csv",
                         *       "fileName": "string",
                         *       "createMissing": true,
                         *       "phase": "checking",
                         *       "rowCount": -9007199254740991,
                         *       "checkedRows": -9007199254740991,
                         *       "writtenRows": -9007199254740991,
                         *       "problems": [
                         *         {
                         *           "row": -9007199254740991,
                         *           "column": "string",
                         *           "value": "string",
                         *           "problem": "string",
                         *           "fix": "string"
                         *         }
                         *       ],
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "finishedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            checkedRows: number;
                            /** Format: date-time */
                            createdAt: string;
                            createMissing: boolean;
                            fileName: string | null;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "epcis";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "products" | "locations" | "lots" | "events";
                            /** @enum {string} */
                            phase: "checking" | "writing" | "succeeded" | "failed";
                            problems: {
                                column: string;
                                fix: string;
                                problem: string;
                                row: number;
                                value?: string;
                            }[];
                            rowCount: number;
                            writtenRows: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: its phase, rows checked and written, and every problem when it failed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    importId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "kind": "products",
                         *       "format": "csv",
                         *       "fileName": "string",
                         *       "createMissing": true,
                         *       "phase": "checking",
                         *       "rowCount": -9007199254740991,
                         *       "checkedRows": -9007199254740991,
                         *       "writtenRows": -9007199254740991,
                         *       "problems": [
                         *         {
                         *           "row": -9007199254740991,
                         *           "column": "string",
                         *           "value": "string",
                         *           "problem": "string",
                         *           "fix": "string"
                         *         }
                         *       ],
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "finishedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            checkedRows: number;
                            /** Format: date-time */
                            createdAt: string;
                            createMissing: boolean;
                            fileName: string | null;
                            finishedAt: string | null;
                            /** @enum {string} */
                            format: "csv" | "xlsx" | "epcis";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "products" | "locations" | "lots" | "events";
                            /** @enum {string} */
                            phase: "checking" | "writing" | "succeeded" | "failed";
                            problems: {
                                column: string;
                                fix: string;
                                problem: string;
                                row: number;
                                value?: string;
                            }[];
                            rowCount: number;
                            writtenRows: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A template to import a kind: the header row and an example row that imports cleanly
         * @description The example names this organisation's own products, lots and locations where it needs them; when there are none yet, it names a new one and the `Import-Create-Missing: true` header says the import must ask to create it.
         */
        get: {
            parameters: {
                query?: {
                    /** @example csv */
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path: {
                    /** @example products */
                    kind: "products" | "locations" | "lots" | "events";
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The template, as `format` asks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <bytes> */
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                        /**
                         * @example gtin,lotCode
                         *     04012345000009,LOT-1
                         */
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "walletAddress": "string",
                         *         "email": "string",
                         *         "role": "viewer",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "expiresAt": "2019-08-24T14:15:22Z",
                         *         "acceptedAt": "2019-08-24T14:15:22Z",
                         *         "revokedAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                            walletAddress: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Invite someone to join: a wallet address, or an email (mailed a single-use link that works for 7 days) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "walletAddress": "0x0000000000000000000000000000000000000000",
                     *       "role": "viewer"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin" | "owner";
                        walletAddress: string;
                    } | {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin" | "owner";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "walletAddress": "string",
                         *       "email": "string",
                         *       "role": "viewer",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "expiresAt": "2019-08-24T14:15:22Z",
                         *       "acceptedAt": "2019-08-24T14:15:22Z",
                         *       "revokedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string | null;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            revokedAt: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                            walletAddress: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    invitationId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Withdrawn */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locations by name; search by name or GLN, filter by country */
        get: {
            parameters: {
                query?: {
                    /** @example AA */
                    country?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example string */
                    q?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "gln": "string",
                         *           "name": "string",
                         *           "street": "string",
                         *           "city": "string",
                         *           "postalCode": "string",
                         *           "region": "string",
                         *           "subdivision": "string",
                         *           "country": "string",
                         *           "phone": "string",
                         *           "fieldName": "string",
                         *           "containerName": "string",
                         *           "latitude": 0,
                         *           "longitude": 0,
                         *           "plot": {
                         *             "type": "Point",
                         *             "coordinates": [
                         *               0,
                         *               0
                         *             ]
                         *           },
                         *           "plotPublic": true,
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "updatedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                city: string | null;
                                containerName: string | null;
                                country: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                fieldName: string | null;
                                gln: string | null;
                                /** Format: uuid */
                                id: string;
                                latitude: number | null;
                                longitude: number | null;
                                name: string;
                                phone: string | null;
                                plot: ({
                                    coordinates: [
                                        number,
                                        number
                                    ];
                                    /** @enum {string} */
                                    type: "Point";
                                } | {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                }) | null;
                                plotPublic: boolean;
                                postalCode: string | null;
                                region: string | null;
                                street: string | null;
                                subdivision: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a location; `plot` is the EUDR geolocation (GeoJSON Point or Polygon, ≤ 6 decimals) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "gln": "0000000000000",
                     *       "name": "string",
                     *       "street": "string",
                     *       "city": "string",
                     *       "postalCode": "string",
                     *       "region": "string",
                     *       "subdivision": "AA-A",
                     *       "country": "string",
                     *       "phone": "+1 (831) 555-0142",
                     *       "fieldName": "string",
                     *       "containerName": "string",
                     *       "latitude": -90,
                     *       "longitude": -180,
                     *       "plot": {
                     *         "type": "Point",
                     *         "coordinates": [
                     *           -180,
                     *           -90
                     *         ]
                     *       },
                     *       "plotPublic": true
                     *     }
                     */
                    "application/json": {
                        city?: string | null;
                        containerName?: string | null;
                        country?: string | null;
                        fieldName?: string | null;
                        gln?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        name: string;
                        phone?: string | null;
                        plot?: ({
                            coordinates: [
                                number,
                                number
                            ];
                            /** @enum {string} */
                            type: "Point";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        }) | null;
                        plotPublic?: boolean;
                        postalCode?: string | null;
                        region?: string | null;
                        street?: string | null;
                        subdivision?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gln": "string",
                         *       "name": "string",
                         *       "street": "string",
                         *       "city": "string",
                         *       "postalCode": "string",
                         *       "region": "string",
                         *       "subdivision": "string",
                         *       "country": "string",
                         *       "phone": "string",
                         *       "fieldName": "string",
                         *       "containerName": "string",
                         *       "latitude": 0,
                         *       "longitude": 0,
                         *       "plot": {
                         *         "type": "Point",
                         *         "coordinates": [
                         *           0,
                         *           0
                         *         ]
                         *       },
                         *       "plotPublic": true,
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            city: string | null;
                            containerName: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            fieldName: string | null;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            latitude: number | null;
                            longitude: number | null;
                            name: string;
                            phone: string | null;
                            plot: ({
                                coordinates: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                type: "Point";
                            } | {
                                coordinates: [
                                    number,
                                    number
                                ][][];
                                /** @enum {string} */
                                type: "Polygon";
                            }) | null;
                            plotPublic: boolean;
                            postalCode: string | null;
                            region: string | null;
                            street: string | null;
                            subdivision: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A location */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    locationId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gln": "string",
                         *       "name": "string",
                         *       "street": "string",
                         *       "city": "string",
                         *       "postalCode": "string",
                         *       "region": "string",
                         *       "subdivision": "string",
                         *       "country": "string",
                         *       "phone": "string",
                         *       "fieldName": "string",
                         *       "containerName": "string",
                         *       "latitude": 0,
                         *       "longitude": 0,
                         *       "plot": {
                         *         "type": "Point",
                         *         "coordinates": [
                         *           0,
                         *           0
                         *         ]
                         *       },
                         *       "plotPublic": true,
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            city: string | null;
                            containerName: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            fieldName: string | null;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            latitude: number | null;
                            longitude: number | null;
                            name: string;
                            phone: string | null;
                            plot: ({
                                coordinates: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                type: "Point";
                            } | {
                                coordinates: [
                                    number,
                                    number
                                ][][];
                                /** @enum {string} */
                                type: "Polygon";
                            }) | null;
                            plotPublic: boolean;
                            postalCode: string | null;
                            region: string | null;
                            street: string | null;
                            subdivision: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a location (`null` clears a field) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    locationId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "gln": "0000000000000",
                     *       "name": "string",
                     *       "street": "string",
                     *       "city": "string",
                     *       "postalCode": "string",
                     *       "region": "string",
                     *       "subdivision": "AA-A",
                     *       "country": "string",
                     *       "phone": "+1 (831) 555-0142",
                     *       "fieldName": "string",
                     *       "containerName": "string",
                     *       "latitude": -90,
                     *       "longitude": -180,
                     *       "plot": {
                     *         "type": "Point",
                     *         "coordinates": [
                     *           -180,
                     *           -90
                     *         ]
                     *       },
                     *       "plotPublic": true
                     *     }
                     */
                    "application/json": {
                        city?: string | null;
                        containerName?: string | null;
                        country?: string | null;
                        fieldName?: string | null;
                        gln?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        name?: string;
                        phone?: string | null;
                        plot?: ({
                            coordinates: [
                                number,
                                number
                            ];
                            /** @enum {string} */
                            type: "Point";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        }) | null;
                        plotPublic?: boolean;
                        postalCode?: string | null;
                        region?: string | null;
                        street?: string | null;
                        subdivision?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gln": "string",
                         *       "name": "string",
                         *       "street": "string",
                         *       "city": "string",
                         *       "postalCode": "string",
                         *       "region": "string",
                         *       "subdivision": "string",
                         *       "country": "string",
                         *       "phone": "string",
                         *       "fieldName": "string",
                         *       "containerName": "string",
                         *       "latitude": 0,
                         *       "longitude": 0,
                         *       "plot": {
                         *         "type": "Point",
                         *         "coordinates": [
                         *           0,
                         *           0
                         *         ]
                         *       },
                         *       "plotPublic": true,
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            city: string | null;
                            containerName: string | null;
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            fieldName: string | null;
                            gln: string | null;
                            /** Format: uuid */
                            id: string;
                            latitude: number | null;
                            longitude: number | null;
                            name: string;
                            phone: string | null;
                            plot: ({
                                coordinates: [
                                    number,
                                    number
                                ];
                                /** @enum {string} */
                                type: "Point";
                            } | {
                                coordinates: [
                                    number,
                                    number
                                ][][];
                                /** @enum {string} */
                                type: "Polygon";
                            }) | null;
                            plotPublic: boolean;
                            postalCode: string | null;
                            region: string | null;
                            street: string | null;
                            subdivision: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{orgId}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots, newest first, by product, lot code, recall state and production/expiry date ranges */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 2019-08-24 */
                    expiresFrom?: string;
                    /** @example 2019-08-24 */
                    expiresTo?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 2019-08-24 */
                    producedFrom?: string;
                    /** @example 2019-08-24 */
                    producedTo?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    productId?: string;
                    /** @example string */
                    q?: string;
                    /** @example none */
                    recallState?: "none" | "recalled";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "lotCode": "string",
                         *           "productionDate": "string",
                         *           "expiryDate": "string",
                         *           "quantity": "string",
                         *           "unit": "string",
                         *           "recallState": "none",
                         *           "receivedFrom": {
                         *             "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *             "name": "string",
                         *             "transferId": "e240f72a-b0bc-4f57-ab86-5b78f1d8ea9b",
                         *             "status": "pending",
                         *             "shippedAt": "2019-08-24T14:15:22Z",
                         *             "completedAt": "2019-08-24T14:15:22Z"
                         *           },
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "updatedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                expiryDate: string | null;
                                gtin: string;
                                /** Format: uuid */
                                id: string;
                                lotCode: string;
                                /** Format: uuid */
                                productId: string;
                                productionDate: string | null;
                                productName: string;
                                quantity: string | null;
                                /** @enum {string} */
                                recallState: "none" | "recalled";
                                receivedFrom: {
                                    completedAt: string | null;
                                    name: string;
                                    /** Format: uuid */
                                    organizationId: string;
                                    /** Format: date-time */
                                    shippedAt: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed";
                                    /** Format: uuid */
                                    transferId: string;
                                } | null;
                                unit: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "lotCode": "string",
                         *       "productionDate": "string",
                         *       "expiryDate": "string",
                         *       "quantity": "string",
                         *       "unit": "string",
                         *       "recallState": "none",
                         *       "receivedFrom": {
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "name": "string",
                         *         "transferId": "e240f72a-b0bc-4f57-ab86-5b78f1d8ea9b",
                         *         "status": "pending",
                         *         "shippedAt": "2019-08-24T14:15:22Z",
                         *         "completedAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            expiryDate: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            productId: string;
                            productionDate: string | null;
                            productName: string;
                            quantity: string | null;
                            /** @enum {string} */
                            recallState: "none" | "recalled";
                            receivedFrom: {
                                completedAt: string | null;
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                shippedAt: string;
                                /** @enum {string} */
                                status: "pending" | "completed";
                                /** Format: uuid */
                                transferId: string;
                            } | null;
                            unit: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a lot's dates, quantity or unit (the lot code does not change) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "productionDate": "2019-08-24",
                     *       "expiryDate": "2019-08-24",
                     *       "quantity": "1200.5",
                     *       "unit": "string"
                     *     }
                     */
                    "application/json": {
                        expiryDate?: string | null;
                        productionDate?: string | null;
                        quantity?: string | null;
                        unit?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "lotCode": "string",
                         *       "productionDate": "string",
                         *       "expiryDate": "string",
                         *       "quantity": "string",
                         *       "unit": "string",
                         *       "recallState": "none",
                         *       "receivedFrom": {
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "name": "string",
                         *         "transferId": "e240f72a-b0bc-4f57-ab86-5b78f1d8ea9b",
                         *         "status": "pending",
                         *         "shippedAt": "2019-08-24T14:15:22Z",
                         *         "completedAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            expiryDate: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            productId: string;
                            productionDate: string | null;
                            productName: string;
                            quantity: string | null;
                            /** @enum {string} */
                            recallState: "none" | "recalled";
                            receivedFrom: {
                                completedAt: string | null;
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                shippedAt: string;
                                /** @enum {string} */
                                status: "pending" | "completed";
                                /** Format: uuid */
                                transferId: string;
                            } | null;
                            unit: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents attached to the lot's events, newest first (download each by its sha256) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "sha256": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "fileName": "string",
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "events": [
                         *             {
                         *               "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *               "eventHash": "string",
                         *               "bizStep": "string",
                         *               "eventTime": "2019-08-24T14:15:22Z",
                         *               "correctsEventHash": "string"
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                contentType: string;
                                /** Format: date-time */
                                createdAt: string;
                                events: {
                                    bizStep: string | null;
                                    correctsEventHash: string | null;
                                    eventHash: string;
                                    /** Format: date-time */
                                    eventTime: string;
                                    /** Format: uuid */
                                    id: string;
                                }[];
                                fileName: string | null;
                                sha256: string;
                                size: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lot's record as the organisation may see it, oldest first: its own events and its custody partners' public and partner-visible ones */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    cursor?: string;
                    /** @example 100 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "eventHash": "string",
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "status": "pending",
                         *             "failureReason": "string",
                         *             "root": "string",
                         *             "proof": [
                         *               "string"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "string",
                         *             "transactionHash": "string"
                         *           },
                         *           "organization": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "name": "string"
                         *           },
                         *           "visibility": "public"
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                anchor: {
                                    anchoredAt: string | null;
                                    blockNumber: number | null;
                                    failureReason: string | null;
                                    proof: string[];
                                    root: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "submitted" | "anchored" | "final" | "failed";
                                    transactionHash: string | null;
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash: string;
                                /** Format: uuid */
                                id: string;
                                organization: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                visibility: "public" | "partners" | "private";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recall impact report of a lot: every lot upstream and downstream, who owns and holds it, and the path
         * @description Lots reached through transformations and aggregations (and the custody hand-overs that let another organisation use a lot), each once per direction at its least depth, with the shortest path from the lot. Quantity, places and holders are given for lots the organisation owns or received; another organisation's lot shows product, GTIN, lot code and owner. JSON, or CSV with `format=csv` or `Accept: text/csv` (an attachment).
         */
        get: {
            parameters: {
                query?: {
                    /** @example 10 */
                    depth?: number;
                    /** @example json */
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The report, as JSON or as CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "lot": {
                         *         "id": "string",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "gtin": "string",
                         *         "productName": "string",
                         *         "lotCode": "string",
                         *         "identifier": "string",
                         *         "organisation": "string",
                         *         "relation": "owned",
                         *         "quantity": "string",
                         *         "unit": "string",
                         *         "places": [
                         *           {
                         *             "uri": "string",
                         *             "name": "string",
                         *             "lastSeenAt": "string"
                         *           }
                         *         ],
                         *         "holders": [
                         *           {
                         *             "organisation": "string",
                         *             "status": "pending",
                         *             "shippedAt": "string",
                         *             "receivedAt": "string"
                         *           }
                         *         ]
                         *       },
                         *       "depth": -9007199254740991,
                         *       "truncated": true,
                         *       "upstream": [
                         *         {
                         *           "id": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "lotCode": "string",
                         *           "identifier": "string",
                         *           "organisation": "string",
                         *           "relation": "owned",
                         *           "quantity": "string",
                         *           "unit": "string",
                         *           "places": [
                         *             {
                         *               "uri": "string",
                         *               "name": "string",
                         *               "lastSeenAt": "string"
                         *             }
                         *           ],
                         *           "holders": [
                         *             {
                         *               "organisation": "string",
                         *               "status": "pending",
                         *               "shippedAt": "string",
                         *               "receivedAt": "string"
                         *             }
                         *           ],
                         *           "depth": -9007199254740991,
                         *           "path": [
                         *             {
                         *               "id": "string",
                         *               "gtin": "string",
                         *               "lotCode": "string",
                         *               "organisation": "string",
                         *               "identifier": "string",
                         *               "via": "transformation",
                         *               "event": {
                         *                 "type": "string",
                         *                 "bizStep": "string",
                         *                 "eventTime": "string",
                         *                 "organisation": "string"
                         *               },
                         *               "custody": [
                         *                 {
                         *                   "lot": "string",
                         *                   "from": "string",
                         *                   "to": "string"
                         *                 }
                         *               ]
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "downstream": [
                         *         {
                         *           "id": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "lotCode": "string",
                         *           "identifier": "string",
                         *           "organisation": "string",
                         *           "relation": "owned",
                         *           "quantity": "string",
                         *           "unit": "string",
                         *           "places": [
                         *             {
                         *               "uri": "string",
                         *               "name": "string",
                         *               "lastSeenAt": "string"
                         *             }
                         *           ],
                         *           "holders": [
                         *             {
                         *               "organisation": "string",
                         *               "status": "pending",
                         *               "shippedAt": "string",
                         *               "receivedAt": "string"
                         *             }
                         *           ],
                         *           "depth": -9007199254740991,
                         *           "path": [
                         *             {
                         *               "id": "string",
                         *               "gtin": "string",
                         *               "lotCode": "string",
                         *               "organisation": "string",
                         *               "identifier": "string",
                         *               "via": "transformation",
                         *               "event": {
                         *                 "type": "string",
                         *                 "bizStep": "string",
                         *                 "eventTime": "string",
                         *                 "organisation": "string"
                         *               },
                         *               "custody": [
                         *                 {
                         *                   "lot": "string",
                         *                   "from": "string",
                         *                   "to": "string"
                         *                 }
                         *               ]
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "organisations": [
                         *         {
                         *           "name": "string",
                         *           "lots": -9007199254740991,
                         *           "holds": -9007199254740991
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            depth: number;
                            downstream: {
                                depth: number;
                                gtin: string | null;
                                holders: {
                                    organisation: string;
                                    receivedAt: string | null;
                                    shippedAt: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed" | "cancelled";
                                }[];
                                id: string;
                                identifier: string | null;
                                lotCode: string | null;
                                lotId: string | null;
                                organisation: string | null;
                                path: {
                                    custody: {
                                        from: string;
                                        lot: string;
                                        to: string;
                                    }[];
                                    event: {
                                        bizStep: string | null;
                                        eventTime: string;
                                        organisation: string;
                                        type: string;
                                    } | null;
                                    gtin: string | null;
                                    id: string;
                                    identifier: string | null;
                                    lotCode: string | null;
                                    organisation: string | null;
                                    via: ("transformation" | "aggregation") | null;
                                }[];
                                places: {
                                    lastSeenAt: string;
                                    name: string | null;
                                    uri: string;
                                }[];
                                productName: string | null;
                                quantity: string | null;
                                relation: ("owned" | "received" | "other") | null;
                                unit: string | null;
                            }[];
                            lot: {
                                gtin: string | null;
                                holders: {
                                    organisation: string;
                                    receivedAt: string | null;
                                    shippedAt: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed" | "cancelled";
                                }[];
                                id: string;
                                identifier: string | null;
                                lotCode: string | null;
                                lotId: string | null;
                                organisation: string | null;
                                places: {
                                    lastSeenAt: string;
                                    name: string | null;
                                    uri: string;
                                }[];
                                productName: string | null;
                                quantity: string | null;
                                relation: ("owned" | "received" | "other") | null;
                                unit: string | null;
                            };
                            organisations: {
                                holds: number;
                                lots: number;
                                name: string;
                            }[];
                            truncated: boolean;
                            upstream: {
                                depth: number;
                                gtin: string | null;
                                holders: {
                                    organisation: string;
                                    receivedAt: string | null;
                                    shippedAt: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed" | "cancelled";
                                }[];
                                id: string;
                                identifier: string | null;
                                lotCode: string | null;
                                lotId: string | null;
                                organisation: string | null;
                                path: {
                                    custody: {
                                        from: string;
                                        lot: string;
                                        to: string;
                                    }[];
                                    event: {
                                        bizStep: string | null;
                                        eventTime: string;
                                        organisation: string;
                                        type: string;
                                    } | null;
                                    gtin: string | null;
                                    id: string;
                                    identifier: string | null;
                                    lotCode: string | null;
                                    organisation: string | null;
                                    via: ("transformation" | "aggregation") | null;
                                }[];
                                places: {
                                    lastSeenAt: string;
                                    name: string | null;
                                    uri: string;
                                }[];
                                productName: string | null;
                                quantity: string | null;
                                relation: ("owned" | "received" | "other") | null;
                                unit: string | null;
                            }[];
                        };
                        /** @example string */
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/plots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The EUDR plots of the lot's places as GeoJSON for a due diligence statement (the EU Information System's GeoJSON file description): the organisation's own plots and its partners' public ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The plots, a GeoJSON FeatureCollection (an attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "type": "FeatureCollection",
                         *       "features": [
                         *         {
                         *           "type": "Feature",
                         *           "properties": {
                         *             "ProducerName": "string",
                         *             "ProducerCountry": "string",
                         *             "ProductionPlace": "string"
                         *           },
                         *           "geometry": {
                         *             "type": "Point",
                         *             "coordinates": [
                         *               0,
                         *               0
                         *             ]
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/geo+json": {
                            features: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ];
                                    /** @enum {string} */
                                    type: "Point";
                                } | {
                                    coordinates: [
                                        number,
                                        number
                                    ][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                };
                                properties: {
                                    ProducerCountry?: string;
                                    ProducerName: string;
                                    ProductionPlace: string;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lot's whole record, every field with its salts, for its owner and custody partners
         * @description The events of the lot's public record, none of their fields withheld, each with its GS1 event hash and the salts of its commitments: `verifyRecord` checks every field and event hash against the chain. For the lot's owner and the organisations it was shipped to.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "chainId": 1,
                         *       "organisation": {
                         *         "id": "0x00000000000000000000000000000000",
                         *         "name": "string"
                         *       },
                         *       "product": {
                         *         "gtin": "string",
                         *         "lot": "string",
                         *         "serial": "string",
                         *         "name": "string"
                         *       },
                         *       "context": null,
                         *       "events": [
                         *         {
                         *           "eventHash": "string",
                         *           "leafVersion": 1,
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "disclosure": {
                         *             "salts": {
                         *               "property1": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *               "property2": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"
                         *             },
                         *             "withheld": {
                         *               "property1": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *               "property2": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             },
                         *             "eventHashSalt": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *             "eventHashCommitment": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           },
                         *           "hashVersion": 1,
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "hiddenSteps": [
                         *         {
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "date": "0000-00-00",
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "omittedEvents": {
                         *         "owner": 0,
                         *         "partners": 165
                         *       },
                         *       "attestations": [
                         *         {
                         *           "uid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "attester": "0x0000000000000000000000000000000000000000",
                         *           "subjectKind": "lot",
                         *           "subject": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "claim": "string",
                         *           "evidenceHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "expirationTime": "2019-08-24T14:15:22Z",
                         *           "delegation": {
                         *             "signature": "0x5ca1ab1e",
                         *             "nonce": "0",
                         *             "deadline": "0"
                         *           },
                         *           "proofPoint": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "evidence": [
                         *               {
                         *                 "sha256": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *               }
                         *             ]
                         *           },
                         *           "revokedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "recall": {
                         *         "recalled": true,
                         *         "declaredAt": "2019-08-24T14:15:22Z",
                         *         "inherited": [
                         *           {
                         *             "organisation": {
                         *               "id": "0x00000000000000000000000000000000",
                         *               "name": "string"
                         *             },
                         *             "gtin": "string",
                         *             "lot": "string",
                         *             "lotKey": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "declaredAt": "2019-08-24T14:15:22Z"
                         *           }
                         *         ]
                         *       },
                         *       "display": {
                         *         "product": {
                         *           "gtin": "string",
                         *           "name": "string",
                         *           "description": "string",
                         *           "imageUrls": [
                         *             "string"
                         *           ],
                         *           "category": "string"
                         *         },
                         *         "lot": {
                         *           "lotCode": "string",
                         *           "productionDate": "string",
                         *           "expiryDate": "string"
                         *         },
                         *         "serial": "string",
                         *         "organisations": [
                         *           {
                         *             "name": "string",
                         *             "role": "owner"
                         *           }
                         *         ],
                         *         "journey": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "eventHash": "string",
                         *             "eventTime": "string",
                         *             "eventTimeZoneOffset": "string",
                         *             "type": "string",
                         *             "action": "string",
                         *             "bizStep": "string",
                         *             "bizStepLabel": "string",
                         *             "disposition": "string",
                         *             "dispositionLabel": "string",
                         *             "organisation": "string",
                         *             "location": {
                         *               "gln": "string",
                         *               "name": "string",
                         *               "city": "string",
                         *               "country": "string",
                         *               "latitude": 0,
                         *               "longitude": 0,
                         *               "plot": {
                         *                 "type": "Point",
                         *                 "coordinates": [
                         *                   0,
                         *                   0
                         *                 ]
                         *               }
                         *             },
                         *             "anchored": true,
                         *             "correction": {
                         *               "declarationHash": "string",
                         *               "declaredAt": "string",
                         *               "errorReason": "string",
                         *               "reason": "string",
                         *               "correctiveEventHashes": [
                         *                 "string"
                         *               ]
                         *             },
                         *             "corrects": "string",
                         *             "withheld": [
                         *               "string"
                         *             ]
                         *           }
                         *         ],
                         *         "hiddenSteps": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "organisation": "string",
                         *             "date": "string",
                         *             "anchored": true,
                         *             "position": 0
                         *           }
                         *         ],
                         *         "locations": [
                         *           {
                         *             "gln": "string",
                         *             "name": "string",
                         *             "city": "string",
                         *             "country": "string",
                         *             "latitude": 0,
                         *             "longitude": 0,
                         *             "plot": {
                         *               "type": "Point",
                         *               "coordinates": [
                         *                 0,
                         *                 0
                         *               ]
                         *             }
                         *           }
                         *         ],
                         *         "recall": {
                         *           "recalled": true,
                         *           "reason": "string",
                         *           "declaredAt": "string",
                         *           "inherited": [
                         *             {
                         *               "productName": "string",
                         *               "gtin": "string",
                         *               "lot": "string",
                         *               "organisation": "string",
                         *               "reason": "string",
                         *               "declaredAt": "string"
                         *             }
                         *           ]
                         *         },
                         *         "attestations": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "auditorName": "string",
                         *             "claim": "string",
                         *             "expiresAt": "string",
                         *             "signedAt": "string",
                         *             "revokedAt": "string",
                         *             "proofPoint": {
                         *               "claim": "string",
                         *               "evidence": [
                         *                 {
                         *                   "sha256": "string",
                         *                   "fileName": "string",
                         *                   "contentType": "string",
                         *                   "size": -9007199254740991,
                         *                   "path": "string"
                         *                 }
                         *               ]
                         *             }
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            attestations: {
                                attester: string;
                                claim: string;
                                delegation?: {
                                    deadline: string;
                                    nonce: string;
                                    /** @example 0x5ca1ab1e */
                                    signature: string;
                                } | null;
                                evidenceHash: string;
                                expirationTime: string | null;
                                proofPoint?: {
                                    evidence: {
                                        sha256: string;
                                    }[];
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** Format: date-time */
                                revokedAt?: string;
                                subject: string;
                                /** @enum {string} */
                                subjectKind: "lot" | "event" | "batch";
                                uid: string | null;
                            }[];
                            chainId: number;
                            context?: unknown;
                            display: {
                                attestations: {
                                    auditorName: string | null;
                                    claim: string;
                                    expiresAt: string | null;
                                    index: number;
                                    proofPoint?: {
                                        claim: string;
                                        evidence: {
                                            contentType: string;
                                            fileName: string | null;
                                            path: string | null;
                                            sha256: string;
                                            size: number;
                                        }[];
                                    };
                                    revokedAt?: string;
                                    signedAt?: string;
                                }[];
                                hiddenSteps?: {
                                    anchored: boolean;
                                    date: string;
                                    index: number;
                                    organisation: string;
                                    position: number;
                                }[];
                                journey: {
                                    action: string | null;
                                    anchored: boolean;
                                    bizStep: string | null;
                                    bizStepLabel: string | null;
                                    correction: {
                                        correctiveEventHashes: string[];
                                        declarationHash: string;
                                        declaredAt: string;
                                        errorReason: string;
                                        reason: string | null;
                                    } | null;
                                    corrects: string | null;
                                    disposition: string | null;
                                    dispositionLabel: string | null;
                                    eventHash: string;
                                    eventTime: string;
                                    eventTimeZoneOffset: string;
                                    index: number;
                                    location: {
                                        city: string | null;
                                        country: string | null;
                                        gln: string | null;
                                        latitude: number | null;
                                        longitude: number | null;
                                        name: string;
                                        plot?: {
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                            /** @enum {string} */
                                            type: "Point";
                                        } | {
                                            coordinates: [
                                                number,
                                                number
                                            ][][];
                                            /** @enum {string} */
                                            type: "Polygon";
                                        };
                                    } | null;
                                    organisation: string;
                                    type: string;
                                    withheld?: string[];
                                }[];
                                locations: {
                                    city: string | null;
                                    country: string | null;
                                    gln: string | null;
                                    latitude: number | null;
                                    longitude: number | null;
                                    name: string;
                                    plot?: {
                                        coordinates: [
                                            number,
                                            number
                                        ];
                                        /** @enum {string} */
                                        type: "Point";
                                    } | {
                                        coordinates: [
                                            number,
                                            number
                                        ][][];
                                        /** @enum {string} */
                                        type: "Polygon";
                                    };
                                }[];
                                lot: {
                                    expiryDate: string | null;
                                    lotCode: string;
                                    productionDate: string | null;
                                };
                                organisations: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "owner" | "participant";
                                }[];
                                product: {
                                    category: string | null;
                                    description: string | null;
                                    gtin: string;
                                    imageUrls: string[];
                                    name: string;
                                };
                                recall: {
                                    declaredAt: string | null;
                                    inherited?: {
                                        declaredAt: string;
                                        gtin: string;
                                        lot: string;
                                        organisation: string;
                                        productName: string;
                                        reason: string;
                                    }[];
                                    reason: string | null;
                                    recalled: boolean;
                                };
                                serial: string | null;
                            };
                            events: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                disclosure?: {
                                    eventHashCommitment?: string;
                                    /** @example 0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6 */
                                    eventHashSalt?: string;
                                    salts: {
                                        [key: string]: string;
                                    };
                                    withheld: {
                                        [key: string]: string;
                                    };
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash?: string;
                                hashVersion?: 1 | 2;
                                leaf?: string;
                                leafVersion?: 1 | 2;
                                organisation?: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            hiddenSteps?: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                date: string;
                                leaf: string;
                                organisation: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            /**
                             * @description How many of the lot's events the record leaves out, by whose (both 0 when it shows them all). A record shows at most 1,000 events and hidden steps: the owner's latest first, then its partners' latest. Verify checks none of those left out, and the count is the server's word.
                             * @example {
                             *       "owner": 0,
                             *       "partners": 165
                             *     }
                             */
                            omittedEvents: {
                                /** @description The lot owner's events left out: its earliest. */
                                owner: number;
                                /** @description The events left out of the organisations the lot was shipped to: their earliest (all of them when the owner's fill the record). */
                                partners: number;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            product: {
                                gtin: string;
                                lot: string | null;
                                name?: string;
                                serial: string | null;
                            };
                            recall: {
                                declaredAt: string | null;
                                inherited?: {
                                    /** Format: date-time */
                                    declaredAt: string;
                                    gtin: string;
                                    lot: string;
                                    lotKey: string;
                                    organisation: {
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                recalled: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lot's scan counts
         * @description Views of the lot's consumer page per UTC day (oldest first, days without views as 0) and in all; only for the organisation that owns the lot.
         */
        get: {
            parameters: {
                query?: {
                    /** @example 30 */
                    days?: number;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "days": [
                         *         {
                         *           "date": "string",
                         *           "views": -9007199254740991
                         *         }
                         *       ],
                         *       "total": -9007199254740991
                         *     }
                         */
                        "application/json": {
                            days: {
                                date: string;
                                views: number;
                            }[];
                            /** Format: uuid */
                            lotId: string;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/serials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Serialised items of a lot, by serial */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "serial": "string",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "createdAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lotId: string | null;
                                serial: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register serialised items of a lot: a list, or a numeric range with a prefix */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "serials": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        serials: string[];
                    } | {
                        range: {
                            from: number;
                            prefix?: string;
                            to: number;
                            width?: number;
                        };
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "count": -9007199254740991,
                         *       "first": "string",
                         *       "last": "string"
                         *     }
                         */
                        "application/json": {
                            count: number;
                            first: string;
                            last: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/{lotId}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trace a lot backward and/or forward across organisations
         * @description Nodes are lots (keyed by their Digital Link path), items, containers and the organisations lots were handed to; edges are the events linking them (transformation inputs → outputs, aggregation children → parent), custody hand-overs (a lot → the organisation it was shipped to) and, from a lot to itself, its other events. Other organisations' nodes show only product, GTIN, lot code, organisation name and whether the lot is recalled.
         */
        get: {
            parameters: {
                query?: {
                    /** @example 10 */
                    depth?: number;
                    /** @example backward */
                    direction?: "backward" | "forward" | "both";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "root": "string",
                         *       "nodes": [
                         *         {
                         *           "id": "string",
                         *           "kind": "lot",
                         *           "depth": -9007199254740991,
                         *           "directions": [
                         *             "backward"
                         *           ],
                         *           "gtin": "string",
                         *           "lotCode": "string",
                         *           "productName": "string",
                         *           "organisation": {
                         *             "name": "string"
                         *           },
                         *           "own": true,
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "recalled": true,
                         *           "details": {
                         *             "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *             "quantity": "string",
                         *             "unit": "string",
                         *             "productionDate": "string",
                         *             "expiryDate": "string",
                         *             "recallState": "none"
                         *           }
                         *         }
                         *       ],
                         *       "edges": [
                         *         {
                         *           "kind": "transformation",
                         *           "from": "string",
                         *           "to": "string",
                         *           "event": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "eventHash": "string",
                         *             "type": "string",
                         *             "action": "string",
                         *             "bizStep": "string",
                         *             "eventTime": "string",
                         *             "organisation": {
                         *               "name": "string"
                         *             },
                         *             "own": true
                         *           },
                         *           "custody": {
                         *             "from": "string",
                         *             "to": "string",
                         *             "status": "pending"
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            edges: {
                                custody: {
                                    from: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed" | "cancelled";
                                    to: string;
                                } | null;
                                event: {
                                    action: string | null;
                                    bizStep: string | null;
                                    eventHash: string;
                                    eventTime: string;
                                    id: string | null;
                                    organisation: {
                                        name: string;
                                    };
                                    own: boolean;
                                    type: string;
                                };
                                from: string;
                                /** @enum {string} */
                                kind: "transformation" | "aggregation" | "custody" | "event";
                                to: string;
                            }[];
                            nodes: {
                                depth: number;
                                details: {
                                    expiryDate: string | null;
                                    /** Format: uuid */
                                    lotId: string;
                                    productionDate: string | null;
                                    quantity: string | null;
                                    /** @enum {string} */
                                    recallState: "none" | "recalled";
                                    unit: string | null;
                                } | null;
                                directions: ("backward" | "forward")[];
                                gtin: string | null;
                                id: string;
                                /** @enum {string} */
                                kind: "lot" | "item" | "container" | "class" | "other" | "organisation";
                                lotCode: string | null;
                                lotId: string | null;
                                organisation: {
                                    name: string;
                                } | null;
                                own: boolean;
                                productName: string | null;
                                recalled: boolean;
                            }[];
                            root: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/lots/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trace search: lots by product, lot code, business transaction, place, time and event type
         * @description Among the lots the organisation owns or received (custody), those matching every filter given (at least one): `product` (a GTIN, or words of the name), `lotCode` (its start), and an event of the lot the organisation may see matching all of `bizTransaction` (a purchase order, invoice, bill of lading…: its URI or reference, e.g. `PO-4711`), `location` (a GLN, a place's URI, or words of its name), `from`/`to` (event time, from inclusive, to exclusive) and `eventType`. Grouped by organisation (own lots first), in pages (`nextCursor`).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    bizTransaction?: string;
                    /** @example string */
                    cursor?: string;
                    /** @example ObjectEvent */
                    eventType?: "ObjectEvent" | "AggregationEvent" | "TransactionEvent" | "TransformationEvent" | "AssociationEvent";
                    /** @example string */
                    from?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example string */
                    location?: string;
                    /** @example string */
                    lotCode?: string;
                    /** @example string */
                    product?: string;
                    /** @example string */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "groups": [
                         *         {
                         *           "organisation": "string",
                         *           "relation": "owned",
                         *           "lots": [
                         *             {
                         *               "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *               "gtin": "string",
                         *               "productName": "string",
                         *               "lotCode": "string",
                         *               "quantity": "string",
                         *               "unit": "string"
                         *             }
                         *           ]
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            groups: {
                                lots: {
                                    gtin: string;
                                    lotCode: string;
                                    /** Format: uuid */
                                    lotId: string;
                                    productName: string;
                                    quantity: string | null;
                                    unit: string | null;
                                }[];
                                organisation: string;
                                /** @enum {string} */
                                relation: "owned" | "received";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *         "role": "viewer",
                         *         "joinedAt": "2019-08-24T14:15:22Z",
                         *         "email": "string",
                         *         "name": "string",
                         *         "walletAddress": "string"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            email: string | null;
                            /** Format: date-time */
                            joinedAt: string;
                            name: string | null;
                            /** @enum {string} */
                            role: "viewer" | "operator" | "admin" | "owner";
                            /** Format: uuid */
                            userId: string;
                            walletAddress: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a member's role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "role": "viewer"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        role: "viewer" | "operator" | "admin" | "owner";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Role changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove a member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products, newest first; search by name or GTIN, filter by category */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    category?: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example string */
                    q?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "gtin": "string",
                         *           "name": "string",
                         *           "description": "string",
                         *           "imageUrls": [
                         *             "string"
                         *           ],
                         *           "category": "string",
                         *           "commodity": "string",
                         *           "variety": "string",
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "updatedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                category: string | null;
                                commodity: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string | null;
                                gtin: string;
                                /** Format: uuid */
                                id: string;
                                imageUrls: string[];
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
                                variety: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a product by its GTIN (GTIN-8/12/13/14, stored as 14 digits) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "description": "string",
                     *       "imageUrls": [
                     *         "http://example.com"
                     *       ],
                     *       "category": "string",
                     *       "commodity": "string",
                     *       "variety": "string",
                     *       "gtin": "00000000"
                     *     }
                     */
                    "application/json": {
                        category?: string | null;
                        commodity?: string | null;
                        description?: string | null;
                        gtin: string;
                        imageUrls?: string[];
                        name: string;
                        variety?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gtin": "string",
                         *       "name": "string",
                         *       "description": "string",
                         *       "imageUrls": [
                         *         "string"
                         *       ],
                         *       "category": "string",
                         *       "commodity": "string",
                         *       "variety": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            category: string | null;
                            commodity: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                            variety: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gtin": "string",
                         *       "name": "string",
                         *       "description": "string",
                         *       "imageUrls": [
                         *         "string"
                         *       ],
                         *       "category": "string",
                         *       "commodity": "string",
                         *       "variety": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            category: string | null;
                            commodity: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                            variety: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a product's name, description, images or category (the GTIN does not change) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "description": "string",
                     *       "imageUrls": [
                     *         "http://example.com"
                     *       ],
                     *       "category": "string",
                     *       "commodity": "string",
                     *       "variety": "string"
                     *     }
                     */
                    "application/json": {
                        category?: string | null;
                        commodity?: string | null;
                        description?: string | null;
                        imageUrls?: string[];
                        name?: string;
                        variety?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "gtin": "string",
                         *       "name": "string",
                         *       "description": "string",
                         *       "imageUrls": [
                         *         "string"
                         *       ],
                         *       "category": "string",
                         *       "commodity": "string",
                         *       "variety": "string",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            category: string | null;
                            commodity: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                            variety: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{orgId}/products/{productId}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a lot of a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "productionDate": "2019-08-24",
                     *       "expiryDate": "2019-08-24",
                     *       "quantity": "1200.5",
                     *       "unit": "string",
                     *       "lotCode": "string"
                     *     }
                     */
                    "application/json": {
                        expiryDate?: string | null;
                        lotCode: string;
                        productionDate?: string | null;
                        quantity?: string | null;
                        unit?: string | null;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "productId": "dcd53ddb-8104-4e48-8cc0-5df1088c6113",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "lotCode": "string",
                         *       "productionDate": "string",
                         *       "expiryDate": "string",
                         *       "quantity": "string",
                         *       "unit": "string",
                         *       "recallState": "none",
                         *       "receivedFrom": {
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "name": "string",
                         *         "transferId": "e240f72a-b0bc-4f57-ab86-5b78f1d8ea9b",
                         *         "status": "pending",
                         *         "shippedAt": "2019-08-24T14:15:22Z",
                         *         "completedAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "updatedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            expiryDate: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            productId: string;
                            productionDate: string | null;
                            productName: string;
                            quantity: string | null;
                            /** @enum {string} */
                            recallState: "none" | "recalled";
                            receivedFrom: {
                                completedAt: string | null;
                                name: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                shippedAt: string;
                                /** @enum {string} */
                                status: "pending" | "completed";
                                /** Format: uuid */
                                transferId: string;
                            } | null;
                            unit: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/proof-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proof points your organisation requested, newest first */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "lotCode": "string",
                         *         "gtin": "string",
                         *         "productName": "string",
                         *         "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                         *         "auditorName": "string",
                         *         "auditorAddress": "string",
                         *         "claim": "organic",
                         *         "claimDetail": "string",
                         *         "claimText": "string",
                         *         "validUntil": "2019-08-24T14:15:22Z",
                         *         "evidence": [
                         *           {
                         *             "sha256": "string",
                         *             "fileName": "string",
                         *             "contentType": "string",
                         *             "size": -9007199254740991,
                         *             "public": true
                         *           }
                         *         ],
                         *         "evidenceHash": "string",
                         *         "state": "requested",
                         *         "attestation": {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "uid": "string",
                         *           "status": "pending",
                         *           "expiresAt": "2019-08-24T14:15:22Z",
                         *           "revokedAt": "2019-08-24T14:15:22Z"
                         *         },
                         *         "createdAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            attestation: {
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                                uid: string | null;
                            } | null;
                            auditorAddress: string;
                            /** Format: uuid */
                            auditorId: string;
                            auditorName: string;
                            /** @enum {string} */
                            claim: "organic" | "fair_trade" | "cold_chain_kept" | "non_gmo" | "sustainably_sourced" | "animal_welfare" | "halal" | "kosher" | "other";
                            claimDetail: string | null;
                            /** @description The claim string the attestation must carry */
                            claimText: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidence: {
                                contentType: string;
                                fileName: string | null;
                                public: boolean;
                                sha256: string;
                                size: number;
                            }[];
                            /** @description The audit schema's evidenceHash the attestation must carry */
                            evidenceHash: string;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            /** Format: uuid */
                            organizationId: string;
                            productName: string;
                            /** @enum {string} */
                            state: "requested" | "attested" | "expired" | "revoked";
                            validUntil: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Ask an accredited auditor to attest a claim about one of your lots, with evidence documents */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                     *       "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                     *       "claim": "organic",
                     *       "claimDetail": "string",
                     *       "validUntil": null,
                     *       "evidence": [
                     *         {
                     *           "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                     *           "public": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        auditorId: string;
                        /** @enum {string} */
                        claim: "organic" | "fair_trade" | "cold_chain_kept" | "non_gmo" | "sustainably_sourced" | "animal_welfare" | "halal" | "kosher" | "other";
                        claimDetail?: string;
                        evidence: {
                            /** @default false */
                            public?: boolean;
                            sha256: string;
                        }[];
                        /** Format: uuid */
                        lotId: string;
                        validUntil?: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "auditorId": "004297dc-b166-4a52-98fa-23cef3ac0e52",
                         *       "auditorName": "string",
                         *       "auditorAddress": "string",
                         *       "claim": "organic",
                         *       "claimDetail": "string",
                         *       "claimText": "string",
                         *       "validUntil": "2019-08-24T14:15:22Z",
                         *       "evidence": [
                         *         {
                         *           "sha256": "string",
                         *           "fileName": "string",
                         *           "contentType": "string",
                         *           "size": -9007199254740991,
                         *           "public": true
                         *         }
                         *       ],
                         *       "evidenceHash": "string",
                         *       "state": "requested",
                         *       "attestation": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "uid": "string",
                         *         "status": "pending",
                         *         "expiresAt": "2019-08-24T14:15:22Z",
                         *         "revokedAt": "2019-08-24T14:15:22Z"
                         *       },
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            attestation: {
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "submitted" | "onchain" | "revoked" | "failed";
                                uid: string | null;
                            } | null;
                            auditorAddress: string;
                            /** Format: uuid */
                            auditorId: string;
                            auditorName: string;
                            /** @enum {string} */
                            claim: "organic" | "fair_trade" | "cold_chain_kept" | "non_gmo" | "sustainably_sourced" | "animal_welfare" | "halal" | "kosher" | "other";
                            claimDetail: string | null;
                            /** @description The claim string the attestation must carry */
                            claimText: string;
                            /** Format: date-time */
                            createdAt: string;
                            evidence: {
                                contentType: string;
                                fileName: string | null;
                                public: boolean;
                                sha256: string;
                                size: number;
                            }[];
                            /** @description The audit schema's evidenceHash the attestation must carry */
                            evidenceHash: string;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            /** Format: uuid */
                            organizationId: string;
                            productName: string;
                            /** @enum {string} */
                            state: "requested" | "attested" | "expired" | "revoked";
                            validUntil: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/recalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recalls, newest first, by status and lot */
        get: {
            parameters: {
                query?: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example 50 */
                    limit?: number;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    lotId?: string;
                    /** @example active */
                    status?: "active" | "lifted";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *           "lotCode": "string",
                         *           "gtin": "string",
                         *           "productName": "string",
                         *           "reason": "string",
                         *           "reasonHash": "string",
                         *           "status": "active",
                         *           "declaredById": "72dad4b5-ff9c-4c49-a37a-f4898519aec9",
                         *           "declaredAt": "2019-08-24T14:15:22Z",
                         *           "liftedAt": "2019-08-24T14:15:22Z",
                         *           "liftReason": "string",
                         *           "chainStatus": "pending",
                         *           "txHash": "string"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                chainStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                /** Format: date-time */
                                declaredAt: string;
                                declaredById: string | null;
                                gtin: string;
                                /** Format: uuid */
                                id: string;
                                liftedAt: string | null;
                                liftReason: string | null;
                                lotCode: string;
                                /** Format: uuid */
                                lotId: string;
                                productName: string;
                                reason: string;
                                reasonHash: string;
                                /** @enum {string} */
                                status: "active" | "lifted";
                                txHash: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Declare a recall of a lot (public at once; declared on chain by the submitter) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                     *       "reason": "string"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        lotId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "reason": "string",
                         *       "reasonHash": "string",
                         *       "status": "active",
                         *       "declaredById": "72dad4b5-ff9c-4c49-a37a-f4898519aec9",
                         *       "declaredAt": "2019-08-24T14:15:22Z",
                         *       "liftedAt": "2019-08-24T14:15:22Z",
                         *       "liftReason": "string",
                         *       "chainStatus": "pending",
                         *       "txHash": "string"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            chainStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            /** Format: date-time */
                            declaredAt: string;
                            declaredById: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            liftedAt: string | null;
                            liftReason: string | null;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            productName: string;
                            reason: string;
                            reasonHash: string;
                            /** @enum {string} */
                            status: "active" | "lifted";
                            txHash: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/recalls/{recallId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recall */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    recallId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "reason": "string",
                         *       "reasonHash": "string",
                         *       "status": "active",
                         *       "declaredById": "72dad4b5-ff9c-4c49-a37a-f4898519aec9",
                         *       "declaredAt": "2019-08-24T14:15:22Z",
                         *       "liftedAt": "2019-08-24T14:15:22Z",
                         *       "liftReason": "string",
                         *       "chainStatus": "pending",
                         *       "txHash": "string"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            chainStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            /** Format: date-time */
                            declaredAt: string;
                            declaredById: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            liftedAt: string | null;
                            liftReason: string | null;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            productName: string;
                            reason: string;
                            reasonHash: string;
                            /** @enum {string} */
                            status: "active" | "lifted";
                            txHash: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/recalls/{recallId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift an active recall, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    recallId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "string"
                     *     }
                     */
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *       "lotCode": "string",
                         *       "gtin": "string",
                         *       "productName": "string",
                         *       "reason": "string",
                         *       "reasonHash": "string",
                         *       "status": "active",
                         *       "declaredById": "72dad4b5-ff9c-4c49-a37a-f4898519aec9",
                         *       "declaredAt": "2019-08-24T14:15:22Z",
                         *       "liftedAt": "2019-08-24T14:15:22Z",
                         *       "liftReason": "string",
                         *       "chainStatus": "pending",
                         *       "txHash": "string"
                         *     }
                         */
                        "application/json": {
                            /** @enum {string} */
                            chainStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                            /** Format: date-time */
                            declaredAt: string;
                            declaredById: string | null;
                            gtin: string;
                            /** Format: uuid */
                            id: string;
                            liftedAt: string | null;
                            liftReason: string | null;
                            lotCode: string;
                            /** Format: uuid */
                            lotId: string;
                            productName: string;
                            reason: string;
                            reasonHash: string;
                            /** @enum {string} */
                            status: "active" | "lifted";
                            txHash: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/recalls/affecting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active recalls reaching the organisation's lots or lots it received (downstream through transformations, aggregations and custody) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "recall": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "gtin": "string",
                         *             "lotCode": "string",
                         *             "productName": "string",
                         *             "organisation": "string",
                         *             "reason": "string",
                         *             "declaredAt": "2019-08-24T14:15:22Z",
                         *             "chainStatus": "pending",
                         *             "own": true
                         *           },
                         *           "lot": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "gtin": "string",
                         *             "lotCode": "string",
                         *             "productName": "string",
                         *             "organisation": "string",
                         *             "relation": "owned"
                         *           },
                         *           "path": [
                         *             {
                         *               "gtin": "string",
                         *               "lotCode": "string",
                         *               "organisation": "string",
                         *               "identifier": "string",
                         *               "via": "transformation"
                         *             }
                         *           ],
                         *           "received": [
                         *             {
                         *               "from": "string",
                         *               "shippedAt": "2019-08-24T14:15:22Z",
                         *               "receivedAt": "2019-08-24T14:15:22Z",
                         *               "status": "pending"
                         *             }
                         *           ],
                         *           "lastLocation": {
                         *             "uri": "string",
                         *             "name": "string",
                         *             "seenAt": "2019-08-24T14:15:22Z"
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            items: {
                                lastLocation: {
                                    name: string | null;
                                    /** Format: date-time */
                                    seenAt: string;
                                    uri: string;
                                } | null;
                                lot: {
                                    gtin: string;
                                    /** Format: uuid */
                                    id: string;
                                    lotCode: string;
                                    organisation: string;
                                    productName: string;
                                    /** @enum {string} */
                                    relation: "owned" | "received";
                                };
                                path: {
                                    gtin: string | null;
                                    identifier: string | null;
                                    lotCode: string | null;
                                    organisation: string | null;
                                    via: ("transformation" | "aggregation") | null;
                                }[];
                                recall: {
                                    /** @enum {string} */
                                    chainStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                    /** Format: date-time */
                                    declaredAt: string;
                                    gtin: string;
                                    /** Format: uuid */
                                    id: string;
                                    lotCode: string;
                                    organisation: string;
                                    own: boolean;
                                    productName: string;
                                    reason: string;
                                };
                                received: {
                                    from: string;
                                    receivedAt: string | null;
                                    /** Format: date-time */
                                    shippedAt: string;
                                    /** @enum {string} */
                                    status: "pending" | "completed";
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incoming or outgoing custody transfers */
        get: {
            parameters: {
                query: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    cursor?: string;
                    /** @example incoming */
                    direction: "incoming" | "outgoing";
                    /** @example 50 */
                    limit?: number;
                    /** @example pending */
                    status?: "pending" | "completed" | "cancelled";
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *           "status": "pending",
                         *           "from": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "name": "string",
                         *             "gln": "string"
                         *           },
                         *           "to": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "name": "string",
                         *             "gln": "string"
                         *           },
                         *           "lot": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "lotCode": "string",
                         *             "gtin": "string",
                         *             "productName": "string"
                         *           },
                         *           "shipping": {
                         *             "eventHash": "string",
                         *             "eventTime": "2019-08-24T14:15:22Z"
                         *           },
                         *           "receiving": {
                         *             "eventHash": "string",
                         *             "eventTime": "2019-08-24T14:15:22Z"
                         *           },
                         *           "createdAt": "2019-08-24T14:15:22Z",
                         *           "completedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "53a4a333-2825-45a4-80d2-5f430d088f36"
                         *     }
                         */
                        "application/json": {
                            items: {
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    gln: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                lot: {
                                    gtin: string;
                                    /** Format: uuid */
                                    id: string;
                                    lotCode: string;
                                    productName: string;
                                };
                                receiving: {
                                    eventHash: string;
                                    /** Format: date-time */
                                    eventTime: string;
                                } | null;
                                shipping: {
                                    eventHash: string;
                                    /** Format: date-time */
                                    eventTime: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "completed" | "cancelled";
                                to: {
                                    gln: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/transfers/{transferId}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive an incoming transfer: records the receiving event, which completes it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    transferId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /** @example {} */
                    "application/json": {
                        bizLocation?: {
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            extension?: string;
                            gln: string;
                        } | {
                            /** Format: starts_with */
                            sgln: string;
                        };
                        disposition?: string;
                        documents?: string[];
                        /** Format: date-time */
                        eventTime?: string;
                        quantity?: {
                            unit?: string;
                            value: number;
                        };
                        readPoint?: {
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            extension?: string;
                            gln: string;
                        } | {
                            /** Format: starts_with */
                            sgln: string;
                        };
                        /** @enum {string} */
                        visibility?: "public" | "partners" | "private";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "transferId": "e240f72a-b0bc-4f57-ab86-5b78f1d8ea9b",
                         *       "event": {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "organizationId": "7bc05553-4b68-44e8-b7bc-37be63c6d9e9",
                         *         "eventHash": "string",
                         *         "leaf": "string",
                         *         "type": "string",
                         *         "action": "string",
                         *         "bizStep": "string",
                         *         "disposition": "string",
                         *         "eventTime": "2019-08-24T14:15:22Z",
                         *         "eventTimeZoneOffset": "string",
                         *         "recordTime": "2019-08-24T14:15:22Z",
                         *         "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06",
                         *         "captureId": "255ed88a-e063-46f6-943a-5ff3e0fe79ed",
                         *         "correctsEventHash": "string",
                         *         "visibility": "public",
                         *         "visibilityChanges": [
                         *           {
                         *             "changedAt": "2019-08-24T14:15:22Z",
                         *             "from": "public",
                         *             "to": "public",
                         *             "userId": "2c4a230c-5085-4924-a3e1-25fb4fc5965b",
                         *             "userName": "string",
                         *             "apiKeyId": "37ba0474-c0bb-4910-bfb5-d6cebb614366"
                         *           }
                         *         ],
                         *         "correctedBy": [
                         *           "string"
                         *         ],
                         *         "document": {
                         *           "property1": null,
                         *           "property2": null
                         *         },
                         *         "anchorStatus": "pending",
                         *         "anchor": {
                         *           "batchId": "5579c111-9c50-47e2-af92-f16d52e63189",
                         *           "failureReason": "string",
                         *           "root": "string",
                         *           "proof": [
                         *             "string"
                         *           ],
                         *           "txHash": "string",
                         *           "blockNumber": "string",
                         *           "blockHash": "string",
                         *           "anchoredAt": "2019-08-24T14:15:22Z"
                         *         },
                         *         "attachments": [
                         *           {
                         *             "sha256": "string",
                         *             "contentType": "string",
                         *             "size": -9007199254740991,
                         *             "fileName": "string"
                         *           }
                         *         ],
                         *         "identifiers": [
                         *           {
                         *             "role": "string",
                         *             "value": "string",
                         *             "lotId": "e8c5065f-4319-4b13-ad99-eb9182a42d06"
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            event: {
                                action: string | null;
                                anchor: {
                                    anchoredAt: string | null;
                                    /** Format: uuid */
                                    batchId: string;
                                    blockHash: string | null;
                                    blockNumber: string | null;
                                    failureReason: string | null;
                                    proof: string[];
                                    root: string;
                                    txHash: string | null;
                                } | null;
                                /** @enum {string} */
                                anchorStatus: "pending" | "submitted" | "anchored" | "final" | "failed";
                                attachments: {
                                    contentType: string;
                                    fileName: string | null;
                                    sha256: string;
                                    size: number;
                                }[];
                                bizStep: string | null;
                                captureId: string | null;
                                correctedBy: string[];
                                correctsEventHash: string | null;
                                disposition: string | null;
                                document: {
                                    [key: string]: unknown;
                                };
                                eventHash: string;
                                /** Format: date-time */
                                eventTime: string;
                                eventTimeZoneOffset: string;
                                /** Format: uuid */
                                id: string;
                                identifiers: {
                                    lotId: string | null;
                                    role: string;
                                    value: string;
                                }[];
                                leaf: string;
                                lotId: string | null;
                                /** Format: uuid */
                                organizationId: string;
                                /** Format: date-time */
                                recordTime: string;
                                type: string;
                                /** @enum {string} */
                                visibility: "public" | "partners" | "private";
                                visibilityChanges: {
                                    apiKeyId: string | null;
                                    /** Format: date-time */
                                    changedAt: string;
                                    /** @enum {string} */
                                    from: "public" | "partners" | "private";
                                    /** @enum {string} */
                                    to: "public" | "partners" | "private";
                                    userId: string | null;
                                    userName: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            transferId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who sees the organisation's events by default, overall and per business step */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "defaultVisibility": "public",
                         *       "bizStepVisibility": {
                         *         "accepting": "public"
                         *       }
                         *     }
                         */
                        "application/json": {
                            bizStepVisibility: {
                                [key: string]: "public" | "partners" | "private";
                            };
                            /** @enum {string} */
                            defaultVisibility: "public" | "partners" | "private";
                        };
                    };
                };
            };
        };
        /** Set the visibility defaults applied to events captured from now on */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "defaultVisibility": "public",
                     *       "bizStepVisibility": {
                     *         "accepting": "public"
                     *       }
                     *     }
                     */
                    "application/json": {
                        bizStepVisibility: {
                            [key: string]: "public" | "partners" | "private";
                        };
                        /** @enum {string} */
                        defaultVisibility: "public" | "partners" | "private";
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "defaultVisibility": "public",
                         *       "bizStepVisibility": {
                         *         "accepting": "public"
                         *       }
                         *     }
                         */
                        "application/json": {
                            bizStepVisibility: {
                                [key: string]: "public" | "partners" | "private";
                            };
                            /** @enum {string} */
                            defaultVisibility: "public" | "partners" | "private";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *         "url": "string",
                         *         "events": [
                         *           "string"
                         *         ],
                         *         "active": true,
                         *         "createdAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            url: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add a webhook (https to a public address); its signing secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "url": "string",
                     *       "events": [
                     *         "anchored"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        events: ("anchored" | "recalled" | "attested" | "recall.affects")[];
                        url: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "url": "string",
                         *       "events": [
                         *         "string"
                         *       ],
                         *       "active": true,
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "secret": "string"
                         *     }
                         */
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            secret: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook's URL, events or active flag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "url": "string",
                     *       "events": [
                     *         "anchored"
                     *       ],
                     *       "active": true
                     *     }
                     */
                    "application/json": {
                        active?: boolean;
                        events?: ("anchored" | "recalled" | "attested" | "recall.affects")[];
                        url?: string;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *       "url": "string",
                         *       "events": [
                         *         "string"
                         *       ],
                         *       "active": true,
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            events: string[];
                            /** Format: uuid */
                            id: string;
                            url: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/orgs/{orgId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook's delivery log, newest first: status, attempts, last answer, next attempt */
        get: {
            parameters: {
                query?: {
                    /** @example 1 */
                    cursor?: string;
                    /** @example 20 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "items": [
                         *         {
                         *           "id": "string",
                         *           "type": "string",
                         *           "status": "waiting",
                         *           "attempts": -9007199254740991,
                         *           "lastStatus": -9007199254740991,
                         *           "lastError": "string",
                         *           "nextAttemptAt": "2019-08-24T14:15:22Z",
                         *           "deliveredAt": "2019-08-24T14:15:22Z",
                         *           "createdAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "nextCursor": "string"
                         *     }
                         */
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                deliveredAt: string | null;
                                id: string;
                                lastError: string | null;
                                lastStatus: number | null;
                                nextAttemptAt: string | null;
                                /** @enum {string} */
                                status: "waiting" | "delivered" | "failing" | "given_up";
                                type: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivered or given-up delivery again (a new delivery with the same type and data) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 1 */
                    deliveryId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "string",
                         *       "type": "string",
                         *       "status": "waiting",
                         *       "attempts": -9007199254740991,
                         *       "lastStatus": -9007199254740991,
                         *       "lastError": "string",
                         *       "nextAttemptAt": "2019-08-24T14:15:22Z",
                         *       "deliveredAt": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                            id: string;
                            lastError: string | null;
                            lastStatus: number | null;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "delivered" | "failing" | "given_up";
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{orgId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed test delivery (type test) to the webhook; it appears in its delivery log */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    orgId: string;
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "id": "string",
                         *       "type": "string",
                         *       "status": "waiting",
                         *       "attempts": -9007199254740991,
                         *       "lastStatus": -9007199254740991,
                         *       "lastError": "string",
                         *       "nextAttemptAt": "2019-08-24T14:15:22Z",
                         *       "deliveredAt": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                            id: string;
                            lastError: string | null;
                            lastStatus: number | null;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "waiting" | "delivered" | "failing" | "given_up";
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/00/{sscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A logistic unit's public page
         * @description A logistic unit by its SSCC, no sign-in: its packer (the organisation that recorded the first event naming it), its contents, and its journey (the packer's events and those of organisations it shipped the contents to).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    sscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "sscc": "string",
                         *       "packer": {
                         *         "name": "string"
                         *       },
                         *       "contents": [
                         *         {
                         *           "id": "string",
                         *           "lot": {
                         *             "gtin": "string",
                         *             "lotCode": "string",
                         *             "productName": "string"
                         *           }
                         *         }
                         *       ],
                         *       "journey": [
                         *         {
                         *           "type": "string",
                         *           "action": "string",
                         *           "bizStep": "string",
                         *           "disposition": "string",
                         *           "eventTime": "string",
                         *           "eventTimeZoneOffset": "string",
                         *           "organization": {
                         *             "name": "string"
                         *           },
                         *           "location": {
                         *             "name": "string",
                         *             "city": "string",
                         *             "country": "string"
                         *           }
                         *         }
                         *       ],
                         *       "omitted": {
                         *         "contents": 0,
                         *         "journey": 0
                         *       }
                         *     }
                         */
                        "application/json": {
                            contents: {
                                id: string;
                                lot: {
                                    gtin: string;
                                    lotCode: string;
                                    productName: string;
                                } | null;
                            }[];
                            journey: {
                                action: string | null;
                                bizStep: string | null;
                                disposition: string | null;
                                eventTime: string;
                                eventTimeZoneOffset: string;
                                location: {
                                    city: string | null;
                                    country: string | null;
                                    name: string;
                                } | null;
                                organization: {
                                    name: string;
                                };
                                type: string;
                            }[];
                            /** @description How many contents and journey steps the page leaves out: it lists at most 200 of each (the latest steps). */
                            omitted: {
                                contents: number;
                                journey: number;
                            };
                            packer: {
                                name: string;
                            };
                            sscc: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's public page
         * @description A product by its GTIN (8, 12, 13 or 14 digits), no sign-in: its name, owner and the owner's lots that have a record (at least one event), newest first, at most 100.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "gtin": "string",
                         *       "name": "string",
                         *       "description": "string",
                         *       "category": "string",
                         *       "imageUrls": [
                         *         "string"
                         *       ],
                         *       "organization": {
                         *         "name": "string"
                         *       },
                         *       "lots": [
                         *         {
                         *           "lotCode": "string",
                         *           "productionDate": "0000-00-00",
                         *           "expiryDate": "0000-00-00",
                         *           "recalled": true
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            category: string | null;
                            description: string | null;
                            gtin: string;
                            imageUrls: string[];
                            lots: {
                                expiryDate: string | null;
                                lotCode: string;
                                productionDate: string | null;
                                recalled: boolean;
                            }[];
                            name: string;
                            organization: {
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}/10/{lot}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's public record
         * @description The public record of a lot or serial item by its GS1 Digital Link keys (the GTIN as
         *     8, 12, 13 or 14 digits), no sign-in: the SDK's `PublicRecord` that `verifyRecord` checks against the
         *     chain (the lot's events across organisations with their anchors, at most 1,000: the owner's latest first, then
         *     its partners' latest, and `omittedEvents` counts those left out; attestations; recall state), plus
         *     `display` for the consumer page. Without the Merkle proofs and disclosures that only Verify needs:
         *     those are at `GET /public/01/{gtin}/10/{lot}/proofs` (`verifyRecord({ record, proofs })`). Served from a stored copy while nothing it shows has
         *     changed (a recall shows at once), pre-compressed: brotli or gzip as `Accept-Encoding` prefers (406 when it
         *     accepts neither nor identity). Each encoding has its own strong `ETag`; `If-None-Match` gives 304.
         *     `Cache-Control: public, max-age=5, stale-while-revalidate=5`: a CDN may hold it, and a recall reaches
         *     every reader within 10 s.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                    /** @example string */
                    lot: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "chainId": 1,
                         *       "organisation": {
                         *         "id": "0x00000000000000000000000000000000",
                         *         "name": "string"
                         *       },
                         *       "product": {
                         *         "gtin": "string",
                         *         "lot": "string",
                         *         "serial": "string",
                         *         "name": "string"
                         *       },
                         *       "context": null,
                         *       "events": [
                         *         {
                         *           "eventHash": "string",
                         *           "leafVersion": 1,
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "disclosure": {
                         *             "salts": {
                         *               "property1": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *               "property2": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"
                         *             },
                         *             "withheld": {
                         *               "property1": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *               "property2": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             },
                         *             "eventHashSalt": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *             "eventHashCommitment": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           },
                         *           "hashVersion": 1,
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "hiddenSteps": [
                         *         {
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "date": "0000-00-00",
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "omittedEvents": {
                         *         "owner": 0,
                         *         "partners": 165
                         *       },
                         *       "attestations": [
                         *         {
                         *           "uid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "attester": "0x0000000000000000000000000000000000000000",
                         *           "subjectKind": "lot",
                         *           "subject": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "claim": "string",
                         *           "evidenceHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "expirationTime": "2019-08-24T14:15:22Z",
                         *           "delegation": {
                         *             "signature": "0x5ca1ab1e",
                         *             "nonce": "0",
                         *             "deadline": "0"
                         *           },
                         *           "proofPoint": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "evidence": [
                         *               {
                         *                 "sha256": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *               }
                         *             ]
                         *           },
                         *           "revokedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "recall": {
                         *         "recalled": true,
                         *         "declaredAt": "2019-08-24T14:15:22Z",
                         *         "inherited": [
                         *           {
                         *             "organisation": {
                         *               "id": "0x00000000000000000000000000000000",
                         *               "name": "string"
                         *             },
                         *             "gtin": "string",
                         *             "lot": "string",
                         *             "lotKey": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "declaredAt": "2019-08-24T14:15:22Z"
                         *           }
                         *         ]
                         *       },
                         *       "display": {
                         *         "product": {
                         *           "gtin": "string",
                         *           "name": "string",
                         *           "description": "string",
                         *           "imageUrls": [
                         *             "string"
                         *           ],
                         *           "category": "string"
                         *         },
                         *         "lot": {
                         *           "lotCode": "string",
                         *           "productionDate": "string",
                         *           "expiryDate": "string"
                         *         },
                         *         "serial": "string",
                         *         "organisations": [
                         *           {
                         *             "name": "string",
                         *             "role": "owner"
                         *           }
                         *         ],
                         *         "journey": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "eventHash": "string",
                         *             "eventTime": "string",
                         *             "eventTimeZoneOffset": "string",
                         *             "type": "string",
                         *             "action": "string",
                         *             "bizStep": "string",
                         *             "bizStepLabel": "string",
                         *             "disposition": "string",
                         *             "dispositionLabel": "string",
                         *             "organisation": "string",
                         *             "location": {
                         *               "gln": "string",
                         *               "name": "string",
                         *               "city": "string",
                         *               "country": "string",
                         *               "latitude": 0,
                         *               "longitude": 0,
                         *               "plot": {
                         *                 "type": "Point",
                         *                 "coordinates": [
                         *                   0,
                         *                   0
                         *                 ]
                         *               }
                         *             },
                         *             "anchored": true,
                         *             "correction": {
                         *               "declarationHash": "string",
                         *               "declaredAt": "string",
                         *               "errorReason": "string",
                         *               "reason": "string",
                         *               "correctiveEventHashes": [
                         *                 "string"
                         *               ]
                         *             },
                         *             "corrects": "string",
                         *             "withheld": [
                         *               "string"
                         *             ]
                         *           }
                         *         ],
                         *         "hiddenSteps": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "organisation": "string",
                         *             "date": "string",
                         *             "anchored": true,
                         *             "position": 0
                         *           }
                         *         ],
                         *         "locations": [
                         *           {
                         *             "gln": "string",
                         *             "name": "string",
                         *             "city": "string",
                         *             "country": "string",
                         *             "latitude": 0,
                         *             "longitude": 0,
                         *             "plot": {
                         *               "type": "Point",
                         *               "coordinates": [
                         *                 0,
                         *                 0
                         *               ]
                         *             }
                         *           }
                         *         ],
                         *         "recall": {
                         *           "recalled": true,
                         *           "reason": "string",
                         *           "declaredAt": "string",
                         *           "inherited": [
                         *             {
                         *               "productName": "string",
                         *               "gtin": "string",
                         *               "lot": "string",
                         *               "organisation": "string",
                         *               "reason": "string",
                         *               "declaredAt": "string"
                         *             }
                         *           ]
                         *         },
                         *         "attestations": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "auditorName": "string",
                         *             "claim": "string",
                         *             "expiresAt": "string",
                         *             "signedAt": "string",
                         *             "revokedAt": "string",
                         *             "proofPoint": {
                         *               "claim": "string",
                         *               "evidence": [
                         *                 {
                         *                   "sha256": "string",
                         *                   "fileName": "string",
                         *                   "contentType": "string",
                         *                   "size": -9007199254740991,
                         *                   "path": "string"
                         *                 }
                         *               ]
                         *             }
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            attestations: {
                                attester: string;
                                claim: string;
                                delegation?: {
                                    deadline: string;
                                    nonce: string;
                                    /** @example 0x5ca1ab1e */
                                    signature: string;
                                } | null;
                                evidenceHash: string;
                                expirationTime: string | null;
                                proofPoint?: {
                                    evidence: {
                                        sha256: string;
                                    }[];
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** Format: date-time */
                                revokedAt?: string;
                                subject: string;
                                /** @enum {string} */
                                subjectKind: "lot" | "event" | "batch";
                                uid: string | null;
                            }[];
                            chainId: number;
                            context?: unknown;
                            display: {
                                attestations: {
                                    auditorName: string | null;
                                    claim: string;
                                    expiresAt: string | null;
                                    index: number;
                                    proofPoint?: {
                                        claim: string;
                                        evidence: {
                                            contentType: string;
                                            fileName: string | null;
                                            path: string | null;
                                            sha256: string;
                                            size: number;
                                        }[];
                                    };
                                    revokedAt?: string;
                                    signedAt?: string;
                                }[];
                                hiddenSteps?: {
                                    anchored: boolean;
                                    date: string;
                                    index: number;
                                    organisation: string;
                                    position: number;
                                }[];
                                journey: {
                                    action: string | null;
                                    anchored: boolean;
                                    bizStep: string | null;
                                    bizStepLabel: string | null;
                                    correction: {
                                        correctiveEventHashes: string[];
                                        declarationHash: string;
                                        declaredAt: string;
                                        errorReason: string;
                                        reason: string | null;
                                    } | null;
                                    corrects: string | null;
                                    disposition: string | null;
                                    dispositionLabel: string | null;
                                    eventHash: string;
                                    eventTime: string;
                                    eventTimeZoneOffset: string;
                                    index: number;
                                    location: {
                                        city: string | null;
                                        country: string | null;
                                        gln: string | null;
                                        latitude: number | null;
                                        longitude: number | null;
                                        name: string;
                                        plot?: {
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                            /** @enum {string} */
                                            type: "Point";
                                        } | {
                                            coordinates: [
                                                number,
                                                number
                                            ][][];
                                            /** @enum {string} */
                                            type: "Polygon";
                                        };
                                    } | null;
                                    organisation: string;
                                    type: string;
                                    withheld?: string[];
                                }[];
                                locations: {
                                    city: string | null;
                                    country: string | null;
                                    gln: string | null;
                                    latitude: number | null;
                                    longitude: number | null;
                                    name: string;
                                    plot?: {
                                        coordinates: [
                                            number,
                                            number
                                        ];
                                        /** @enum {string} */
                                        type: "Point";
                                    } | {
                                        coordinates: [
                                            number,
                                            number
                                        ][][];
                                        /** @enum {string} */
                                        type: "Polygon";
                                    };
                                }[];
                                lot: {
                                    expiryDate: string | null;
                                    lotCode: string;
                                    productionDate: string | null;
                                };
                                organisations: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "owner" | "participant";
                                }[];
                                product: {
                                    category: string | null;
                                    description: string | null;
                                    gtin: string;
                                    imageUrls: string[];
                                    name: string;
                                };
                                recall: {
                                    declaredAt: string | null;
                                    inherited?: {
                                        declaredAt: string;
                                        gtin: string;
                                        lot: string;
                                        organisation: string;
                                        productName: string;
                                        reason: string;
                                    }[];
                                    reason: string | null;
                                    recalled: boolean;
                                };
                                serial: string | null;
                            };
                            events: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                disclosure?: {
                                    eventHashCommitment?: string;
                                    /** @example 0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6 */
                                    eventHashSalt?: string;
                                    salts: {
                                        [key: string]: string;
                                    };
                                    withheld: {
                                        [key: string]: string;
                                    };
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash?: string;
                                hashVersion?: 1 | 2;
                                leaf?: string;
                                leafVersion?: 1 | 2;
                                organisation?: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            hiddenSteps?: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                date: string;
                                leaf: string;
                                organisation: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            /**
                             * @description How many of the lot's events the record leaves out, by whose (both 0 when it shows them all). A record shows at most 1,000 events and hidden steps: the owner's latest first, then its partners' latest. Verify checks none of those left out, and the count is the server's word.
                             * @example {
                             *       "owner": 0,
                             *       "partners": 165
                             *     }
                             */
                            omittedEvents: {
                                /** @description The lot owner's events left out: its earliest. */
                                owner: number;
                                /** @description The events left out of the organisations the lot was shipped to: their earliest (all of them when the owner's fill the record). */
                                partners: number;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            product: {
                                gtin: string;
                                lot: string | null;
                                name?: string;
                                serial: string | null;
                            };
                            recall: {
                                declaredAt: string | null;
                                inherited?: {
                                    /** Format: date-time */
                                    declaredAt: string;
                                    gtin: string;
                                    lot: string;
                                    lotKey: string;
                                    organisation: {
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                recalled: boolean;
                            };
                        };
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}/10/{lot}/21/{serial}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's public record
         * @description The public record of a lot or serial item by its GS1 Digital Link keys (the GTIN as
         *     8, 12, 13 or 14 digits), no sign-in: the SDK's `PublicRecord` that `verifyRecord` checks against the
         *     chain (the lot's events across organisations with their anchors, at most 1,000: the owner's latest first, then
         *     its partners' latest, and `omittedEvents` counts those left out; attestations; recall state), plus
         *     `display` for the consumer page. Without the Merkle proofs and disclosures that only Verify needs:
         *     those are at `GET /public/01/{gtin}/10/{lot}/proofs` (`verifyRecord({ record, proofs })`). Served from a stored copy while nothing it shows has
         *     changed (a recall shows at once), pre-compressed: brotli or gzip as `Accept-Encoding` prefers (406 when it
         *     accepts neither nor identity). Each encoding has its own strong `ETag`; `If-None-Match` gives 304.
         *     `Cache-Control: public, max-age=5, stale-while-revalidate=5`: a CDN may hold it, and a recall reaches
         *     every reader within 10 s.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                    /** @example string */
                    lot: string;
                    /** @example string */
                    serial: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "chainId": 1,
                         *       "organisation": {
                         *         "id": "0x00000000000000000000000000000000",
                         *         "name": "string"
                         *       },
                         *       "product": {
                         *         "gtin": "string",
                         *         "lot": "string",
                         *         "serial": "string",
                         *         "name": "string"
                         *       },
                         *       "context": null,
                         *       "events": [
                         *         {
                         *           "eventHash": "string",
                         *           "leafVersion": 1,
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "disclosure": {
                         *             "salts": {
                         *               "property1": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *               "property2": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"
                         *             },
                         *             "withheld": {
                         *               "property1": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *               "property2": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             },
                         *             "eventHashSalt": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *             "eventHashCommitment": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           },
                         *           "hashVersion": 1,
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "hiddenSteps": [
                         *         {
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "date": "0000-00-00",
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "omittedEvents": {
                         *         "owner": 0,
                         *         "partners": 165
                         *       },
                         *       "attestations": [
                         *         {
                         *           "uid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "attester": "0x0000000000000000000000000000000000000000",
                         *           "subjectKind": "lot",
                         *           "subject": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "claim": "string",
                         *           "evidenceHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "expirationTime": "2019-08-24T14:15:22Z",
                         *           "delegation": {
                         *             "signature": "0x5ca1ab1e",
                         *             "nonce": "0",
                         *             "deadline": "0"
                         *           },
                         *           "proofPoint": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "evidence": [
                         *               {
                         *                 "sha256": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *               }
                         *             ]
                         *           },
                         *           "revokedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "recall": {
                         *         "recalled": true,
                         *         "declaredAt": "2019-08-24T14:15:22Z",
                         *         "inherited": [
                         *           {
                         *             "organisation": {
                         *               "id": "0x00000000000000000000000000000000",
                         *               "name": "string"
                         *             },
                         *             "gtin": "string",
                         *             "lot": "string",
                         *             "lotKey": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "declaredAt": "2019-08-24T14:15:22Z"
                         *           }
                         *         ]
                         *       },
                         *       "display": {
                         *         "product": {
                         *           "gtin": "string",
                         *           "name": "string",
                         *           "description": "string",
                         *           "imageUrls": [
                         *             "string"
                         *           ],
                         *           "category": "string"
                         *         },
                         *         "lot": {
                         *           "lotCode": "string",
                         *           "productionDate": "string",
                         *           "expiryDate": "string"
                         *         },
                         *         "serial": "string",
                         *         "organisations": [
                         *           {
                         *             "name": "string",
                         *             "role": "owner"
                         *           }
                         *         ],
                         *         "journey": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "eventHash": "string",
                         *             "eventTime": "string",
                         *             "eventTimeZoneOffset": "string",
                         *             "type": "string",
                         *             "action": "string",
                         *             "bizStep": "string",
                         *             "bizStepLabel": "string",
                         *             "disposition": "string",
                         *             "dispositionLabel": "string",
                         *             "organisation": "string",
                         *             "location": {
                         *               "gln": "string",
                         *               "name": "string",
                         *               "city": "string",
                         *               "country": "string",
                         *               "latitude": 0,
                         *               "longitude": 0,
                         *               "plot": {
                         *                 "type": "Point",
                         *                 "coordinates": [
                         *                   0,
                         *                   0
                         *                 ]
                         *               }
                         *             },
                         *             "anchored": true,
                         *             "correction": {
                         *               "declarationHash": "string",
                         *               "declaredAt": "string",
                         *               "errorReason": "string",
                         *               "reason": "string",
                         *               "correctiveEventHashes": [
                         *                 "string"
                         *               ]
                         *             },
                         *             "corrects": "string",
                         *             "withheld": [
                         *               "string"
                         *             ]
                         *           }
                         *         ],
                         *         "hiddenSteps": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "organisation": "string",
                         *             "date": "string",
                         *             "anchored": true,
                         *             "position": 0
                         *           }
                         *         ],
                         *         "locations": [
                         *           {
                         *             "gln": "string",
                         *             "name": "string",
                         *             "city": "string",
                         *             "country": "string",
                         *             "latitude": 0,
                         *             "longitude": 0,
                         *             "plot": {
                         *               "type": "Point",
                         *               "coordinates": [
                         *                 0,
                         *                 0
                         *               ]
                         *             }
                         *           }
                         *         ],
                         *         "recall": {
                         *           "recalled": true,
                         *           "reason": "string",
                         *           "declaredAt": "string",
                         *           "inherited": [
                         *             {
                         *               "productName": "string",
                         *               "gtin": "string",
                         *               "lot": "string",
                         *               "organisation": "string",
                         *               "reason": "string",
                         *               "declaredAt": "string"
                         *             }
                         *           ]
                         *         },
                         *         "attestations": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "auditorName": "string",
                         *             "claim": "string",
                         *             "expiresAt": "string",
                         *             "signedAt": "string",
                         *             "revokedAt": "string",
                         *             "proofPoint": {
                         *               "claim": "string",
                         *               "evidence": [
                         *                 {
                         *                   "sha256": "string",
                         *                   "fileName": "string",
                         *                   "contentType": "string",
                         *                   "size": -9007199254740991,
                         *                   "path": "string"
                         *                 }
                         *               ]
                         *             }
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            attestations: {
                                attester: string;
                                claim: string;
                                delegation?: {
                                    deadline: string;
                                    nonce: string;
                                    /** @example 0x5ca1ab1e */
                                    signature: string;
                                } | null;
                                evidenceHash: string;
                                expirationTime: string | null;
                                proofPoint?: {
                                    evidence: {
                                        sha256: string;
                                    }[];
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** Format: date-time */
                                revokedAt?: string;
                                subject: string;
                                /** @enum {string} */
                                subjectKind: "lot" | "event" | "batch";
                                uid: string | null;
                            }[];
                            chainId: number;
                            context?: unknown;
                            display: {
                                attestations: {
                                    auditorName: string | null;
                                    claim: string;
                                    expiresAt: string | null;
                                    index: number;
                                    proofPoint?: {
                                        claim: string;
                                        evidence: {
                                            contentType: string;
                                            fileName: string | null;
                                            path: string | null;
                                            sha256: string;
                                            size: number;
                                        }[];
                                    };
                                    revokedAt?: string;
                                    signedAt?: string;
                                }[];
                                hiddenSteps?: {
                                    anchored: boolean;
                                    date: string;
                                    index: number;
                                    organisation: string;
                                    position: number;
                                }[];
                                journey: {
                                    action: string | null;
                                    anchored: boolean;
                                    bizStep: string | null;
                                    bizStepLabel: string | null;
                                    correction: {
                                        correctiveEventHashes: string[];
                                        declarationHash: string;
                                        declaredAt: string;
                                        errorReason: string;
                                        reason: string | null;
                                    } | null;
                                    corrects: string | null;
                                    disposition: string | null;
                                    dispositionLabel: string | null;
                                    eventHash: string;
                                    eventTime: string;
                                    eventTimeZoneOffset: string;
                                    index: number;
                                    location: {
                                        city: string | null;
                                        country: string | null;
                                        gln: string | null;
                                        latitude: number | null;
                                        longitude: number | null;
                                        name: string;
                                        plot?: {
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                            /** @enum {string} */
                                            type: "Point";
                                        } | {
                                            coordinates: [
                                                number,
                                                number
                                            ][][];
                                            /** @enum {string} */
                                            type: "Polygon";
                                        };
                                    } | null;
                                    organisation: string;
                                    type: string;
                                    withheld?: string[];
                                }[];
                                locations: {
                                    city: string | null;
                                    country: string | null;
                                    gln: string | null;
                                    latitude: number | null;
                                    longitude: number | null;
                                    name: string;
                                    plot?: {
                                        coordinates: [
                                            number,
                                            number
                                        ];
                                        /** @enum {string} */
                                        type: "Point";
                                    } | {
                                        coordinates: [
                                            number,
                                            number
                                        ][][];
                                        /** @enum {string} */
                                        type: "Polygon";
                                    };
                                }[];
                                lot: {
                                    expiryDate: string | null;
                                    lotCode: string;
                                    productionDate: string | null;
                                };
                                organisations: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "owner" | "participant";
                                }[];
                                product: {
                                    category: string | null;
                                    description: string | null;
                                    gtin: string;
                                    imageUrls: string[];
                                    name: string;
                                };
                                recall: {
                                    declaredAt: string | null;
                                    inherited?: {
                                        declaredAt: string;
                                        gtin: string;
                                        lot: string;
                                        organisation: string;
                                        productName: string;
                                        reason: string;
                                    }[];
                                    reason: string | null;
                                    recalled: boolean;
                                };
                                serial: string | null;
                            };
                            events: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                disclosure?: {
                                    eventHashCommitment?: string;
                                    /** @example 0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6 */
                                    eventHashSalt?: string;
                                    salts: {
                                        [key: string]: string;
                                    };
                                    withheld: {
                                        [key: string]: string;
                                    };
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash?: string;
                                hashVersion?: 1 | 2;
                                leaf?: string;
                                leafVersion?: 1 | 2;
                                organisation?: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            hiddenSteps?: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                date: string;
                                leaf: string;
                                organisation: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            /**
                             * @description How many of the lot's events the record leaves out, by whose (both 0 when it shows them all). A record shows at most 1,000 events and hidden steps: the owner's latest first, then its partners' latest. Verify checks none of those left out, and the count is the server's word.
                             * @example {
                             *       "owner": 0,
                             *       "partners": 165
                             *     }
                             */
                            omittedEvents: {
                                /** @description The lot owner's events left out: its earliest. */
                                owner: number;
                                /** @description The events left out of the organisations the lot was shipped to: their earliest (all of them when the owner's fill the record). */
                                partners: number;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            product: {
                                gtin: string;
                                lot: string | null;
                                name?: string;
                                serial: string | null;
                            };
                            recall: {
                                declaredAt: string | null;
                                inherited?: {
                                    /** Format: date-time */
                                    declaredAt: string;
                                    gtin: string;
                                    lot: string;
                                    lotKey: string;
                                    organisation: {
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                recalled: boolean;
                            };
                        };
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}/10/{lot}/proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Merkle proofs and disclosures of a lot's public record
         * @description What only Verify needs of a lot's public record, which is served without it, no sign-in:
         *     the SDK's `PublicRecordProofs` (per anchored leaf, its Merkle proof and a version-2 event's disclosure),
         *     for `verifyRecord({ record, proofs })`. The same for the lot and its serial items. Built and stored with
         *     the record, pre-compressed, with its own strong `ETag` per encoding (`If-None-Match` gives 304) and
         *     the record's `Cache-Control`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                    /** @example string */
                    lot: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "leaves": {
                         *         "0x6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a": {
                         *           "proof": [
                         *             "0x1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f",
                         *             "0xc4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4"
                         *           ]
                         *         },
                         *         "0xb2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2": {
                         *           "proof": [
                         *             "0x3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d"
                         *           ],
                         *           "disclosure": {
                         *             "salts": {
                         *               "what": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"
                         *             },
                         *             "withheld": {
                         *               "quantities": "0x9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e9e"
                         *             },
                         *             "eventHashCommitment": "0x4747474747474747474747474747474747474747474747474747474747474747"
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            leaves: {
                                [key: string]: {
                                    disclosure?: {
                                        eventHashCommitment?: string;
                                        /** @example 0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6 */
                                        eventHashSalt?: string;
                                        salts: {
                                            [key: string]: string;
                                        };
                                        withheld: {
                                            [key: string]: string;
                                        };
                                    };
                                    proof?: string[];
                                };
                            };
                        };
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}/10/{lot}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a view of a lot's consumer page
         * @description Adds one to the lot's page views of the current UTC day (its brand's scan counts). No sign-in and no body; nothing about the visitor is stored. 404 for an unknown lot.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                    /** @example string */
                    lot: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Counted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/01/{gtin}/21/{serial}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A serial item's public record, without its lot
         * @description The public record of a lot or serial item by its GS1 Digital Link keys (the GTIN as
         *     8, 12, 13 or 14 digits), no sign-in: the SDK's `PublicRecord` that `verifyRecord` checks against the
         *     chain (the lot's events across organisations with their anchors, at most 1,000: the owner's latest first, then
         *     its partners' latest, and `omittedEvents` counts those left out; attestations; recall state), plus
         *     `display` for the consumer page. Without the Merkle proofs and disclosures that only Verify needs:
         *     those are at `GET /public/01/{gtin}/10/{lot}/proofs` (`verifyRecord({ record, proofs })`). Served from a stored copy while nothing it shows has
         *     changed (a recall shows at once), pre-compressed: brotli or gzip as `Accept-Encoding` prefers (406 when it
         *     accepts neither nor identity). Each encoding has its own strong `ETag`; `If-None-Match` gives 304.
         *     `Cache-Control: public, max-age=5, stale-while-revalidate=5`: a CDN may hold it, and a recall reaches
         *     every reader within 10 s.
         *
         *     The serial item is found by GTIN and serial alone; the record is its lot's.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gtin: string;
                    /** @example string */
                    serial: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "chainId": 1,
                         *       "organisation": {
                         *         "id": "0x00000000000000000000000000000000",
                         *         "name": "string"
                         *       },
                         *       "product": {
                         *         "gtin": "string",
                         *         "lot": "string",
                         *         "serial": "string",
                         *         "name": "string"
                         *       },
                         *       "context": null,
                         *       "events": [
                         *         {
                         *           "eventHash": "string",
                         *           "leafVersion": 1,
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "disclosure": {
                         *             "salts": {
                         *               "property1": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *               "property2": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6"
                         *             },
                         *             "withheld": {
                         *               "property1": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *               "property2": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             },
                         *             "eventHashSalt": "0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6",
                         *             "eventHashCommitment": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           },
                         *           "hashVersion": 1,
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "event": {
                         *             "property1": null,
                         *             "property2": null
                         *           },
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "hiddenSteps": [
                         *         {
                         *           "organisation": {
                         *             "id": "0x00000000000000000000000000000000",
                         *             "name": "string"
                         *           },
                         *           "date": "0000-00-00",
                         *           "leaf": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "anchor": {
                         *             "type": "batch",
                         *             "root": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "proof": [
                         *               "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *             ],
                         *             "blockNumber": 0,
                         *             "anchoredAt": "2019-08-24T14:15:22Z",
                         *             "transactionHash": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *           }
                         *         }
                         *       ],
                         *       "omittedEvents": {
                         *         "owner": 0,
                         *         "partners": 165
                         *       },
                         *       "attestations": [
                         *         {
                         *           "uid": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "attester": "0x0000000000000000000000000000000000000000",
                         *           "subjectKind": "lot",
                         *           "subject": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "claim": "string",
                         *           "evidenceHash": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *           "expirationTime": "2019-08-24T14:15:22Z",
                         *           "delegation": {
                         *             "signature": "0x5ca1ab1e",
                         *             "nonce": "0",
                         *             "deadline": "0"
                         *           },
                         *           "proofPoint": {
                         *             "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                         *             "evidence": [
                         *               {
                         *                 "sha256": "0x0000000000000000000000000000000000000000000000000000000000000000"
                         *               }
                         *             ]
                         *           },
                         *           "revokedAt": "2019-08-24T14:15:22Z"
                         *         }
                         *       ],
                         *       "recall": {
                         *         "recalled": true,
                         *         "declaredAt": "2019-08-24T14:15:22Z",
                         *         "inherited": [
                         *           {
                         *             "organisation": {
                         *               "id": "0x00000000000000000000000000000000",
                         *               "name": "string"
                         *             },
                         *             "gtin": "string",
                         *             "lot": "string",
                         *             "lotKey": "0x0000000000000000000000000000000000000000000000000000000000000000",
                         *             "declaredAt": "2019-08-24T14:15:22Z"
                         *           }
                         *         ]
                         *       },
                         *       "display": {
                         *         "product": {
                         *           "gtin": "string",
                         *           "name": "string",
                         *           "description": "string",
                         *           "imageUrls": [
                         *             "string"
                         *           ],
                         *           "category": "string"
                         *         },
                         *         "lot": {
                         *           "lotCode": "string",
                         *           "productionDate": "string",
                         *           "expiryDate": "string"
                         *         },
                         *         "serial": "string",
                         *         "organisations": [
                         *           {
                         *             "name": "string",
                         *             "role": "owner"
                         *           }
                         *         ],
                         *         "journey": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "eventHash": "string",
                         *             "eventTime": "string",
                         *             "eventTimeZoneOffset": "string",
                         *             "type": "string",
                         *             "action": "string",
                         *             "bizStep": "string",
                         *             "bizStepLabel": "string",
                         *             "disposition": "string",
                         *             "dispositionLabel": "string",
                         *             "organisation": "string",
                         *             "location": {
                         *               "gln": "string",
                         *               "name": "string",
                         *               "city": "string",
                         *               "country": "string",
                         *               "latitude": 0,
                         *               "longitude": 0,
                         *               "plot": {
                         *                 "type": "Point",
                         *                 "coordinates": [
                         *                   0,
                         *                   0
                         *                 ]
                         *               }
                         *             },
                         *             "anchored": true,
                         *             "correction": {
                         *               "declarationHash": "string",
                         *               "declaredAt": "string",
                         *               "errorReason": "string",
                         *               "reason": "string",
                         *               "correctiveEventHashes": [
                         *                 "string"
                         *               ]
                         *             },
                         *             "corrects": "string",
                         *             "withheld": [
                         *               "string"
                         *             ]
                         *           }
                         *         ],
                         *         "hiddenSteps": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "organisation": "string",
                         *             "date": "string",
                         *             "anchored": true,
                         *             "position": 0
                         *           }
                         *         ],
                         *         "locations": [
                         *           {
                         *             "gln": "string",
                         *             "name": "string",
                         *             "city": "string",
                         *             "country": "string",
                         *             "latitude": 0,
                         *             "longitude": 0,
                         *             "plot": {
                         *               "type": "Point",
                         *               "coordinates": [
                         *                 0,
                         *                 0
                         *               ]
                         *             }
                         *           }
                         *         ],
                         *         "recall": {
                         *           "recalled": true,
                         *           "reason": "string",
                         *           "declaredAt": "string",
                         *           "inherited": [
                         *             {
                         *               "productName": "string",
                         *               "gtin": "string",
                         *               "lot": "string",
                         *               "organisation": "string",
                         *               "reason": "string",
                         *               "declaredAt": "string"
                         *             }
                         *           ]
                         *         },
                         *         "attestations": [
                         *           {
                         *             "index": -9007199254740991,
                         *             "auditorName": "string",
                         *             "claim": "string",
                         *             "expiresAt": "string",
                         *             "signedAt": "string",
                         *             "revokedAt": "string",
                         *             "proofPoint": {
                         *               "claim": "string",
                         *               "evidence": [
                         *                 {
                         *                   "sha256": "string",
                         *                   "fileName": "string",
                         *                   "contentType": "string",
                         *                   "size": -9007199254740991,
                         *                   "path": "string"
                         *                 }
                         *               ]
                         *             }
                         *           }
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            attestations: {
                                attester: string;
                                claim: string;
                                delegation?: {
                                    deadline: string;
                                    nonce: string;
                                    /** @example 0x5ca1ab1e */
                                    signature: string;
                                } | null;
                                evidenceHash: string;
                                expirationTime: string | null;
                                proofPoint?: {
                                    evidence: {
                                        sha256: string;
                                    }[];
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** Format: date-time */
                                revokedAt?: string;
                                subject: string;
                                /** @enum {string} */
                                subjectKind: "lot" | "event" | "batch";
                                uid: string | null;
                            }[];
                            chainId: number;
                            context?: unknown;
                            display: {
                                attestations: {
                                    auditorName: string | null;
                                    claim: string;
                                    expiresAt: string | null;
                                    index: number;
                                    proofPoint?: {
                                        claim: string;
                                        evidence: {
                                            contentType: string;
                                            fileName: string | null;
                                            path: string | null;
                                            sha256: string;
                                            size: number;
                                        }[];
                                    };
                                    revokedAt?: string;
                                    signedAt?: string;
                                }[];
                                hiddenSteps?: {
                                    anchored: boolean;
                                    date: string;
                                    index: number;
                                    organisation: string;
                                    position: number;
                                }[];
                                journey: {
                                    action: string | null;
                                    anchored: boolean;
                                    bizStep: string | null;
                                    bizStepLabel: string | null;
                                    correction: {
                                        correctiveEventHashes: string[];
                                        declarationHash: string;
                                        declaredAt: string;
                                        errorReason: string;
                                        reason: string | null;
                                    } | null;
                                    corrects: string | null;
                                    disposition: string | null;
                                    dispositionLabel: string | null;
                                    eventHash: string;
                                    eventTime: string;
                                    eventTimeZoneOffset: string;
                                    index: number;
                                    location: {
                                        city: string | null;
                                        country: string | null;
                                        gln: string | null;
                                        latitude: number | null;
                                        longitude: number | null;
                                        name: string;
                                        plot?: {
                                            coordinates: [
                                                number,
                                                number
                                            ];
                                            /** @enum {string} */
                                            type: "Point";
                                        } | {
                                            coordinates: [
                                                number,
                                                number
                                            ][][];
                                            /** @enum {string} */
                                            type: "Polygon";
                                        };
                                    } | null;
                                    organisation: string;
                                    type: string;
                                    withheld?: string[];
                                }[];
                                locations: {
                                    city: string | null;
                                    country: string | null;
                                    gln: string | null;
                                    latitude: number | null;
                                    longitude: number | null;
                                    name: string;
                                    plot?: {
                                        coordinates: [
                                            number,
                                            number
                                        ];
                                        /** @enum {string} */
                                        type: "Point";
                                    } | {
                                        coordinates: [
                                            number,
                                            number
                                        ][][];
                                        /** @enum {string} */
                                        type: "Polygon";
                                    };
                                }[];
                                lot: {
                                    expiryDate: string | null;
                                    lotCode: string;
                                    productionDate: string | null;
                                };
                                organisations: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "owner" | "participant";
                                }[];
                                product: {
                                    category: string | null;
                                    description: string | null;
                                    gtin: string;
                                    imageUrls: string[];
                                    name: string;
                                };
                                recall: {
                                    declaredAt: string | null;
                                    inherited?: {
                                        declaredAt: string;
                                        gtin: string;
                                        lot: string;
                                        organisation: string;
                                        productName: string;
                                        reason: string;
                                    }[];
                                    reason: string | null;
                                    recalled: boolean;
                                };
                                serial: string | null;
                            };
                            events: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                disclosure?: {
                                    eventHashCommitment?: string;
                                    /** @example 0x8f3a61c2d94b07e5a1c6f0b2d3e4a5b6 */
                                    eventHashSalt?: string;
                                    salts: {
                                        [key: string]: string;
                                    };
                                    withheld: {
                                        [key: string]: string;
                                    };
                                };
                                event: {
                                    [key: string]: unknown;
                                };
                                eventHash?: string;
                                hashVersion?: 1 | 2;
                                leaf?: string;
                                leafVersion?: 1 | 2;
                                organisation?: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            hiddenSteps?: {
                                anchor: ({
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    proof?: string[];
                                    root: string;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "batch";
                                } | {
                                    /** Format: date-time */
                                    anchoredAt: string;
                                    blockNumber: number;
                                    transactionHash?: string;
                                    /** @enum {string} */
                                    type: "event";
                                }) | null;
                                date: string;
                                leaf: string;
                                organisation: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            /**
                             * @description How many of the lot's events the record leaves out, by whose (both 0 when it shows them all). A record shows at most 1,000 events and hidden steps: the owner's latest first, then its partners' latest. Verify checks none of those left out, and the count is the server's word.
                             * @example {
                             *       "owner": 0,
                             *       "partners": 165
                             *     }
                             */
                            omittedEvents: {
                                /** @description The lot owner's events left out: its earliest. */
                                owner: number;
                                /** @description The events left out of the organisations the lot was shipped to: their earliest (all of them when the owner's fill the record). */
                                partners: number;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            product: {
                                gtin: string;
                                lot: string | null;
                                name?: string;
                                serial: string | null;
                            };
                            recall: {
                                declaredAt: string | null;
                                inherited?: {
                                    /** Format: date-time */
                                    declaredAt: string;
                                    gtin: string;
                                    lot: string;
                                    lotKey: string;
                                    organisation: {
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                recalled: boolean;
                            };
                        };
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/414/{gln}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A location's public page
         * @description A location by its GLN, no sign-in: name, city, region, country and coordinates (never street or postal code) as registered, with the registering organisation's name.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    gln: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "gln": "string",
                         *       "vouched": true,
                         *       "locations": [
                         *         {
                         *           "name": "string",
                         *           "city": "string",
                         *           "country": "string",
                         *           "region": "string",
                         *           "latitude": 0,
                         *           "longitude": 0,
                         *           "organization": {
                         *             "name": "string"
                         *           }
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            gln: string;
                            locations: {
                                city: string | null;
                                country: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                name: string;
                                organization: {
                                    name: string;
                                };
                                region: string | null;
                            }[];
                            vouched: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/proof-points/{proofPointId}/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a public evidence document of an attested proof point */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example 497f6eca-6276-4993-bfeb-53cbbbba6f08 */
                    proofPointId: string;
                    /** @example 0000000000000000000000000000000000000000000000000000000000000000 */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The evidence, in the content type it was uploaded with */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /** @example <bytes> */
                        "*/*": Blob;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the organisation's named queries */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "name": "string",
                         *         "query": {
                         *           "EQ_bizStep": [
                         *             "shipping"
                         *           ]
                         *         }
                         *       }
                         *     ]
                         */
                        "application/json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        }[];
                        /**
                         * @example [
                         *       {
                         *         "name": "string",
                         *         "query": {
                         *           "EQ_bizStep": [
                         *             "shipping"
                         *           ]
                         *         }
                         *       }
                         *     ]
                         */
                        "application/ld+json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** EPCIS 2.0: store a named query (`{ name, query }`, the query as SimpleEventQuery parameters) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": null,
                     *       "query": null
                     *     }
                     */
                    "application/json": {
                        name: unknown;
                        query: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Stored (`Location` is its URL) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "name": "string",
                         *       "query": {
                         *         "EQ_bizStep": [
                         *           "shipping"
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "name": "string",
                         *       "query": {
                         *         "EQ_bizStep": [
                         *           "shipping"
                         *         ]
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        /** EPCIS 2.0 discovery: named queries */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queries/{queryName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: a named query's definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The query */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "name": "string",
                         *       "query": {
                         *         "EQ_bizStep": [
                         *           "shipping"
                         *         ]
                         *       }
                         *     }
                         */
                        "application/json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "name": "string",
                         *       "query": {
                         *         "EQ_bizStep": [
                         *           "shipping"
                         *         ]
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            name: string;
                            /**
                             * @example {
                             *       "EQ_bizStep": [
                             *         "shipping"
                             *       ]
                             *     }
                             */
                            query: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** EPCIS 2.0: remove a named query */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Removed, with its subscriptions */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** EPCIS 2.0 discovery: a named query */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queries/{queryName}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the events of a named query (an EPCISQueryDocument; perPage and nextPageToken page it) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: a named query's events (and WebSocket subscriptions) */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queries/{queryName}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: a named query's subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its subscriptions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example [
                         *       {
                         *         "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *         "queryName": "string",
                         *         "dest": "string",
                         *         "schedule": {
                         *           "second": "string",
                         *           "minute": "string",
                         *           "hour": "string",
                         *           "dayOfMonth": "string",
                         *           "month": "string",
                         *           "dayOfWeek": "string"
                         *         },
                         *         "reportIfEmpty": true,
                         *         "stream": true,
                         *         "initialRecordTime": "2019-08-24T14:15:22Z",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        }[];
                        /**
                         * @example [
                         *       {
                         *         "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *         "queryName": "string",
                         *         "dest": "string",
                         *         "schedule": {
                         *           "second": "string",
                         *           "minute": "string",
                         *           "hour": "string",
                         *           "dayOfMonth": "string",
                         *           "month": "string",
                         *           "dayOfWeek": "string"
                         *         },
                         *         "reportIfEmpty": true,
                         *         "stream": true,
                         *         "initialRecordTime": "2019-08-24T14:15:22Z",
                         *         "createdAt": "2019-08-24T14:15:22Z",
                         *         "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *       }
                         *     ]
                         */
                        "application/ld+json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** EPCIS 2.0: subscribe to a named query's new events by webhook (stream: true, or a schedule) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "dest": null,
                     *       "signatureToken": null,
                     *       "stream": null,
                     *       "schedule": null,
                     *       "reportIfEmpty": null,
                     *       "initialRecordTime": null
                     *     }
                     */
                    "application/json": {
                        dest: unknown;
                        initialRecordTime?: unknown;
                        reportIfEmpty?: unknown;
                        schedule?: unknown;
                        signatureToken?: unknown;
                        stream?: unknown;
                    };
                };
            };
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Subscribed (`Location` is its URL) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *       "queryName": "string",
                         *       "dest": "string",
                         *       "schedule": {
                         *         "second": "string",
                         *         "minute": "string",
                         *         "hour": "string",
                         *         "dayOfMonth": "string",
                         *         "month": "string",
                         *         "dayOfWeek": "string"
                         *       },
                         *       "reportIfEmpty": true,
                         *       "stream": true,
                         *       "initialRecordTime": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        };
                        /**
                         * @example {
                         *       "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *       "queryName": "string",
                         *       "dest": "string",
                         *       "schedule": {
                         *         "second": "string",
                         *         "minute": "string",
                         *         "hour": "string",
                         *         "dayOfMonth": "string",
                         *         "month": "string",
                         *         "dayOfWeek": "string"
                         *       },
                         *       "reportIfEmpty": true,
                         *       "stream": true,
                         *       "initialRecordTime": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/ld+json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        /** EPCIS 2.0 discovery: a named query's subscriptions */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queries/{queryName}/subscriptions/{subscriptionID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one subscription */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                    /** @example string */
                    subscriptionID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The subscription */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *       "queryName": "string",
                         *       "dest": "string",
                         *       "schedule": {
                         *         "second": "string",
                         *         "minute": "string",
                         *         "hour": "string",
                         *         "dayOfMonth": "string",
                         *         "month": "string",
                         *         "dayOfWeek": "string"
                         *       },
                         *       "reportIfEmpty": true,
                         *       "stream": true,
                         *       "initialRecordTime": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        };
                        /**
                         * @example {
                         *       "subscriptionID": "d0dd68eb-7e97-448c-b361-f7a7213dc7e2",
                         *       "queryName": "string",
                         *       "dest": "string",
                         *       "schedule": {
                         *         "second": "string",
                         *         "minute": "string",
                         *         "hour": "string",
                         *         "dayOfMonth": "string",
                         *         "month": "string",
                         *         "dayOfWeek": "string"
                         *       },
                         *       "reportIfEmpty": true,
                         *       "stream": true,
                         *       "initialRecordTime": "2019-08-24T14:15:22Z",
                         *       "createdAt": "2019-08-24T14:15:22Z",
                         *       "lastNotifiedAt": "2019-08-24T14:15:22Z"
                         *     }
                         */
                        "application/ld+json": {
                            /** Format: date-time */
                            createdAt: string;
                            dest: string;
                            /** Format: date-time */
                            initialRecordTime: string;
                            /** Format: date-time */
                            lastNotifiedAt?: string;
                            queryName: string;
                            reportIfEmpty?: boolean;
                            schedule?: {
                                dayOfMonth?: string;
                                dayOfWeek?: string;
                                hour?: string;
                                minute?: string;
                                month?: string;
                                second?: string;
                            };
                            /** @enum {boolean} */
                            stream?: true;
                            /** Format: uuid */
                            subscriptionID: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** EPCIS 2.0: unsubscribe */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                    /** @example string */
                    subscriptionID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Unsubscribed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** EPCIS 2.0 discovery: one subscription (GS1-Query-Min-Record-Time: events recorded before it are not reported) */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    queryName: string;
                    /** @example string */
                    subscriptionID: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readPoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: the readPoints of the organisation's events (and, for CBV vocabularies, the standard's) */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    nextPageToken?: string;
                    /** @example 30 */
                    perPage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description A page of them (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the readPoints */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readPoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EPCIS 2.0: one of the readPoints' sub-resources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Its sub-resources */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                        /**
                         * @example {
                         *       "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                         *       "type": "Collection",
                         *       "member": [
                         *         "events"
                         *       ]
                         *     }
                         */
                        "application/ld+json": {
                            /** @example https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld */
                            "@context": string;
                            /**
                             * @example [
                             *       "events"
                             *     ]
                             */
                            member: string[];
                            /** @enum {string} */
                            type: "Collection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: one of the readPoints */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readPoints/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * EPCIS 2.0: the events of one of the readPoints
         * @description EPCIS 2.0 SimpleEventQuery parameters in the query string (list values separated by `|`):
         *     eventType, GE_/LT_eventTime, GE_/LT_recordTime, EQ_action, EQ_bizStep, EQ_disposition, EQ_/WD_readPoint,
         *     EQ_/WD_bizLocation, MATCH_*, EQ_eventID, EQ_bizTransaction_{type}, EQ_source_{type}, EQ_destination_{type},
         *     EQ_ILMD_{field}, orderBy (eventTime, recordTime), orderDirection, eventCountLimit, maxEventCount; paging with
         *     `perPage` (default 30, at most 500) and `nextPageToken` from the `Link: <…>; rel="next"` header. Identifiers
         *     are accepted as EPC URIs or GS1 Digital Links. WD_ finds a GLN's site and every sub-location of it (its
         *     GLN extensions). Answers an EPCISQueryDocument (application/json, or application/ld+json when asked).
         */
        get: {
            parameters: {
                query?: {
                    /** @example string */
                    additionalProperties?: string | string[];
                    /** @example string */
                    propertyNames?: string;
                    /**
                     * @description Query parameters, as the operation's description lists them.
                     * @example {
                     *       "property1": "string",
                     *       "property2": "string"
                     *     }
                     */
                    query?: {
                        [key: string]: string | string[];
                    };
                };
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description The events, a page at a time (`Link` names the next) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                        /**
                         * @example {
                         *       "@context": [
                         *         "string"
                         *       ],
                         *       "type": "EPCISQueryDocument",
                         *       "schemaVersion": "2.0",
                         *       "creationDate": "2019-08-24T14:15:22Z",
                         *       "epcisBody": {
                         *         "queryResults": {
                         *           "queryName": "string",
                         *           "subscriptionID": "string",
                         *           "resultsBody": {
                         *             "eventList": [
                         *               {
                         *                 "type": "ObjectEvent",
                         *                 "eventID": "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
                         *                 "eventTime": "2026-03-01T08:00:00.000Z",
                         *                 "eventTimeZoneOffset": "+00:00",
                         *                 "action": "OBSERVE",
                         *                 "bizStep": "shipping",
                         *                 "epcList": [
                         *                   "urn:epc:id:sgtin:4012345.011111.1"
                         *                 ]
                         *               }
                         *             ]
                         *           }
                         *         }
                         *       }
                         *     }
                         */
                        "application/ld+json": {
                            "@context": string[];
                            /** Format: date-time */
                            creationDate: string;
                            epcisBody: {
                                queryResults: {
                                    queryName: string;
                                    resultsBody: {
                                        eventList: {
                                            [key: string]: unknown;
                                        }[];
                                    };
                                    subscriptionID?: string;
                                };
                            };
                            /** @enum {string} */
                            schemaVersion: "2.0";
                            /** @enum {string} */
                            type: "EPCISQueryDocument";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** EPCIS 2.0 discovery: the events of one of the readPoints */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example string */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Supported: `Allow` and the GS1 version headers say what */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this instance accepts traffic */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                "4XX": components["responses"]["Problem"];
                "5XX": components["responses"]["Problem"];
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ready",
                         *       "reason": "string"
                         *     }
                         */
                        "application/json": {
                            reason?: string;
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ready",
                         *       "reason": "string"
                         *     }
                         */
                        "application/json": {
                            reason?: string;
                            /** @enum {string} */
                            status: "ready" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: {
        /** @description A problem (RFC 9457): 4xx names what is wrong with the request, 5xx reveals nothing of the server's internals */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://tracemark.dev/problems/invalid-request",
                 *       "title": "Invalid request",
                 *       "status": 422,
                 *       "detail": "body.gtin: must be 14 digits",
                 *       "instance": "urn:tracemark:request:9f1c2a4e-3b7d-4c8e-a1f0-2d6b5e9c8a71",
                 *       "errors": [
                 *         {
                 *           "field": "string",
                 *           "message": "string"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": {
                    /** @example body.gtin: must be 14 digits */
                    detail?: string;
                    /** @description For a request that is not valid: each bad field and what is wrong with it */
                    errors?: {
                        field: string;
                        message: string;
                    }[];
                    /** @example urn:tracemark:request:9f1c2a4e-3b7d-4c8e-a1f0-2d6b5e9c8a71 */
                    instance?: string;
                    /** @example 422 */
                    status: number;
                    /** @example Invalid request */
                    title: string;
                    /** @example https://tracemark.dev/problems/invalid-request */
                    type: string;
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
