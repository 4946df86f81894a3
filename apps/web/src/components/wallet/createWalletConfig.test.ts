import assert from "node:assert/strict";
import { registerHooks } from "node:module";
import { test } from "node:test";
import { reconnect } from "wagmi/actions";
import { createWalletConfig } from "./createWalletConfig";

const local = { chainId: 31337, rpcUrl: "http://127.0.0.1:8545" };

/** Every WalletConnect module resolved in this process: none may load before someone picks it. */
const walletConnectModules: string[] = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith("@walletconnect/") || specifier.startsWith("@reown/")) {
      walletConnectModules.push(specifier);
    }
    return nextResolve(specifier, context);
  },
});

test("without a project id, the only wallet is the injected one", () => {
  const config = createWalletConfig(local);
  assert.deepEqual(
    config.connectors.map((connector) => connector.type),
    ["injected"],
  );
});

test("with a project id, WalletConnect is offered beside the injected wallet", () => {
  const config = createWalletConfig({ ...local, walletConnectProjectId: "0123456789abcdef" });
  assert.deepEqual(
    config.connectors.map((connector) => [connector.type, connector.name]),
    [
      ["injected", "Injected"],
      ["walletConnect", "WalletConnect"],
    ],
  );
});

test("WalletConnect loads nothing and reaches no relay until someone picks it", async () => {
  const config = createWalletConfig({ ...local, walletConnectProjectId: "0123456789abcdef" });
  // What a page does when it mounts: restore whichever wallet was connected before.
  await reconnect(config);
  const walletConnect = config.connectors.find((connector) => connector.type === "walletConnect");
  assert.ok(walletConnect);
  assert.equal(await walletConnect.getProvider(), undefined);
  assert.deepEqual(walletConnectModules, []);
});
