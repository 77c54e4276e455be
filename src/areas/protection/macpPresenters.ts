// What the enquiry, plan and strategy discussion pages show of multi-agency work: who leads (and
// led), and each agency's contribution, with the agencies a discussion must still account for.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { agencies, type Agency } from './codes.ts';
import { agenciesNotAccountedFor, agenciesRequiredAt } from './model.ts';
import { leadsOf, type LedRecord } from './leadStore.ts';
import { discussionContributions, enquiryContributions } from './contributionStore.ts';
import type { StrategyDiscussion } from './schema.ts';

const agencyName = (code: string) => agencies[code as Agency] ?? code;

/** Who leads the record now, and who led it before (latest first). */
export async function leadView(db: Kysely<Database>, record: LedRecord) {
  const leads = await leadsOf(db, record);
  return { current: leads.at(-1), before: leads.slice(0, -1).reverse() };
}

/** The agencies' contributions to a held discussion, and the required agencies not yet accounted for. */
export async function discussionContributionsView(
  db: Kysely<Database>,
  discussion: StrategyDiscussion,
  dateOfBirth: string | null,
) {
  if (!discussion.held_date) return undefined;
  const rows = await discussionContributions(db, discussion.id);
  const required = agenciesRequiredAt(dateOfBirth, discussion.held_date);
  return {
    rows: rows.map((row) => ({ ...row, agencyName: agencyName(row.agency) })),
    notAccountedFor: agenciesNotAccountedFor(
      required,
      rows.map((row) => row.agency),
    ).map(agencyName),
    absent: rows
      .filter((row) => !row.took_part && required.includes(row.agency as Agency))
      .map((row) => agencyName(row.agency)),
  };
}

/** The agencies' contributions to an enquiry, in date order. */
export const enquiryContributionsView = async (db: Kysely<Database>, enquiryId: number) =>
  (await enquiryContributions(db, enquiryId)).map((row) => ({ ...row, agencyName: agencyName(row.agency) }));
