import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { RouteTable, type ListContext } from '../../platform/web/routeSpec.ts';
import { asList, parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { createChild, familyNetwork, findChildren, likelyDuplicates, sexCodes, siblingIds } from '../people/index.ts';
import { mayOpenChild } from '../../platform/access/recordScope.ts';
import { rolesAllow } from '../../platform/access/roles.ts';
import { recordReferral, referralSources, sourceName, type ReferralSource } from '../assessment/index.ts';
import { recordStrategyDiscussion } from '../protection/index.ts';
import { startEarlyHelp } from '../earlyhelp/index.ts';
import { councilTimescaleSettings } from '../../platform/settings/timescaleSettings.ts';
import {
  consentStatuses,
  contactOutcomes,
  levelsOfNeed,
  type ConsentStatus,
  type ContactOutcome,
  type LevelOfNeed,
} from './codes.ts';
import { consentProblem } from './model.ts';
import { childContacts, contactRecord, decideContact, recordContact, type NewContact } from './store.ts';
import { childrenOfContacts, contactsAwaitingDecision, type ContactChild } from './queue.ts';
import type { Contact, ContactDecision } from './schema.ts';
import {
  dateTimeInputItems,
  inPageOrder,
  londonDay,
  readDateTimeInput,
  refusalOnPage,
} from '../../platform/web/pageHelpers.ts';
import {
  addError,
  childName,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
} from '../../platform/web/childPages.ts';

type Listed = ListContext['listed'];

/** A contact being recorded: kept in the session across its steps, and across errors, until it is saved. */
interface ContactInProgress {
  childIds: number[];
  /** Once the household step is answered its checkboxes show the user's choice, not the suggested siblings. */
  householdChosen?: boolean;
  /** The details form as last posted, valid or not, so nothing typed is lost. */
  details?: Record<string, unknown>;
}

declare module 'express-session' {
  interface SessionData {
    newContact: ContactInProgress;
  }
}

const sourceCodes = Object.keys(referralSources) as [ReferralSource, ...ReferralSource[]];
const consentCodes = Object.keys(consentStatuses) as [ConsentStatus, ...ConsentStatus[]];
const outcomeCodes = Object.keys(contactOutcomes) as [ContactOutcome, ...ContactOutcome[]];
const flagCodes = ['domesticAbuseNotification', 'outOfHours'] as const;
/** Outcomes that open a CIN episode for each child; a strategy discussion is decided on the same day. */
const referralOutcomes: readonly string[] = ['referral', 'strategy-discussion'];

const requiredText = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || null);

const contactDetailsSchema = z.object({
  source: z.enum(sourceCodes, { error: 'Select the source of the contact from the list' }),
  sourceDetail: optionalText(200, 'Who made the contact must be 200 characters or fewer'),
  levelOfNeed: z
    .enum(['1', '2', '3', '4'], { error: 'Select the level of need' })
    .transform((value) => Number(value) as LevelOfNeed),
  consent: z.enum(consentCodes, { error: 'Select whether consent was given, not given or overridden' }),
  consentOverrideReason: optionalText(2000, 'The reason consent was overridden must be 2000 characters or fewer'),
  flags: z.preprocess(asList, z.array(z.enum(flagCodes, { error: 'Select from the list' }))),
  concerns: requiredText(10000, 'Enter the concerns', 'Concerns must be 10,000 characters or fewer'),
});
const contactFieldOrder = [
  'receivedAt',
  'source',
  'sourceDetail',
  'levelOfNeed',
  'consent',
  'consentOverrideReason',
  'flags',
  'concerns',
];

const decisionSchema = z.object({
  outcome: z.enum(outcomeCodes, { error: 'Select the decision' }),
  reasons: requiredText(10000, 'Enter the reasons for the decision', 'Reasons must be 10,000 characters or fewer'),
});
const decisionFieldOrder = ['outcome', 'reasons', 'decidedAt'];

const newChildSchema = z.object({
  forename: requiredText(100, 'Enter the first name', 'First name must be 100 characters or fewer'),
  surname: requiredText(100, 'Enter the last name', 'Last name must be 100 characters or fewer'),
  sex: z.enum(sexCodes, { error: 'Select the sex' }),
  notADuplicate: z.enum(['yes']).optional(),
});

