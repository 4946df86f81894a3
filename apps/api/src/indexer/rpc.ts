import { type Address, type Hex, hexToBigInt, hexToNumber, type Log, type PublicClient, toHex } from "viem";
import type { LogFilter } from "./sources.ts";

/** The parts of a block header the indexer keeps. */
export type BlockHeader = { number: bigint; hash: Hex; parentHash: Hex; timestamp: Date };

type RpcBlock = { number: Hex; hash: Hex; parentHash: Hex; timestamp: Hex };
type RpcLog = {
  address: Address;
  topics: [Hex, ...Hex[]] | [];
  data: Hex;
  blockNumber: Hex | null;
  blockHash: Hex | null;
  blockTimestamp?: Hex | null;
  transactionHash: Hex | null;
  transactionIndex: Hex | null;
  logIndex: Hex | null;
  removed: boolean;
};

/** A block header by number, or `undefined` when the node has no such block (yet, or any more). */
export async function getHeader(client: PublicClient, number: bigint): Promise<BlockHeader | undefined> {
  const block = (await client.request({
    method: "eth_getBlockByNumber",
    params: [toHex(number), false],
  })) as RpcBlock | null;
  if (!block) return undefined;
  return {
    number: hexToBigInt(block.number),
    hash: block.hash,
    parentHash: block.parentHash,
    timestamp: new Date(hexToNumber(block.timestamp) * 1000),
  };
}

/** A log as viem formats it, plus the block timestamp when the node includes it (newer nodes do). */
export type RawLog = Log & { blockTimestamp?: bigint | undefined };

/** `eth_getLogs` for several filters over one block range, merged in chain order. */
export async function getLogs(
  client: PublicClient,
  filters: LogFilter[],
  fromBlock: bigint,
  toBlock: bigint,
): Promise<RawLog[]> {
  const results = await Promise.all(
    filters.map(
      (filter) =>
        client.request({
          method: "eth_getLogs",
          params: [
            {
              address: filter.address,
              fromBlock: toHex(fromBlock),
              toBlock: toHex(toBlock),
              ...(filter.topics ? { topics: filter.topics } : {}),
            },
          ],
        } as never) as Promise<RpcLog[]>,
    ),
  );
  const logs = results.flat().map(
    (log) =>
      ({
        address: log.address,
        topics: log.topics,
        data: log.data,
        blockNumber: log.blockNumber === null ? null : hexToBigInt(log.blockNumber),
        blockHash: log.blockHash,
        blockTimestamp: log.blockTimestamp ? hexToBigInt(log.blockTimestamp) : undefined,
        transactionHash: log.transactionHash,
        transactionIndex: log.transactionIndex === null ? null : hexToNumber(log.transactionIndex),
        logIndex: log.logIndex === null ? null : hexToNumber(log.logIndex),
        removed: log.removed,
      }) as RawLog,
  );
  if (filters.length > 1)
    logs.sort((a, b) =>
      a.blockNumber === b.blockNumber
        ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
        : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
          ? -1
          : 1,
    );
  return logs;
}
