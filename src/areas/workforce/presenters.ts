// The workforce pages' view models, form readers and record loaders, shared by its route files.
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema.ts';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import {
  codeItems,
  codeOf,
  dateInputs,
  formBody,
  found,
  idParam,
  mergeErrors,
  today,
  versionField,
  yesNo,
} from '../../platform/web/childPages.ts';
import { listTeams } from '../../platform/access/teams.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import type { Listed } from '../../platform/web/routeSpec.ts';
import { workerRoles, type WorkerRole } from './codes.ts';
import { sweRegistrationNumberPattern } from './registration.ts';
import { childrenAllocatedTo, type Worker } from './workers.ts';

export const fteMessage = 'Full-time equivalent must be between 0.1 and 1';
const sweMessage = 'Enter the Social Work England registration number as SW and its digits, like SW123456';
/** A worker's details, the team and account among those the form offers. */
export const detailsSchema = (choices: FormChoices) =>
  z.object({
    name: z
      .string({ error: "Enter the worker's full name" })
      .trim()
      .min(1, "Enter the worker's full name")
      .max(200, 'Full name must be 200 characters or fewer'),
    role: codeOf(workerRoles, 'Select the role'),
    teamId: z.coerce
      .number({ error: 'Select the team' })
      .int('Select the team')
      .positive('Select the team')
      .refine((id) => choices.teams.some((team) => team.id === id), 'Select a team from the list'),
    fullTimeEquivalent: z
      .string({ error: 'Enter the full-time equivalent' })
      .trim()
      .min(1, 'Enter the full-time equivalent')
      .regex(
        /^(\d+(\.\d{1,2})?|\.\d{1,2})$/,
        'Full-time equivalent must be a number with up to 2 decimal places, like 0.8',
      )
      .transform(Number)
      .pipe(z.number().min(0.1, fteMessage).max(1, fteMessage)),
    isAgency: yesNo('Select yes if they are an agency worker').transform((answer) => answer === 'yes'),
    // Written as on the register, with or without spaces or a lower-case "sw".
    sweRegistrationNumber: z
      .string({ error: sweMessage })
      .optional()
      .transform((text) => (text ?? '').replace(/\s+/g, '').toUpperCase() || null)
      .refine((text) => text === null || sweRegistrationNumberPattern.test(text), sweMessage),
    userId: z
      .union([z.literal(''), z.coerce.number().int().positive()], { error: 'Select a user account from the list' })
      .optional()
      .transform((id) => id || null)
      .refine(
        (id) => id === null || choices.accounts.some((account) => account.id === id),
        'Select a user account from the list',
      ),
  });
export const versionSchema = z.object({ version: versionField });

export const listQuery = z.object({
  team: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  show: z.enum(['all']).optional(),
});

export async function workerInPath(req: Request, res: Response): Promise<Worker> {
  return found(
    await res.locals.services.db
      .selectFrom('workers')
      .selectAll()
      .where('id', '=', idParam(req, 'id'))
      .executeTakeFirst(),
  );
}

/** Accounts a worker may sign in as: enabled ones no other worker is linked to, and the worker's own. */
export const freeAccounts = (db: Kysely<Database>, worker: Worker | undefined) =>
  db
    .selectFrom('users')
    .leftJoin('workers', 'workers.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.username'])
    .where((eb) =>
      eb.or([
        eb.and([eb('workers.id', 'is', null), eb('users.disabled_at', 'is', null)]),
        ...(worker?.user_id ? [eb('users.id', '=', worker.user_id)] : []),
      ]),
    )
    .orderBy('users.display_name')
    .execute();

export async function formChoices(res: Response, worker: Worker | undefined) {
  const { db } = res.locals.services;
  const [teams, accounts] = await Promise.all([listTeams(db), freeAccounts(db, worker)]);
  return { teams, accounts };
}
export type FormChoices = Awaited<ReturnType<typeof formChoices>>;

export function readDetails(req: Request, choices: FormChoices, errors: FormErrors) {
  const form = parseForm(detailsSchema(choices), formBody(req));
  if (form.ok) return form.value;
  mergeErrors(errors, form.errors);
  return undefined;
}

export function fieldItems(values: Record<string, unknown>, choices: FormChoices) {
  const chosen = (value: unknown, id: number) => fieldText(value) === String(id);
  return {
    roleItems: codeItems(workerRoles, values.role),
    teamItems: [
      { value: '', text: 'Select a team' },
      ...choices.teams.map((team) => ({
        value: String(team.id),
        text: team.name,
        selected: chosen(values.teamId, team.id),
      })),
    ],
    agencyItems: [
      { value: 'yes', text: 'Yes', checked: values.isAgency === 'yes' },
      { value: 'no', text: 'No', checked: values.isAgency === 'no' },
    ],
    accountItems: [
      { value: '', text: 'None' },
      ...choices.accounts.map((account) => ({
        value: String(account.id),
        text: `${account.display_name} (${account.username})`,
        selected: chosen(values.userId, account.id),
      })),
    ],
  };
}

export const workerValues = (worker: Worker): Record<string, unknown> => ({
  name: worker.name,
  role: worker.role,
  teamId: worker.team_id === null ? '' : String(worker.team_id),
  fullTimeEquivalent: String(worker.full_time_equivalent),
  isAgency: worker.is_agency ? 'yes' : 'no',
  userId: worker.user_id === null ? '' : String(worker.user_id),
  sweRegistrationNumber: worker.swe_registration_number ?? '',
  version: String(worker.version),
});

export async function renderNewWorker(
  res: Response,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const choices = await formChoices(res, undefined);
  res.status(status).render('workforce/worker-new', {
    pageTitle: 'Add a worker',
    values,
    errors,
    ...fieldItems(values, choices),
    dates: dateInputs(values, errors, ['startDate']),
  });
}

/**
 * A worker's page: their details to change and their leaving to record, with the children they
 * still hold (from today, or from the leaving date refused) for a manager to reallocate.
 */
export async function renderWorker(
  res: Response,
  worker: Worker,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
  heldFrom = today(res).toString(),
  listed?: Listed,
) {
  const { db } = res.locals.services;
  const [choices, allocated] = await Promise.all([
    formChoices(res, worker),
    childrenAllocatedTo(db, worker.id, heldFrom),
  ]);
  const { shown: held, withheld } = await knownTo(db, res.locals.user!, allocated);
  await listed?.(
    held.map((child) => child.id),
    { worker: worker.id },
  );
  res.status(status).render('workforce/worker', {
    pageTitle: `Change ${worker.name}`,
    worker,
    roleName: workerRoles[worker.role as WorkerRole] ?? worker.role,
    team: choices.teams.find((team) => team.id === worker.team_id),
    values,
    errors,
    ...fieldItems(values, choices),
    held,
    withheld,
    heldFrom: heldFrom === today(res).toString() ? null : heldFrom,
    dates: dateInputs(values, errors, ['endDate'], { endDate: worker.end_date }),
  });
}