const earlyHelpSchema = z.object({
  leadProfessional: requiredText(
    200,
    'Enter the lead professional',
    'Lead professional must be 200 characters or fewer',
  ),
  leadOrganisation: requiredText(
    200,
    'Enter the lead organisation',
    'Lead organisation must be 200 characters or fewer',
  ),
});

type ContactDetails = Omit<NewContact, 'childIds'>;

/** Reads the contact's details form; every problem is listed, in the order of the page. */
function readContactDetails(
  body: Record<string, unknown>,
  res: Response,
): { ok: true; value: ContactDetails } | { ok: false; errors: FormErrors } {
  const errors = noErrors();
  const receivedAt = readDateTimeInput(
    body,
    'receivedAt',
    'the contact was received',
    res.locals.services.clock.now(),
    errors,
  );
  const form = parseForm(contactDetailsSchema, body);
  if (!form.ok) mergeErrors(errors, form.errors);
  // Checked from what was posted, so a missing reason is reported beside the other problems.
  const consent =
    body.consent === 'overridden' ? consentProblem('overridden', fieldText(body.consentOverrideReason)) : undefined;
  if (consent) addError(errors, consent.field, consent.message);
  if (!form.ok || !receivedAt || hasErrors(errors))
    return { ok: false, errors: inPageOrder(errors, contactFieldOrder) };
  const { flags, consentOverrideReason, ...details } = form.value;
  return {
    ok: true,
    value: {
      ...details,
      receivedAt,
      consentOverrideReason: details.consent === 'overridden' ? consentOverrideReason : null,
      domesticAbuseNotification: flags.includes('domesticAbuseNotification'),
      outOfHours: flags.includes('outOfHours'),
    },
  };
}

/** A contact's details as the pages print them. */
function contactView(contact: ContactDetails, children: ContactChild[]) {
  return {
    children,
    receivedAt: contact.receivedAt,
    source: sourceName(contact.source),
    sourceDetail: contact.sourceDetail,
    levelOfNeed: contact.levelOfNeed ? `${contact.levelOfNeed}: ${levelsOfNeed[contact.levelOfNeed]}` : 'Not recorded',
    consent: consentStatuses[contact.consent],
    consentOverrideReason: contact.consentOverrideReason,
    domesticAbuseNotification: contact.domesticAbuseNotification,
    outOfHours: contact.outOfHours,
    concerns: contact.concerns,
  };
}

const storedDetails = (contact: Contact): ContactDetails => ({
  receivedAt: contact.received_at,
  source: contact.source as ReferralSource,
  sourceDetail: contact.source_detail,
  levelOfNeed: contact.level_of_need as LevelOfNeed | null,
  consent: contact.consent as ConsentStatus,
  consentOverrideReason: contact.consent_override_reason,
  domesticAbuseNotification: contact.domestic_abuse_notification,
  outOfHours: contact.out_of_hours,
  concerns: contact.concerns,
});

async function childrenByIds(res: Response, ids: number[]): Promise<ContactChild[]> {
  if (ids.length === 0) return [];
  const rows = await res.locals.services.db
    .selectFrom('children')
    .select(['id', 'forename', 'surname', 'access_restriction'])
    .where('id', 'in', ids)
    .execute();
  return ids.flatMap((id) =>
    rows
      .filter((row) => row.id === id)
      .map((row) => ({ id: row.id, name: childName(row), restricted: row.access_restriction !== null })),
  );
}

// ---------------------------------------------------------------------------------------------
// Recording a contact: find the first child, add the household's children, the details, check
// ---------------------------------------------------------------------------------------------

const newContactPath = '/front-door/contacts/new';

/** The contact in progress; with no child chosen yet the user is sent to find one (undefined). */
function contactInProgress(req: Request, res: Response): ContactInProgress | undefined {
  const inProgress = req.session.newContact;
  if (inProgress?.childIds.length) return inProgress;
  res.redirect(newContactPath);
  return undefined;
}

