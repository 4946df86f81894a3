"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML, true once the component runs in the browser: controls that need
 * JavaScript stay disabled until then, so an early tap is never silently lost.
 *
 * @example
 * const hydrated = useHydrated();
 * return <button disabled={!hydrated}>Sign</button>;
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
