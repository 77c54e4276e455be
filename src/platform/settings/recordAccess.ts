import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readCouncilSetting } from './councilSettings.ts';

/** The council's choice: need to know (a reason from anyone not working with the child) or open access. */
export const recordAccessSetting = {
  key: 'record-access',
  schema: z.object({ needToKnow: z.boolean() }).partial(),
  defaults: { needToKnow: true },
};

export const readRecordAccessSetting = (db: Kysely<Database>) =>
  readCouncilSetting(db, recordAccessSetting.key, recordAccessSetting.schema, recordAccessSetting.defaults);