async function renderFindChild(req: Request, res: Response, errors?: FormErrors, status = 200, listed?: Listed) {
  const { db, clock } = res.locals.services;
  const query = req.query as Record<string, string>;
  const searched = 'q' in query || 'dateOfBirth-day' in query;
  const found = noErrors();
  const dateOfBirth = readDate(query, 'dateOfBirth', { label: 'Date of birth', required: false }, found) ?? undefined;
  if (searched && !hasErrors(found) && !query.q?.trim() && !dateOfBirth)
    addError(found, 'q', 'Enter a name, Harbour ID, UPN or NHS number, or a date of birth');
  const shownErrors = errors ?? (hasErrors(found) ? found : undefined);
  const results =
    searched && !hasErrors(found)
      ? await findChildren(db, { text: query.q, dateOfBirth }, clock.today().toString())
      : [];
  const chosen = await childrenByIds(res, req.session.newContact?.childIds ?? []);
  await listed?.([...results.map((result) => result.id), ...chosen.map((child) => child.id)], {
    searched: { q: query.q, dateOfBirth },
  });
  res.status(shownErrors && !errors ? 400 : status).render('frontdoor/new-find', {
    pageTitle: 'Record a contact: find the child',
    values: query,
    errors: shownErrors,
    searched,
    results,
    chosen,
    dateOfBirthItems: dateInputItems('dateOfBirth', query, null, Boolean(shownErrors?.fields.dateOfBirth)),
  });
}

function renderAddChild(
  res: Response,
  values: Record<string, unknown>,
  errors?: FormErrors,
  duplicates?: unknown[],
  status = 200,
) {
  res.status(status).render('frontdoor/new-add-child', {
    pageTitle: 'Record a contact: add a child',
    values,
    errors,
    duplicates,
    dateOfBirthItems: dateInputItems('dateOfBirth', values, null, Boolean(errors?.fields.dateOfBirth)),
  });
}

/** The first child's family network children, and any other children already added, as checkboxes. */
async function householdOptions(res: Response, inProgress: ContactInProgress) {
  const { db } = res.locals.services;
  const [firstId, ...others] = inProgress.childIds as [number, ...number[]];
  const network = (await familyNetwork(db, firstId)).filter(
    (member) => member.kind === 'child' && member.id !== firstId,
  );
  const siblings = new Set(await siblingIds(db, firstId));
  const added = (await childrenByIds(res, others)).filter((child) => !network.some((member) => member.id === child.id));
  const chosen = (id: number) => inProgress.childIds.includes(id) || (!inProgress.householdChosen && siblings.has(id));
  return {
    first: (await childrenByIds(res, [firstId]))[0]!,
    options: [
      ...network.map((member) => ({
        id: member.id,
        name: member.name,
        relationship: member.relationship,
        dateOfBirth: member.dateOfBirth,
        checked: chosen(member.id),
      })),
      ...added.map((child) => ({
        id: child.id,
        name: child.name,
        relationship: null,
        dateOfBirth: null,
        checked: true,
      })),
    ],
  };
}

async function renderHousehold(
  res: Response,
  inProgress: ContactInProgress,
  errors?: FormErrors,
  status = 200,
  listed?: Listed,
) {
  const { first, options } = await householdOptions(res, inProgress);
  await listed?.([first.id, ...options.map((option) => option.id)]);
  res.status(status).render('frontdoor/new-household', {
    pageTitle: 'Record a contact: children in the household',
    first,
    options,
    errors,
  });
}

