// The people pages' view models, form readers and record loaders, shared by its route files.
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { User } from '../../platform/access/schema.ts';
import { type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import {
  accessRestrictions,
  ethnicityCodes,
  nhsNumberUnknownReasons,
  sexCodes,
  type RelationshipType,
} from './codes.ts';
import { codeEntries, codesIn } from '../../core/codeLists.ts';
import { isValidNhsNumber, nhsNumberTyped } from './nhsNumber.ts';
import { familyNetwork } from './store.ts';
import { findChildren } from './search.ts';
import {
  grantsInForce,
  knownTo,
  recordAccessReasons,
  withNamesShownTo,
  type KnownChildren,
  type RecordAccessReason,
} from '../../platform/access/recordScope.ts';
import type { Child } from './schema.ts';
import { childNamedInPath, codeItems, dateInputs, renderChildPage } from '../../platform/web/childPages.ts';

export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);
/**
 * The NHS number as typed (spaces as on an NHS card are fine), checked by its check digit, and why
 * it is not known; `nhsNumberRecorded` says which of them the form records.
 */
export const nhsNumberSchema = z.object({
  nhsNumber: z
    .string()
    .transform(nhsNumberTyped)
    .pipe(
      z.union([
        z.literal(''),
        z
          .string()
          .regex(/^\d{10}$/, 'Enter an NHS number of 10 digits, like 943 476 5919')
          .refine(isValidNhsNumber, 'This is not a valid NHS number — check the 10 digits'),
      ]),
    )
    .optional()
    .transform((value) => value || null),
  nhsNumberUnknown: z
    .enum(codesIn(nhsNumberUnknownReasons), { error: 'Select why the NHS number is not known from the list' })
    .optional(),
  nhsNumberUnknownDetail: optionalText(500, 'Why the NHS number is not known must be 500 characters or fewer'),
});

/** The add-a-child form's fields in the order the page asks them, so its error summary follows the page. */
export const childFieldOrder = [
  'forename',
  'surname',
  'preferredName',
  'unborn',
  'dateOfBirth',
  'sex',
  'ethnicity',
  'nhsNumber',
  'nhsNumberUnknown',
  'nhsNumberUnknownDetail',
  'upn',
] as const;

export const childSchema = z.object({
  forename: z.string().trim().min(1, 'Enter the first name').max(100, 'First name must be 100 characters or fewer'),
  surname: z.string().trim().min(1, 'Enter the last name').max(100, 'Last name must be 100 characters or fewer'),
  preferredName: optionalText(100, 'Preferred name must be 100 characters or fewer'),
  sex: z.enum(sexCodes, { error: 'Select the sex' }),
  ethnicity: z.enum(codesIn(ethnicityCodes), {
    error: 'Select the ethnicity from the list',
  }),
  upn: z
    .string()
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z.union([
        z.literal(''),
        z.string().regex(/^[A-Z]\d{11}[0-9A-Z]$/, 'Enter a UPN of a letter, 11 digits and a final digit or letter'),
      ]),
    )
    .optional()
    .transform((value) => value || null),
  unborn: z.enum(['yes', 'no']).optional(),
  notADuplicate: z.enum(['yes']).optional(),
});

export const ethnicityItems = (selected?: string) => [
  { value: '', text: 'Select ethnicity' },
  ...codeEntries(ethnicityCodes).map(([value, text]) => ({
    value,
    text: `${text} (${value})`,
    selected: value === selected,
  })),
];

export const restrictionSchema = z.object({
  restriction: z.enum(['none', ...accessRestrictions], { error: 'Select whether the record is restricted, and why' }),
  reason: z
    .string()
    .trim()
    .min(1, 'Enter the reason for the change')
    .max(1000, 'Reason must be 1000 characters or fewer'),
  version: z.coerce.number().int().positive(),
});
export const grantSchema = z.object({
  username: z.string().trim().min(1, 'Enter the username of the person to give access to').max(100),
  reason: z.string().trim().min(1, 'Enter why they need access').max(1000, 'Reason must be 1000 characters or fewer'),
});

export const accessReasonSchema = z
  .object({
    reason: z.enum(Object.keys(recordAccessReasons) as [RecordAccessReason, ...RecordAccessReason[]], {
      error: 'Select why you are opening this record',
    }),
    detail: z.string().trim().max(500, 'Your reason must be 500 characters or fewer').default(''),
  })
  .superRefine((form, context) => {
    if (form.reason === 'other' && !form.detail)
      context.addIssue({ code: 'custom', path: ['detail'], message: 'Enter why you are opening this record' });
  })
  .transform((form) => ({ reason: form.reason, detail: form.reason === 'other' ? form.detail : null }));

/** Where to go once a reason is given: back to the page of this child's record that asked, never elsewhere. */
export function pageAfterReason(childId: number, then: unknown): string {
  const home = `/children/${childId}`;
  if (typeof then !== 'string' || !(then === home || then.startsWith(`${home}/`) || then.startsWith(`${home}?`)))
    return home;
  return then;
}

