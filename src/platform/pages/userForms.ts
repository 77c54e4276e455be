// What the users pages share: the form's choices, an account's values as the form shows them, and
// the checks a partner practitioner's account must pass beyond the form's own.
import type { Response } from 'express';
import { asList, fieldText, singleError, type FormErrors } from '../web/forms.ts';
import { dateInputItems } from '../web/dateInput.ts';
import { listTeams } from '../access/teams.ts';
import { isRole, roles, roleTitles } from '../access/roles.ts';
import { findUserById, partnerAccountProblems, type UserDetails } from '../access/users.ts';
import type { User } from '../access/schema.ts';

const roleItems = (selected: readonly string[] = []) =>
  roles.map((role) => ({ value: role, text: roleTitles[role], checked: selected.includes(role) }));

async function formOptions(res: Response, selectedTeam: number | null | undefined) {
  const teams = await listTeams(res.locals.services.db);
  return [
    { value: '', text: 'No team' },
    ...teams.map((team) => ({ value: String(team.id), text: team.name, selected: team.id === selectedTeam })),
  ];
}

/** Inspectors' and partners' access is time-boxed: the last day the account may sign in. */
export const accessEndDate = (res: Response) => ({
  accessEndsOn: {
    label: 'Last day of access',
    required: false,
    notBefore: res.locals.services.clock.today(),
    notBeforeMessage: 'Last day of access must be today or in the future',
  },
});

/** Who verified a partner's account, by name: Harbour's own setup verifies the demo partner. */
async function verifiedByName(res: Response, values: Record<string, unknown>) {
  if (!values.verifiedAt) return undefined;
  if (typeof values.verifiedBy !== 'number') return 'Harbour setup';
  return (await findUserById(res.locals.services.db, values.verifiedBy))?.display_name ?? 'Harbour setup';
}

export async function renderUserForm(
  res: Response,
  template: string,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const teamId = values.teamId === undefined || values.teamId === '' ? null : Number(values.teamId);
  res.status(status).render(template, {
    accessEndsOnItems: dateInputItems(
      'accessEndsOn',
      values,
      values.accessEndsOn as string | null | undefined,
      Boolean(errors?.fields.accessEndsOn),
    ),
    pageTitle: template === 'admin/user-new' ? 'Add a user' : `Change ${fieldText(values.displayName) || 'user'}`,
    values,
    errors,
    roleItems: roleItems(asList(values.roles)),
    teamItems: await formOptions(res, teamId),
    verifiedByName: await verifiedByName(res, values),
  });
}

export function conflictErrors(): FormErrors {
  return singleError(
    'displayName',
    'Someone else changed this user while you were editing. Their changes are shown below: check them and make your change again.',
  );
}

export function userValues(user: User) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email ?? '',
    roles: user.roles,
    teamId: user.team_id === null ? '' : String(user.team_id),
    accessEndsOn: user.access_ends_on,
    organisation: user.organisation ?? '',
    roleAtOrganisation: user.role_at_organisation ?? '',
    verifiedAt: user.verified_at,
    verifiedBy: user.verified_by,
    version: user.version,
    disabled: user.disabled_at !== null,
    locked: user.locked_until !== null && user.locked_until > new Date(),
  };
}

/**
 * A partner practitioner's account checked as the store will check it (the partner role alone, no
 * team, organisation, role there, an end date within 12 months), every problem shown at once.
 */
export function partnerErrors(
  details: Omit<UserDetails, 'username' | 'roles'> & { roles: string[] },
  today: string,
): FormErrors | undefined {
  const problems = partnerAccountProblems({ ...details, roles: details.roles.filter(isRole) }, today);
  if (problems.length === 0) return undefined;
  return {
    list: problems.map(({ field, message }) => ({
      text: message,
      href: field === 'accessEndsOn' ? '#accessEndsOn-day' : field === 'roles' ? '#roles' : `#${field}`,
    })),
    fields: Object.fromEntries(problems.map(({ field, message }) => [field, { text: message }])),
  };
}
