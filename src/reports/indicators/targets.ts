// The council's own target for an indicator, where it sets one: kept as one council setting, so a
// save is versioned (two people saving at once are told) and audited like every local standard.
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { readVersionedCouncilSetting, writeCouncilSetting } from '../../platform/settings/councilSettings.ts';

/** Each indicator's target by its id; an indicator without one has none. */
export type Targets = Record<string, number>;

const targetsKey = 'indicator-targets';
const targetsSchema = z.record(z.string(), z.number());

export const versionedTargets = (db: Kysely<Database>): Promise<{ value: Targets; version: number }> =>
  readVersionedCouncilSetting<Targets>(db, targetsKey, targetsSchema, {});

export const saveTargets = (db: Kysely<Database>, actor: Actor, targets: Targets, version: number) =>
  writeCouncilSetting(db, actor, targetsKey, targets, version);
