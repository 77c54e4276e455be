import type { Request, Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems, readDateInput } from '../../platform/web/dateInput.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { findAuditEvents } from '../../platform/access/audit.ts';
import { accessRestrictions, ethnicityCodes, sexCodes, type RelationshipType } from './codes.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { findUserByUsername } from '../../platform/access/users.ts';
import { addAdultToNetwork, createChild, familyNetwork, linkChildren } from './store.ts';
import { findChildren, likelyDuplicates } from './search.ts';
import {
  breakGlass,
  breakGlassHours,
  grantAccess,
  mayOpenChild,
  reviewBreakGlass,
  unreviewedBreakGlass,
} from '../../platform/access/recordScope.ts';
import type { Child } from './schema.ts';
import {
  addError,
  childNamedInPath,
  dateInputs,
  hasErrors,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  renderChildPage,
} from '../../platform/web/childPages.ts';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);
const childSchema = z.object({
  forename: z.string().trim().min(1, 'Enter the first name').max(100, 'First name must be 100 characters or fewer'),
  surname: z.string().trim().min(1, 'Enter the last name').max(100, 'Last name must be 100 characters or fewer'),
  preferredName: optionalText(100, 'Preferred name must be 100 characters or fewer'),
  sex: z.enum(sexCodes, { error: 'Select the sex' }),
  ethnicity: z.enum(Object.keys(ethnicityCodes) as [keyof typeof ethnicityCodes], {
    error: 'Select the ethnicity from the list',
  }),
  nhsNumber: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(/^\d{10}$/, 'Enter an NHS number of 10 digits, like 485 777 3456')]))
    .optional()
    .transform((value) => value || null),
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

const ethnicityItems = (selected?: string) => [
  { value: '', text: 'Select ethnicity' },
  ...Object.entries(ethnicityCodes).map(([value, text]) => ({
    value,
    text: `${text} (${value})`,
    selected: value === selected,
  })),
];

const restrictionSchema = z.object({
  restriction: z.enum(['none', ...accessRestrictions], { error: 'Select whether the record is restricted, and why' }),
  reason: z
    .string()
    .trim()
    .min(1, 'Enter the reason for the change')
    .max(1000, 'Reason must be 1000 characters or fewer'),
  version: z.coerce.number().int().positive(),
});
const grantSchema = z.object({
  username: z.string().trim().min(1, 'Enter the username of the person to give access to').max(100),
  reason: z.string().trim().min(1, 'Enter why they need access').max(1000, 'Reason must be 1000 characters or fewer'),
});

async function renderAccess(
  req: Request,
  res: Response,
  errors?: FormErrors,
  values: Record<string, unknown> = {},
  status = 200,
) {
  const { db } = res.locals.services;
  const child = await childNamedInPath(req, res, 'id');
  const grants = await db
    .selectFrom('child_access_grants')
    .innerJoin('users', 'users.id', 'child_access_grants.user_id')
    .select(['users.display_name', 'users.username', 'child_access_grants.reason', 'child_access_grants.granted_at'])
    .where('child_id', '=', child.id)
    .where('revoked_at', 'is', null)
    .orderBy('child_access_grants.granted_at')
    .execute();
  res.status(status).render('people/access', {
    pageTitle: `Access to ${child.forename} ${child.surname}'s record`,
    child,
    grants,
    errors,
    values,
    restrictions: accessRestrictions,
  });
}

// The network reads a link between two children the same from either side, so only links that
// mean the same both ways are offered between children; parents and carers are adults.
const childRelationships = ['sibling', 'half-sibling', 'other'] as const satisfies readonly RelationshipType[];
const adultRelationships = ['parent', 'step-parent', 'carer', 'other'] as const satisfies readonly RelationshipType[];

