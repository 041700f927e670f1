/**
 * Demo dossiers of the standard political school: the network's known recognitions (Lào Cai first,
 * 16/11/2022, …) and the illustrative approvals and registrations that reproduce letter 2174's picture,
 * each stand-in date marked illustrative (src/standard/demo). Idempotent: a school with any record is left alone.
 */
import type { DemoSeeder } from './seed-demo.ts';

export const seedDemoStandard: DemoSeeder = async (_db, _dialect, modules) => {
  await modules.standard.services.network.seedDemo();
};
