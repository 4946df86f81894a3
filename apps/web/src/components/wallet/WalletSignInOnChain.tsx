import type { Route } from "next";
import { getChainSettings } from "@/lib/deployment/getChainSettings";
import { ChainUnavailable } from "./ChainUnavailable";
import { WalletSignIn } from "./WalletSignIn";

/** `WalletSignIn` on the deployment's chain, asked at request time (render it inside `Suspense`). */
export async function WalletSignInOnChain({ next }: { next: Route }) {
  const chain = await getChainSettings();
  return chain ? <WalletSignIn {...chain.wallet} next={next} /> : <ChainUnavailable />;
}