const childLinkSchema = z.object({
  relatedChildId: z
    .string({ error: 'Select the child to link' })
    .regex(/^[1-9]\d{0,14}$/, 'Select the child to link')
    .transform(Number),
  relationship: z.enum(childRelationships, { error: 'Select how the children are related' }),
});
const adultNameSchema = z.object({
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
const adultRelationSchema = z.object({
  relationship: z.enum(adultRelationships, { error: 'Select how they are related to the child' }),
  parentalResponsibility: z.enum(['yes']).optional(),
});

const formBody = (req: Request) => (req.body ?? {}) as Record<string, unknown>;
const searchText = (values: Record<string, unknown>) => (typeof values.q === 'string' ? values.q : '');

/**
 * Children the search finds who could join the network: not the child, not already linked, and
 * only restricted records the person may open (the others are counted, never described).
 */
async function linkableChildren(res: Response, child: Child, text: string) {
  const { db, clock } = res.locals.services;
  const linked = new Set(
    (await familyNetwork(db, child.id)).filter((member) => member.kind === 'child').map((member) => member.id),
  );
  const found = (await findChildren(db, { text }, clock.today().toString())).filter(
    (result) => result.id !== child.id && !linked.has(result.id),
  );
  const mayOpen = await Promise.all(found.map((result) => mayOpenChild(db, res.locals.user!, result)));
  const results = found.filter((_result, i) => mayOpen[i]);
  return { results, restrictedCount: found.length - results.length };
}

async function renderLinkChild(
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

function renderAddAdult(
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

function renderNewChild(
  res: Response,
  values: Record<string, unknown>,
  errors?: FormErrors,
  duplicates?: unknown[],
  status = 200,
) {
  res.status(status).render('people/new', {
    pageTitle: 'Add a child',
    values,
    errors,
    duplicates,
    ethnicityItems: ethnicityItems(values.ethnicity as string | undefined),
    dateOfBirthItems: dateInputItems('dateOfBirth', values, null, Boolean(errors?.fields.dateOfBirth)),
  });
}

export const childRoutes = new RouteTable()
  .get('/children', { permission: 'child:view', audit: 'children-listed' }, async (req, res, { listed }) => {
    const query = req.query as Record<string, string>;
    const today = res.locals.services.clock.today();
    const searched = 'q' in query || 'dateOfBirth-day' in query;
    const dateOfBirth = readDateInput(query, 'dateOfBirth', { label: 'Date of birth', required: false });
    const errors = !dateOfBirth.ok
      ? singleError(`dateOfBirth-${dateOfBirth.part}`, dateOfBirth.message)
      : searched && !query.q?.trim() && !(dateOfBirth.ok && dateOfBirth.value)
        ? singleError('q', 'Enter a name, Harbour ID, UPN or NHS number, or a date of birth')
        : undefined;
    const results =
      searched && !errors
        ? await findChildren(
            res.locals.services.db,
            { text: query.q, dateOfBirth: (dateOfBirth.ok && dateOfBirth.value) || undefined },
            today.toString(),
          )
        : [];
    // A search is audited with what was searched for, even when it found nobody.
    if (searched)
      await listed(
        results.map((result) => result.id),
        { searched: { q: query.q, dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null } },
      );
    res.status(errors ? 400 : 200).render('people/search', {
      pageTitle: 'Find a child',
      values: query,
      errors,
      searched,
      results,
      dateOfBirthItems: dateInputItems(
        'dateOfBirth',
        query,
        null,
        Boolean(errors?.list[0]?.href.startsWith('#dateOfBirth')),
      ),
    });
  })
  .get('/children/new', { permission: 'child:record', audit: 'none' }, (_req, res) => renderNewChild(res, {}))
  .post('/children/new', { permission: 'child:record' }, async (req, res) => {
    const { db, clock } = res.locals.services;
    const today = clock.today();
    const form = parseForm(childSchema, req.body);
    const unborn = req.body?.unborn === 'yes';
    const date = readDateInput(
      req.body ?? {},
      'dateOfBirth',
      unborn
        ? {
            label: 'Expected date of birth',
            notBefore: today,
            notBeforeMessage: 'Expected date of birth must be today or in the future',
          }
        : { label: 'Date of birth', notAfter: today },
    );
    const errors: FormErrors = form.ok ? { list: [], fields: {} } : form.errors;
    if (!date.ok) {
      errors.fields.dateOfBirth = { text: date.message };
      errors.list.push({ text: date.message, href: `#dateOfBirth-${date.part}` });
    }
    if (!form.ok || !date.ok) return renderNewChild(res, req.body, errors, undefined, 400);
    const details = form.value;
    const duplicates = await likelyDuplicates(db, { ...details, dateOfBirth: date.value }, today.toString());
    if (duplicates.length && details.notADuplicate !== 'yes')
      return renderNewChild(res, req.body, undefined, duplicates, 200);
    try {
      const child = await createChild(db, res.locals.actor, {
        ...details,
        dateOfBirth: unborn ? null : date.value,
        expectedDateOfBirth: unborn ? date.value : null,
      });
      req.session.flash = `${child.forename} ${child.surname} is recorded with Harbour ID ${child.id}`;
      res.redirect(`/children/${child.id}`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderNewChild(res, req.body, singleError(error.field, error.message), undefined, 400);
      throw error;
    }
  })
  .get(
    '/children/:id/family/children',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'relationships' } },
    async (req, res, { child }) => {
      const query = req.query as Record<string, unknown>;
      const blank = 'q' in query && !searchText(query).trim();
      if (blank)
        return renderLinkChild(res, child, query, singleError('q', 'Enter a name, Harbour ID, UPN or NHS number'), 400);
      await renderLinkChild(res, child, query);
    },
  )
  .post('/children/:id/family/children', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const { db } = res.locals.services;
    const values = formBody(req);
    const form = parseForm(childLinkSchema, values);
    if (!form.ok) return renderLinkChild(res, child, values, form.errors, 400);
    const { relatedChildId, relationship } = form.value;
    const related = await db.selectFrom('children').selectAll().where('id', '=', relatedChildId).executeTakeFirst();
    const errors = noErrors();
    // Only a child the search could show may be linked: a restricted record needs access first.
    if (!related || !(await mayOpenChild(db, res.locals.user!, related)))
      addError(errors, 'relatedChildId', 'Select the child to link from the search results');
    else if (
      (await familyNetwork(db, child.id)).some((member) => member.kind === 'child' && member.id === related.id)
    ) {
      addError(
        errors,
        'relatedChildId',
        `${related.forename} ${related.surname} is already in ${child.forename} ${child.surname}'s family network`,
      );
    }
    if (!related || hasErrors(errors)) return renderLinkChild(res, child, values, errors, 400);
    try {
      await linkChildren(db, res.locals.actor, { childId: child.id, relatedChildId: related.id, relationship });
    } catch (error) {
      const refused = refusalErrors(error);
      if (refused) return renderLinkChild(res, child, values, refused, 400);
      throw error;
    }
    req.session.flash = `${related.forename} ${related.surname} is now in ${child.forename} ${child.surname}'s family network`;
    res.redirect(`/children/${child.id}`);
  })
  .get(
    '/children/:id/family/adults',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'relationships' } },
    (_req, res, { child }) => {
      renderAddAdult(res, child, {});
    },
  )
  .post('/children/:id/family/adults', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const { db, clock } = res.locals.services;
    const values = formBody(req);
    const errors = noErrors();
    const names = parseForm(adultNameSchema, values);
    mergeErrors(errors, names.ok ? undefined : names.errors);
    const dateOfBirth = readDate(
      values,
      'dateOfBirth',
      { label: 'Date of birth', required: false, notAfter: clock.today() },
      errors,
    );
    const relation = parseForm(adultRelationSchema, values);
    mergeErrors(errors, relation.ok ? undefined : relation.errors);
    if (!names.ok || !relation.ok || dateOfBirth === undefined) return renderAddAdult(res, child, values, errors, 400);
    const { adult } = await addAdultToNetwork(db, res.locals.actor, {
      childId: child.id,
      forename: names.value.forename,
      surname: names.value.surname,
      dateOfBirth,
      relationship: relation.value.relationship,
      hasParentalResponsibility: relation.value.parentalResponsibility === 'yes',
    });
    req.session.flash = `${adult.forename} ${adult.surname} is now in ${child.forename} ${child.surname}'s family network`;
    res.redirect(`/children/${child.id}`);
  })
  .get('/children/:id/restricted', { permission: 'child:view', audit: 'none' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    res.render('people/restricted', { pageTitle: 'This record is restricted', child, breakGlassHours });
  })
  .post('/children/:id/restricted', { permission: 'child:view' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const form = parseForm(
      z.object({
        reason: z
          .string()
          .trim()
          .min(10, 'Explain why you need to open this record, in at least 10 characters')
          .max(1000, 'Reason must be 1000 characters or fewer'),
      }),
      req.body,
    );
    if (!form.ok)
      return res.status(400).render('people/restricted', {
        pageTitle: 'This record is restricted',
        child,
        breakGlassHours,
        errors: form.errors,
        values: req.body,
      });
    await breakGlass(
      res.locals.services.db,
      { ...res.locals.actor, userId: res.locals.user!.id },
      child.id,
      form.value.reason,
    );
    res.redirect(`/children/${child.id}`);
  })
  .get(
    '/children/:id/access-log',
    { permission: 'child:oversee', audit: { event: 'child-record-viewed', record: 'access_log' } },
    async (req, res) => {
      const child = await childNamedInPath(req, res, 'id');
      const { rows } = await findAuditEvents(res.locals.services.db, {
        childId: String(child.id),
        limit: 500,
        offset: 0,
      });
      res.render('people/access-log', {
        pageTitle: `Who viewed and changed ${child.forename} ${child.surname}'s record`,
        child,
        rows,
      });
    },
  )
  .get(
    '/children/:id/access',
    { permission: 'child:oversee', audit: { event: 'child-record-viewed', record: 'access' } },
    async (req, res) => renderAccess(req, res),
  )
  .post('/children/:id/access/restriction', { permission: 'child:oversee' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const form = parseForm(restrictionSchema, req.body);
    if (!form.ok) return renderAccess(req, res, form.errors, req.body, 400);
    try {
      await amendRecord(res.locals.services.db, res.locals.actor, {
        table: 'children',
        recordId: child.id,
        childId: child.id,
        version: form.value.version,
        changes: { access_restriction: form.value.restriction === 'none' ? null : form.value.restriction },
        reason: form.value.reason,
      });
    } catch (error) {
      if (error instanceof VersionConflictError)
        return renderAccess(
          req,
          res,
          singleError(
            'restriction',
            'Someone else changed this record while you were working. Check the restriction below and try again.',
          ),
          {},
          409,
        );
      throw error;
    }
    req.session.flash =
      form.value.restriction === 'none' ? 'The record is no longer restricted' : 'The record is restricted';
    res.redirect(`/children/${child.id}/access`);
  })
  .post('/children/:id/access/grants', { permission: 'child:oversee' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const form = parseForm(grantSchema, req.body);
    const user = form.ok ? await findUserByUsername(res.locals.services.db, form.value.username) : undefined;
    if (!form.ok || !user)
      return renderAccess(
        req,
        res,
        form.ok ? singleError('username', 'Enter the username of someone who uses Harbour') : form.errors,
        req.body,
        400,
      );
    await grantAccess(res.locals.services.db, res.locals.actor, {
      childId: child.id,
      userId: user.id,
      reason: form.value.reason,
    });
    req.session.flash = `${user.display_name} can now open this record`;
    res.redirect(`/children/${child.id}/access`);
  })
  .get(
    '/oversight/break-glass',
    { permission: 'child:oversee', audit: 'children-listed' },
    async (_req, res, { listed }) => {
      const openings = await unreviewedBreakGlass(res.locals.services.db);
      await listed(openings.map((opening) => opening.child_id));
      res.render('people/break-glass', { pageTitle: 'Restricted records opened by break-glass', openings });
    },
  )
  .post('/oversight/break-glass/:id', { permission: 'child:oversee' }, async (req, res) => {
    const id = Number(req.params.id);
    const form = parseForm(
      z.object({ note: z.string().trim().max(1000, 'Note must be 1000 characters or fewer').default('') }),
      req.body,
    );
    if (!Number.isInteger(id) || !form.ok) throw new NotFoundError();
    const reviewed = await reviewBreakGlass(
      res.locals.services.db,
      { userId: res.locals.user!.id },
      id,
      form.value.note,
    );
    if (!reviewed) throw new NotFoundError();
    req.session.flash = 'Break-glass opening marked as reviewed';
    res.redirect('/oversight/break-glass');
  });
