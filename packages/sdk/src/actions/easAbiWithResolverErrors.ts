import { easAbi, tracemarkAuditResolverAbi } from "../generated/abis.ts";

type ResolverItem = (typeof tracemarkAuditResolverAbi)[number];

/**
 * EAS's ABI plus the custom errors of Tracemark's schema resolver, which EAS passes through when the
 * resolver rejects an attestation, so that viem decodes e.g. `AuditorNotAccredited(address)`.
 */
export const easAbiWithResolverErrors = [
  ...easAbi,
  ...tracemarkAuditResolverAbi.filter(
    (item): item is Extract<ResolverItem, { type: "error" }> => item.type === "error",
  ),
];
