export type ImportSlotsLimits = { running: number; runningPerOrganization: number };

/**
 * How many imports run at once in this process, in all and per organisation. A running import holds
 * two of the process's database connections (its advisory lock's session and, while writing, its
 * transaction) and its file in memory, so without a cap a burst of imports would starve every other
 * request of connections.
 *
 * @example
 * const release = slots.take(organizationId);
 * if (!release) return refuse(); // the route answers 429
 * done.finally(release);
 */
export class ImportSlots {
  readonly #running = new Map<string, number>();
  #total = 0;
  constructor(readonly limits: ImportSlotsLimits) {}

  /** A slot for one import of the organisation, and the function that frees it (once); `undefined` when none is free. */
  take(organizationId: string): (() => void) | undefined {
    const ofOrganization = this.#running.get(organizationId) ?? 0;
    if (this.#total >= this.limits.running || ofOrganization >= this.limits.runningPerOrganization)
      return undefined;
    this.#total += 1;
    this.#running.set(organizationId, ofOrganization + 1);
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.#total -= 1;
      const left = (this.#running.get(organizationId) ?? 1) - 1;
      if (left === 0) this.#running.delete(organizationId);
      else this.#running.set(organizationId, left);
    };
  }
}
