/**
 * The one list of capabilities. `createModules` builds every module in dependency order, hands each
 * one the ports of the modules it uses, and subscribes listeners to the events modules emit —
 * explicitly here, never at import time. Adding a capability is one factory and one line below.
 */
import type { ModuleContext, TctModule } from './module.ts';

export function createModules(_ctx: ModuleContext): TctModule[] {
  // Filled in as each capability moves to the module shape (see ARCHITECTURE.md).
  return [];
}

/** Every job of every module, for the worker and the scheduler. */
export function moduleJobs(modules: readonly TctModule[]) {
  return modules.flatMap((m) => m.jobs ?? []);
}