export function renderAccessReason(
  res: Response,
  child: { id: number; forename: string; surname: string },
  then: string,
  errors?: FormErrors,
  values: Record<string, unknown> = {},
  status = 200,
) {
  res.status(status).render('people/why', {
    pageTitle: 'Why are you opening this record?',
    child,
    then,
    errors,
    values,
    reasons: Object.entries(recordAccessReasons).map(([value, text]) => ({ value, text })),
  });
}

/** The name a child's access pages show a manager: a restricted record they may not open by its Harbour ID. */
export async function nameShownTo(db: Kysely<Database>, user: User, child: Child) {
  const [shown] = await withNamesShownTo(db, user, [{ ...child, child_id: child.id }]);
  return shown!.childName;
}

export async function renderAccess(
  req: Request,
  res: Response,
  errors?: FormErrors,
  values: Record<string, unknown> = {},
  status = 200,
) {
  const { db } = res.locals.services;
  const child = await childNamedInPath(req, res, 'id');
  const [grants, childName] = await Promise.all([
    grantsInForce(db, { childId: child.id }),
    nameShownTo(db, res.locals.user!, child),
  ]);
  res.status(status).render('people/access', {
    pageTitle: `Access to the record of ${childName}`,
    child,
    childName,
    grants,
    errors,
    values,
    endsOnItems: dateInputItems('endsOn', values, null, Boolean(errors?.fields.endsOn)),
    restrictions: accessRestrictions,
  });
}

// The network reads a link between two children the same from either side, so only links that
// mean the same both ways are offered between children; parents and carers are adults.
export const childRelationships = ['sibling', 'half-sibling', 'other'] as const satisfies readonly RelationshipType[];
export const adultRelationships = [
  'parent',
  'step-parent',
  'carer',
  'other',
] as const satisfies readonly RelationshipType[];

export const childLinkSchema = z.object({
  relatedChildId: z
    .string({ error: 'Select the child to link' })
    .regex(/^[1-9]\d{0,14}$/, 'Select the child to link')
    .transform(Number),
  relationship: z.enum(childRelationships, { error: 'Select how the children are related' }),
});
export const adultNameSchema = z.object({
  forename: z
    .string({ error: 'Enter their first name' })
    .trim()
    .min(1, 'Enter their first name')
    .max(100, 'First name must be 100 characters or fewer'),
  surname: z
    .string({ error: 'Enter their last name' })
    .trim()
    .min(1, 'Enter their last name')
    .max(100, 'Last name must be 100 characters or fewer'),
});
export const adultRelationSchema = z.object({
  relationship: z.enum(adultRelationships, { error: 'Select how they are related to the child' }),
  parentalResponsibility: z.enum(['yes']).optional(),
});

export const searchText = (values: Record<string, unknown>) => (typeof values.q === 'string' ? values.q : '');

/**
 * Children the search finds who could join the network: not the child, not already linked, and
 * only restricted records the person may open (the others are counted, never described).
 */
export async function linkableChildren(res: Response, child: Child, text: string) {
  const { db, clock } = res.locals.services;
  const linked = new Set(
    (await familyNetwork(db, child.id)).filter((member) => member.kind === 'child').map((member) => member.id),
  );
  const found = (await findChildren(db, { text }, clock.today().toString())).filter(
    (result) => result.id !== child.id && !linked.has(result.id),
  );
  const { shown, withheld } = await knownTo(db, res.locals.user!, found);
  return { results: shown, restrictedCount: withheld };
}

export async function renderLinkChild(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const text = searchText(values).trim();
  const { results, restrictedCount } =
    text && !errors?.fields.q ? await linkableChildren(res, child, text) : { results: [], restrictedCount: 0 };
  renderChildPage(
    res,
    'people/family-children',
    child,
    {
      pageTitle: 'Link a child already in Harbour',
      values,
      errors,
      searched: Boolean(text),
      results,
      restrictedCount,
      relationships: childRelationships,
    },
    status,
  );
}

export function renderAddAdult(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'people/family-adults',
    child,
    {
      pageTitle: 'Add an adult to the family network',
      values,
      errors,
      dates: dateInputs(values, errors, ['dateOfBirth']),
      relationships: adultRelationships,
    },
    status,
  );
}

export function renderNewChild(
  res: Response,
  values: Record<string, unknown>,
  errors?: FormErrors,
  duplicates?: KnownChildren<unknown>,
  status = 200,
) {
  res.status(status).render('people/new', {
    pageTitle: 'Add a child',
    values,
    errors,
    duplicates,
    ethnicityItems: ethnicityItems(values.ethnicity as string | undefined),
    nhsNumberUnknownItems: codeItems(nhsNumberUnknownReasons, values.nhsNumberUnknown),
    dateOfBirthItems: dateInputItems('dateOfBirth', values, null, Boolean(errors?.fields.dateOfBirth)),
  });
}
