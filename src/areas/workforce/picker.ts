// Choosing a person from the workforce: who visited, a conference's chair, a plan action's owner,
// the worker a child is allocated to. People are workers in post, not sign-in accounts: not every
// worker has an account, and an account is not a post.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { fieldText } from '../../platform/web/forms.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import type { WorkerRole } from './codes.ts';

/** A worker as a picker lists them. */
export interface WorkerToPick {
  id: number;
  name: string;
  role: string;
  user_id: number | null;
  team_id: number | null;
  team_name: string | null;
}

/**
 * Started on or before the day and not yet left (the leaving date is their first day without cases).
 * A worker known only from a past return is not in Harbour's workforce: Harbour knows neither their
 * post nor their leaving, so they are never picked or counted in post.
 */
export const inPostOn = (date: string) => (eb: ExpressionBuilder<Database, 'workers'>) =>
  eb.and([
    eb('workers.imported_from', 'is', null),
    eb('workers.start_date', '<=', date),
    eb.or([eb('workers.end_date', 'is', null), eb('workers.end_date', '>', date)]),
  ]);

const pickable = (db: Kysely<Database>, on: string, roles?: readonly WorkerRole[]) => {
  const query = db
    .selectFrom('workers')
    .leftJoin('teams', 'teams.id', 'workers.team_id')
    .select(['workers.id', 'workers.name', 'workers.role', 'workers.user_id', 'workers.team_id'])
    .select('teams.name as team_name')
    .where(inPostOn(on));
  return roles ? query.where('workers.role', 'in', roles) : query;
};

/** The workers in post on a day, of these roles when given. */
export const workersInPost = (
  db: Kysely<Database>,
  on: string,
  roles?: readonly WorkerRole[],
): Promise<WorkerToPick[]> => pickable(db, on, roles).execute();

/**
 * A chosen worker, who must be in post on the record's day (and of one of the roles, when given):
 * anything else is refused on the field that chose them. For stores, inside their transaction.
 */
export async function chosenWorker(
  db: Kysely<Database>,
  choice: { workerId: number; on: string; roles?: readonly WorkerRole[]; field: string; message: string },
): Promise<WorkerToPick> {
  const worker = await pickable(db, choice.on, choice.roles)
    .where('workers.id', '=', choice.workerId)
    .executeTakeFirst();
  if (!worker) throw new RecordIntegrityError(choice.field, choice.message, undefined);
  return worker;
}

/** The worker a signed-in person is, among those listed. */
export const workerOfUser = (workers: readonly WorkerToPick[], userId: number) =>
  workers.find((worker) => worker.user_id === userId);

const byName = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'en-GB');

/**
 * GOV.UK select items for a choice of workers: a prompt, then the chooser's own team, then the
 * other teams in name order (workers in no team last), each worker named with their team.
 * GOV.UK Frontend's select has no option groups, so the order and the team in each name group them.
 */
export function workerItems<W extends Omit<WorkerToPick, 'user_id'>>(
  workers: readonly W[],
  options: { ownTeamId: number | null; selected: unknown; prompt: string; describe?: (worker: W) => string },
) {
  const rank = (worker: W) => (worker.team_id === null ? 2 : worker.team_id === options.ownTeamId ? 0 : 1);
  const ordered = [...workers].sort(
    (a, b) => rank(a) - rank(b) || byName(a.team_name, b.team_name) || byName(a.name, b.name) || a.id - b.id,
  );
  const chosen = fieldText(options.selected);
  return [
    { value: '', text: options.prompt },
    ...ordered.map((worker) => {
      const details = [worker.team_name, options.describe?.(worker)].filter(Boolean).join(', ');
      return {
        value: String(worker.id),
        text: details ? `${worker.name} (${details})` : worker.name,
        selected: chosen === String(worker.id),
      };
    }),
  ];
}
