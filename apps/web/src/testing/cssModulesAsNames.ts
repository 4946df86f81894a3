import { registerHooks } from "node:module";

/**
 * Lets a test import components outside Next.js: a CSS module (`x.module.css`) becomes an object whose
 * every class is its own name. Import it before the component (which then comes by `await import`).
 *
 * @example
 * import "@/testing/cssModulesAsNames";
 * const { PlotMap } = await import("./PlotMap");
 */
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.endsWith(".module.css")) {
      const module = "export default new Proxy({}, { get: (_, name) => String(name) });";
      return { url: `data:text/javascript,${encodeURIComponent(module)}`, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
