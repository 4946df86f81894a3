import "server-only";
import type { Deployment } from "@tracemark/sdk";
import type { WalletSettings } from "@/components/wallet/WalletProvider";
import { env } from "@/env";
import { getDeployment } from "@/lib/api/getDeployment";

export type ChainSettings = {
  /** For wagmi in the browser: the deployment's chain and the browsers' RPC URL, both read at run time. */
  wallet: WalletSettings;
  deployment: Deployment;
};

/**
 * What a page that talks to a wallet hands to the browser, asked at request time: the chain from the
 * API's deployment (`GET /deployment`), never a build-time value, so one build serves any chain.
 * `undefined` while the API cannot say (the page then offers no wallet).
 *
 * @example
 * const chain = await getChainSettings();
 * if (chain) return <LinkWallet {...chain.wallet} />;
 */
export async function getChainSettings(): Promise<ChainSettings | undefined> {
  const deployment = await getDeployment().catch(() => undefined);
  if (!deployment) return undefined;
  return {
    wallet: {
      chainId: deployment.chainId,
      rpcUrl: env.rpcUrlForBrowsers,
      walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID,
    },
    deployment,
  };
}