function renderDetails(
  res: Response,
  inProgress: ContactInProgress,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  return childrenByIds(res, inProgress.childIds).then((children) =>
    res.status(status).render('frontdoor/new-details', {
      pageTitle: 'Record a contact: details',
      children,
      values,
      errors,
      receivedAt: dateTimeInputItems('receivedAt', values, errors),
      sourceItems: [
        { value: '', text: 'Select the source' },
        ...sourceCodes.map((code) => ({ value: code, text: sourceName(code), selected: values.source === code })),
      ],
      levelsOfNeed,
      consentStatuses,
      flags: asList(values.flags),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Decisions and what follows them
// ---------------------------------------------------------------------------------------------

interface DecidedContact {
  contact: Contact;
  decision: ContactDecision | undefined;
  children: ContactChild[];
}

async function contactFromParams(req: Request, res: Response): Promise<DecidedContact> {
  const { db } = res.locals.services;
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', idParam(req)).executeTakeFirst();
  if (!contact) throw new NotFoundError();
  const decision = await db
    .selectFrom('contact_decisions')
    .selectAll()
    .where('contact_id', '=', contact.id)
    .executeTakeFirst();
  const children = (await childrenOfContacts(db, [contact.id])).get(contact.id) ?? [];
  return { contact, decision, children };
}

/** A page of a contact shows its children: each child's trail records a view of the contact. */
const listedAsContact = (listed: Listed, found: DecidedContact) =>
  listed(
    found.children.map((child) => child.id),
    {},
    { record: 'contacts', recordId: found.contact.id },
  );

function renderDecision(
  res: Response,
  found: DecidedContact,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  res.status(status).render('frontdoor/decision', {
    pageTitle: 'Record the decision on a contact',
    contactId: found.contact.id,
    summary: contactView(storedDetails(found.contact), found.children),
    values,
    errors,
    decidedAt: dateTimeInputItems(
      'decidedAt',
      values,
      errors,
      values['decidedAt-day'] === undefined ? new Date(res.locals.services.clock.now().epochMilliseconds) : undefined,
    ),
    contactOutcomes,
  });
}

/** What each child of a referral or strategy discussion decision still needs, from the records already made. */
async function referralsStillToRecord(res: Response, found: DecidedContact) {
  const { db } = res.locals.services;
  const referrals = await db
    .selectFrom('referrals')
    .select(['id', 'child_id'])
    .where('contact_id', '=', found.contact.id)
    .execute();
  const discussed = referrals.length
    ? await db
        .selectFrom('strategy_discussions')
        .select('child_id')
        .where(
          'referral_id',
          'in',
          referrals.map((referral) => referral.id),
        )
        .execute()
    : [];
  const strategyDiscussion = found.decision?.outcome === 'strategy-discussion';
  return found.children.flatMap((child) => {
    const referralId = referrals.find((referral) => referral.child_id === child.id)?.id;
    const needsDiscussion = strategyDiscussion && !discussed.some((row) => row.child_id === child.id);
    return referralId === undefined || needsDiscussion ? [{ child, referralId, needsDiscussion }] : [];
  });
}

async function earlyHelpStillToOpen(res: Response, found: DecidedContact) {
  const opened = await res.locals.services.db
    .selectFrom('early_help_episodes')
    .select('child_id')
    .where('contact_id', '=', found.contact.id)
    .execute();
  return found.children.filter((child) => !opened.some((row) => row.child_id === child.id));
}

/** What follows a contact cannot be dated before the day it was received. */
const onOrAfterContact = (contact: Contact, label: string) => ({
  notBefore: Temporal.PlainDate.from(londonDay(contact.received_at)),
  notBeforeMessage: `${label} must be on or after the day the contact was received`,
});

/** The follow-up page of a decision, or the contact's page when its outcome has none. */
function followUpPath(contactId: number, outcome: string): string {
  if (referralOutcomes.includes(outcome)) return `/front-door/contacts/${contactId}/referrals`;
  if (outcome === 'early-help') return `/front-door/contacts/${contactId}/early-help`;
  return `/front-door/contacts/${contactId}`;
}

/** Follow-up pages open only for a decided contact with that outcome and work still to do. */
async function decidedAs(
  req: Request,
  res: Response,
  outcomes: readonly string[],
): Promise<(DecidedContact & { decision: ContactDecision }) | undefined> {
  const found = await contactFromParams(req, res);
  if (found.decision && outcomes.includes(found.decision.outcome))
    return found as DecidedContact & { decision: ContactDecision };
  res.redirect(`/front-door/contacts/${found.contact.id}`);
  return undefined;
}

async function renderReferrals(
  res: Response,
  found: DecidedContact & { decision: ContactDecision },
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const remaining = await referralsStillToRecord(res, found);
  if (remaining.length === 0) return res.redirect(`/front-door/contacts/${found.contact.id}`);
  const strategyDiscussion = found.decision.outcome === 'strategy-discussion';
  res.status(status).render('frontdoor/referrals', {
    pageTitle: strategyDiscussion
      ? 'Record the referrals and the decision to hold a strategy discussion'
      : 'Record the referrals',
    contactId: found.contact.id,
    strategyDiscussion,
    remaining,
    source: sourceName(found.contact.source),
    values,
    errors,
    referralDateItems: dateInputItems(
      'referralDate',
      values,
      londonDay(found.decision.decided_at),
      Boolean(errors?.fields.referralDate),
    ),
  });
}

async function renderEarlyHelp(
  res: Response,
  found: DecidedContact & { decision: ContactDecision },
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const remaining = await earlyHelpStillToOpen(res, found);
  if (remaining.length === 0) return res.redirect(`/front-door/contacts/${found.contact.id}`);
  const chosen =
    values.childIds === undefined && !errors ? remaining.map((child) => String(child.id)) : asList(values.childIds);
  res.status(status).render('frontdoor/early-help', {
    pageTitle: 'Open early help for the children',
    contactId: found.contact.id,
    childItems: remaining.map((child) => ({
      value: String(child.id),
      text: child.name,
      checked: chosen.includes(String(child.id)),
    })),
    values,
    errors,
    startDateItems: dateInputItems(
      'startDate',
      values,
      londonDay(found.decision.decided_at),
      Boolean(errors?.fields.startDate),
    ),
  });
}

export const frontDoorRoutes = new RouteTable()
  .get('/front-door', { permission: 'frontdoor:record', audit: 'children-listed' }, async (_req, res, { listed }) => {
    const { db, clock } = res.locals.services;
    const settings = await councilTimescaleSettings(db);
    const queue = await contactsAwaitingDecision(db, clock.now(), settings);
    await listed(queue.flatMap((contact) => contact.children.map((child) => child.id)));
    res.render('frontdoor/queue', {
      pageTitle: 'Front door',
      queue,
      sources: Object.fromEntries(sourceCodes.map((code) => [code, sourceName(code)])),
      standard:
        settings.contactDecisionWithin === '24-hours'
          ? 'within 24 hours of receipt'
          : 'by the end of the next working day',
      overdueCount: queue.filter((row) => row.overdue).length,
    });
  })
  .get(newContactPath, { permission: 'frontdoor:record', audit: 'children-listed' }, (req, res, { listed }) =>
    renderFindChild(req, res, undefined, 200, listed),
  )
  .post(`${newContactPath}/child`, { permission: 'frontdoor:record' }, async (req, res) => {
    const { db } = res.locals.services;
    const id = Number(req.body?.childId);
    const child =
      Number.isSafeInteger(id) && id > 0
        ? await db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst()
        : undefined;
    if (!child) {
      const errors = noErrors();
      addError(errors, 'q', 'Select a child from the search results, or add a child who is not in Harbour');
      return renderFindChild(req, res, errors, 400);
    }
    if (!(await mayOpenChild(db, res.locals.user!, child))) return res.redirect(`/children/${child.id}/restricted`);
    const inProgress = req.session.newContact ?? { childIds: [] };
    if (!inProgress.childIds.includes(child.id)) inProgress.childIds.push(child.id);
    req.session.newContact = inProgress;
    res.redirect(`${newContactPath}/household`);
  })
  .get(`${newContactPath}/add-child`, { permission: 'frontdoor:record', audit: 'none' }, (_req, res) =>
    renderAddChild(res, {}),
  )
  .post(`${newContactPath}/add-child`, { permission: 'frontdoor:record' }, async (req, res) => {
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const errors = noErrors();
    const form = parseForm(newChildSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    const dateOfBirth = readDate(body, 'dateOfBirth', { label: 'Date of birth', notAfter: clock.today() }, errors);
    if (!form.ok || !dateOfBirth || hasErrors(errors))
      return renderAddChild(
        res,
        body,
        inPageOrder(errors, ['forename', 'surname', 'dateOfBirth', 'sex']),
        undefined,
        400,
      );
    const duplicates = await likelyDuplicates(db, { ...form.value, dateOfBirth }, clock.today().toString());
    if (duplicates.length && form.value.notADuplicate !== 'yes')
      return renderAddChild(res, body, undefined, duplicates);
    try {
      const child = await createChild(db, res.locals.actor, {
        forename: form.value.forename,
        surname: form.value.surname,
        sex: form.value.sex,
        dateOfBirth,
      });
      const inProgress = req.session.newContact ?? { childIds: [] };
      inProgress.childIds.push(child.id);
      req.session.newContact = inProgress;
      req.session.flash = `${childName(child)} is recorded with Harbour ID ${child.id}`;
      res.redirect(`${newContactPath}/household`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderAddChild(
          res,
          body,
          refusalOnPage(error, ['forename', 'surname', 'dateOfBirth', 'sex'], ['dateOfBirth']),
          undefined,
          400,
        );
      throw error;
    }
  })
  .get(
    `${newContactPath}/household`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (inProgress) await renderHousehold(res, inProgress, undefined, 200, listed);
    },
  )
  .post(`${newContactPath}/household`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const { options } = await householdOptions(res, inProgress);
    const picked = asList(req.body?.childIds).map(Number);
    if (picked.some((id) => !options.some((option) => option.id === id))) {
      const errors = noErrors();
      addError(errors, 'childIds', 'Select children from the list');
      return renderHousehold(res, inProgress, errors, 400);
    }
    req.session.newContact = {
      ...inProgress,
      childIds: [
        inProgress.childIds[0]!,
        ...options.filter((option) => picked.includes(option.id)).map((option) => option.id),
      ],
      householdChosen: true,
    };
    res.redirect(`${newContactPath}/details`);
  })
  .get(
    `${newContactPath}/details`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (inProgress) await listed(inProgress.childIds);
      if (inProgress) await renderDetails(res, inProgress, inProgress.details ?? {});
    },
  )
  .post(`${newContactPath}/details`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const { _csrf, ...posted } = req.body ?? {};
    req.session.newContact = { ...inProgress, details: posted };
    const details = readContactDetails(posted, res);
    if (!details.ok) return renderDetails(res, inProgress, posted, details.errors, 400);
    res.redirect(`${newContactPath}/check`);
  })
  .get(
    `${newContactPath}/check`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (!inProgress) return;
      const details = readContactDetails(inProgress.details ?? {}, res);
      if (!details.ok) return res.redirect(`${newContactPath}/details`);
      await listed(inProgress.childIds);
      res.render('frontdoor/new-check', {
        pageTitle: 'Check the contact before saving it',
        summary: contactView(details.value, await childrenByIds(res, inProgress.childIds)),
      });
    },
  )
  .post(`${newContactPath}/check`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const details = readContactDetails(inProgress.details ?? {}, res);
    if (!details.ok) return res.redirect(`${newContactPath}/details`);
    try {
      const { contact, childIds } = await recordContact(res.locals.services.db, res.locals.actor, {
        ...details.value,
        childIds: inProgress.childIds,
      });
      delete req.session.newContact;
      req.session.flash = `The contact about ${childIds.length} ${childIds.length === 1 ? 'child' : 'children'} is recorded and waiting for a decision`;
      res.redirect(`/front-door/contacts/${contact.id}`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderDetails(
          res,
          inProgress,
          inProgress.details ?? {},
          refusalOnPage(error, contactFieldOrder, ['receivedAt']),
          400,
        );
      throw error;
    }
  })
  .post(`${newContactPath}/cancel`, { permission: 'frontdoor:record' }, (req, res) => {
    delete req.session.newContact;
    req.session.flash = 'The contact was not saved';
    res.redirect('/front-door');
  })
  .get(
    '/front-door/contacts/:id',
    { permission: 'child:view', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const { db } = res.locals.services;
      const { contact, children } = await contactFromParams(req, res);
      for (const child of children) {
        if (
          child.restricted &&
          !(await mayOpenChild(db, res.locals.user!, { id: child.id, access_restriction: 'restricted' }))
        )
          return res.redirect(`/children/${child.id}/restricted`);
      }
      const viewed = (await contactRecord(db, contact.id))!;
      await listed(viewed.childIds, {}, { record: 'contacts', recordId: contact.id });
      const decidedBy = viewed.decision?.decided_by
        ? await db
            .selectFrom('users')
            .select('display_name')
            .where('id', '=', viewed.decision.decided_by)
            .executeTakeFirst()
        : undefined;
      const referrals = await db
        .selectFrom('referrals')
        .leftJoin('strategy_discussions', 'strategy_discussions.referral_id', 'referrals.id')
        .select([
          'referrals.child_id',
          'referrals.referral_date',
          'strategy_discussions.decision_date as strategy_discussion_date',
        ])
        .where('referrals.contact_id', '=', contact.id)
        .orderBy('referrals.child_id')
        .execute();
      const earlyHelp = await db
        .selectFrom('early_help_episodes')
        .select(['child_id', 'start_date', 'lead_organisation'])
        .where('contact_id', '=', contact.id)
        .orderBy('child_id')
        .execute();
      const nameOf = (childId: number) => children.find((child) => child.id === childId)?.name;
      const outcome = viewed.decision?.outcome;
      const followUpWaiting =
        outcome !== undefined &&
        ((referralOutcomes.includes(outcome) &&
          (await referralsStillToRecord(res, { contact, decision: viewed.decision, children })).length > 0) ||
          (outcome === 'early-help' &&
            (await earlyHelpStillToOpen(res, { contact, decision: viewed.decision, children })).length > 0));
      res.render('frontdoor/contact', {
        pageTitle: `Contact received ${londonDay(contact.received_at)}`,
        contact,
        summary: contactView(storedDetails(contact), children),
        decision: viewed.decision,
        outcome: outcome && contactOutcomes[outcome as ContactOutcome],
        decidedBy: decidedBy?.display_name,
        referrals: referrals.map((row) => ({ ...row, name: nameOf(row.child_id) })),
        earlyHelp: earlyHelp.map((row) => ({ ...row, name: nameOf(row.child_id) })),
        followUp: followUpWaiting && {
          href: followUpPath(contact.id, outcome),
          text: outcome === 'early-help' ? 'Open early help for the children' : 'Record the referrals',
        },
        staysOnFile: contact.domestic_abuse_notification && outcome === 'no-further-action',
      });
    },
  )
  .get(
    '/front-door/contacts/:id/decision',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      await refuseUnlessCouncilAllowsDecider(res);
      const found = await contactFromParams(req, res);
      if (found.decision) return res.redirect(`/front-door/contacts/${found.contact.id}`);
      await listedAsContact(listed, found);
      renderDecision(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/decision', { permission: 'frontdoor:decide' }, async (req, res) => {
    await refuseUnlessCouncilAllowsDecider(res);
    const found = await contactFromParams(req, res);
    const body = req.body ?? {};
    const errors = noErrors();
    const form = parseForm(decisionSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    const decidedAt = readDateTimeInput(
      body,
      'decidedAt',
      'the decision was made',
      res.locals.services.clock.now(),
      errors,
    );
    if (!form.ok || !decidedAt || hasErrors(errors))
      return renderDecision(res, found, body, inPageOrder(errors, decisionFieldOrder), 400);
    try {
      await decideContact(res.locals.services.db, res.locals.actor, {
        contactId: found.contact.id,
        decidedAt,
        ...form.value,
      });
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderDecision(res, found, body, refusalOnPage(error, decisionFieldOrder, ['decidedAt']), 400);
      throw error;
    }
    const outcome = form.value.outcome;
    req.session.flash = `Decision recorded: ${contactOutcomes[outcome]}`;
    res.redirect(followUpPath(found.contact.id, outcome));
  })
  .get(
    '/front-door/contacts/:id/referrals',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const found = await decidedAs(req, res, referralOutcomes);
      if (found) await listedAsContact(listed, found);
      if (found) await renderReferrals(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/referrals', { permission: 'frontdoor:decide' }, async (req, res) => {
    const found = await decidedAs(req, res, referralOutcomes);
    if (!found) return;
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const errors = noErrors();
    const referralDate = readDate(
      body,
      'referralDate',
      {
        label: 'The date of the referral',
        notAfter: clock.today(),
        ...onOrAfterContact(found.contact, 'The date of the referral'),
      },
      errors,
    );
    if (!referralDate || hasErrors(errors)) return renderReferrals(res, found, body, errors, 400);
    for (const { child, referralId, needsDiscussion } of await referralsStillToRecord(res, found)) {
      try {
        const referral =
          referralId ??
          (
            await recordReferral(db, res.locals.actor, {
              childId: child.id,
              referralDate,
              source: found.contact.source as ReferralSource,
              contactId: found.contact.id,
            })
          ).id;
        if (needsDiscussion)
          await recordStrategyDiscussion(db, res.locals.actor, {
            childId: child.id,
            referralId: referral,
            decisionDate: referralDate,
          });
      } catch (error) {
        if (!(error instanceof RecordIntegrityError)) throw error;
        return renderReferrals(
          res,
          found,
          body,
          refusalOnPage(error, ['referralDate'], ['referralDate'], child.name),
          400,
        );
      }
    }
    req.session.flash =
      found.decision.outcome === 'strategy-discussion'
        ? 'The referrals and the decision to hold a strategy discussion are recorded'
        : 'The referrals are recorded';
    res.redirect(`/front-door/contacts/${found.contact.id}`);
  })
  .get(
    '/front-door/contacts/:id/early-help',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const found = await decidedAs(req, res, ['early-help']);
      if (found) await listedAsContact(listed, found);
      if (found) await renderEarlyHelp(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/early-help', { permission: 'frontdoor:decide' }, async (req, res) => {
    const found = await decidedAs(req, res, ['early-help']);
    if (!found) return;
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const remaining = await earlyHelpStillToOpen(res, found);
    const errors = noErrors();
    const picked = asList(body.childIds).map(Number);
    if (picked.length === 0) addError(errors, 'childIds', 'Select the children who will have early help');
    else if (picked.some((id) => !remaining.some((child) => child.id === id)))
      addError(errors, 'childIds', 'Select children from the list');
    const startDate = readDate(
      body,
      'startDate',
      { label: 'The start date', notAfter: clock.today(), ...onOrAfterContact(found.contact, 'The start date') },
      errors,
    );
    const form = parseForm(earlyHelpSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    if (!form.ok || !startDate || hasErrors(errors))
      return renderEarlyHelp(
        res,
        found,
        body,
        inPageOrder(errors, ['childIds', 'startDate', 'leadProfessional', 'leadOrganisation']),
        400,
      );
    for (const child of remaining.filter((child) => picked.includes(child.id))) {
      try {
        await startEarlyHelp(db, res.locals.actor, {
          childId: child.id,
          startDate,
          contactId: found.contact.id,
          ...form.value,
        });
      } catch (error) {
        if (!(error instanceof RecordIntegrityError)) throw error;
        return renderEarlyHelp(
          res,
          found,
          body,
          refusalOnPage(error, ['startDate', 'leadProfessional', 'leadOrganisation'], ['startDate'], child.name),
          400,
        );
      }
    }
    req.session.flash = `Early help is open for ${picked.length} ${picked.length === 1 ? 'child' : 'children'}`;
    res.redirect(`/front-door/contacts/${found.contact.id}`);
  })
  .get(
    '/children/:id/contacts',
    { permission: 'child:view', child: true, audit: { event: 'child-record-viewed', record: 'contacts' } },
    async (_req, res, { child }) => {
      const contacts = await childContacts(res.locals.services.db, child.id);
      res.render('frontdoor/child-contacts', {
        pageTitle: `Contacts about ${childName(child)}`,
        child,
        contacts: contacts.map((contact) => ({
          ...contact,
          source: sourceName(contact.source),
          outcome: contact.outcome && contactOutcomes[contact.outcome as ContactOutcome],
        })),
      });
    },
  );

/** Where the council requires it, only a manager records the front door's decision (a local standard). */
async function refuseUnlessCouncilAllowsDecider(res: Response): Promise<void> {
  const settings = await councilTimescaleSettings(res.locals.services.db);
  if (settings.contactDecisionByManager && !rolesAllow(res.locals.user!.roles, 'frontdoor:decide-as-manager'))
    throw new ForbiddenError('In this council a manager records the decision on a contact');
}
