// Every benchmark scenario, by name.
import type { Scenario } from '../harness.js';
import { auditLarge, auditPsrt } from './audit.js';
import { listingLarge } from './listing.js';
import { reconcileLarge, reconcilePsrt, reconcilePsrtApply } from './reconcile.js';
import { startup } from './startup.js';
import { sweepLarge, sweepPsrt } from './sweep.js';

export const scenarios: Scenario[] = [
  listingLarge,
  reconcilePsrt,
  reconcilePsrtApply,
  reconcileLarge,
  auditPsrt,
  auditLarge,
  startup,
  sweepPsrt,
  sweepLarge,
];
