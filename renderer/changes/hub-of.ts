import type { MarginaliaDatabase } from '../db/database.ts';
import { ChangeHub } from './change-hub.ts';

const hubs = new WeakMap<MarginaliaDatabase, ChangeHub>();

/** The one change hub of a database: every session and screen writing to it shares it. */
export function changeHubOf(db: MarginaliaDatabase): ChangeHub {
  let hub = hubs.get(db);
  if (!hub) hubs.set(db, (hub = new ChangeHub(db)));
  return hub;
}
