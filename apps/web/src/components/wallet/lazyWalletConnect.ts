import { type CreateConnectorFn, createConnector } from "wagmi";
import { type WalletConnectParameters, walletConnect } from "wagmi/connectors/walletConnect";

/**
 * wagmi's WalletConnect connector, made lazy. wagmi sets every connector up when the config is
 * created and asks each for its provider when a page mounts (to restore sessions); WalletConnect's
 * provider then loads its SDK and opens a socket to the relay. This one does so only once someone
 * picks WalletConnect, or picked it last time (so their session is restored): until then no page
 * downloads its SDK or reaches the internet.
 *
 * @example
 * createConfig({ connectors: [injected(), lazyWalletConnect({ projectId })], … })
 */
export function lazyWalletConnect(parameters: WalletConnectParameters): CreateConnectorFn {
  const createEager = walletConnect(parameters);
  return createConnector((config) => {
    const eager = createEager(config);
    let chosen = false;
    async function wanted(): Promise<boolean> {
      return chosen || (await config.storage?.getItem("recentConnectorId")) === eager.id;
    }
    const lazy: typeof eager = {
      ...eager,
      // The eager setup only subscribes to the provider; connect() subscribes to all it needs.
      async setup() {},
      // A pass-through: the cast keeps wagmi's overloaded signature, which a wrapper cannot restate.
      connect: function (this: unknown, ...args: Parameters<typeof eager.connect>) {
        chosen = true;
        return eager.connect.apply(this, args);
      } as typeof eager.connect,
      async getProvider(options) {
        // No provider yet: wagmi's reconnect skips a connector without one.
        if (!(await wanted())) return undefined as never;
        return eager.getProvider.call(this, options);
      },
    };
    return lazy;
  });
}
