import { type Deployment, easAbi, tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "@tracemark/sdk";
import {
  type Abi,
  type AbiEvent,
  type Address,
  decodeEventLog,
  type Hex,
  type Log,
  toEventSelector,
} from "viem";

/** A contract event as the indexer stores and handles it. */
export type IndexedLog = {
  txHash: Hex;
  logIndex: number;
  blockNumber: bigint;
  blockHash: Hex;
  address: Address;
  /** `Contract:Event`, e.g. `TracemarkRegistry:BatchAnchored`. */
  name: string;
  args: Record<string, unknown>;
};

/** One `eth_getLogs` filter: a set of addresses and, optionally, topics. */
export type LogFilter = { address: Address[]; topics?: (Hex | Hex[] | null)[] };

export type LogSources = {
  filters: LogFilter[];
  decode: (log: Log) => IndexedLog | undefined;
};

const attested = toEventSelector(
  "Attested(address indexed recipient, address indexed attester, bytes32 uid, bytes32 indexed schemaUID)",
);
const revoked = toEventSelector(
  "Revoked(address indexed recipient, address indexed attester, bytes32 uid, bytes32 indexed schemaUID)",
);

/**
 * What the indexer reads from a deployment: every event of TracemarkRegistry and TracemarkAuditResolver, and
 * EAS's `Attested`/`Revoked` of the Tracemark audit schema only (EAS is shared on public chains, so its other
 * attestations are filtered out by topic at the node). The SchemaRegistry is not read: nothing derives from it.
 *
 * @example
 * const { filters, decode } = logSources(loadDeployment(31337, config.deploymentsDir));
 */
export function logSources(deployment: Deployment): LogSources {
  const registry = deployment.contracts.TracemarkRegistry.address.toLowerCase() as Address;
  const resolver = deployment.contracts.TracemarkAuditResolver.address.toLowerCase() as Address;
  const eas = deployment.contracts.EAS.address.toLowerCase() as Address;
  // Events by contract and selector, so decoding a log hashes no event signature.
  const byTopic = (abi: Abi) =>
    new Map(
      abi
        .filter((item): item is AbiEvent => item.type === "event")
        .map((item) => [toEventSelector(item), [item] as Abi] as const),
    );
  const contracts = new Map<string, { name: string; events: Map<Hex, Abi> }>([
    [registry, { name: "TracemarkRegistry", events: byTopic(tracemarkRegistryAbi as Abi) }],
    [resolver, { name: "TracemarkAuditResolver", events: byTopic(tracemarkAuditResolverAbi as Abi) }],
    [eas, { name: "EAS", events: byTopic(easAbi as Abi) }],
  ]);
  const schema = deployment.auditSchemaUid.toLowerCase();
  return {
    filters: [
      { address: [registry, resolver] },
      { address: [eas], topics: [[attested, revoked], null, null, deployment.auditSchemaUid] },
    ],
    decode: (log) => {
      if (log.removed || log.transactionHash === null || log.logIndex === null || log.blockNumber === null)
        return undefined;
      const contract = contracts.get(log.address.toLowerCase());
      const abi = log.topics[0] && contract?.events.get(log.topics[0]);
      if (!contract || !abi) return undefined;
      let decoded: { eventName: string; args: unknown };
      try {
        decoded = decodeEventLog({ abi, data: log.data, topics: log.topics });
      } catch {
        return undefined;
      }
      const args = plain(decoded.args) as Record<string, unknown>;
      if (contract.name === "EAS" && String(args.schemaUID).toLowerCase() !== schema) return undefined;
      return {
        txHash: log.transactionHash,
        logIndex: log.logIndex,
        blockNumber: log.blockNumber,
        blockHash: log.blockHash as Hex,
        address: log.address.toLowerCase() as Address,
        name: `${contract.name}:${decoded.eventName}`,
        args,
      };
    },
  };
}

/** Decoded arguments as JSON: bigints become decimal strings, hex strings lower case. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return value.startsWith("0x") ? value.toLowerCase() : value;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}
