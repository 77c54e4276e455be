// The front door pages' view models, form readers and contact loaders, shared by its route files.
import { knownTo, mayOpenChild, type KnownChildren } from '../../platform/access/recordScope.ts';
import { allocationOn } from '../workforce/index.ts';
import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Listed } from '../../platform/web/routeSpec.ts';
import { asList, parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { codeEntries, codesIn } from '../../core/codeLists.ts';
import { familyNetwork, findChildren, sexCodes, siblingIds } from '../people/index.ts';
import { rolesAllow } from '../../platform/access/roles.ts';
import {
  openReferralOn,
  primaryNeedCodes,
  referralsSince,
  referralSources,
  sourceName,
  type PrimaryNeedCode,
  type ReferralSource,
} from '../assessment/index.ts';
import {
  consentStatuses,
  contactOutcomes,
  levelsOfNeed,
  type ConsentStatus,
  type ContactOutcome,
  type LevelOfNeed,
} from './codes.ts';
import { consentProblem } from './model.ts';
import type { contactRecord, NewContact } from './store.ts';
import { longDate } from '../../core/dateText.ts';
import { childrenOfContacts, type ContactChild } from './queue.ts';
import type { Contact, ContactDecision } from './schema.ts';
import { childrenHelpedFrom, readFamilyHelpModel } from '../familyhelp/index.ts';
import { dateTimeInputItems, inPageOrder, londonDay, readDateTimeInput } from '../../platform/web/pageHelpers.ts';
import {
  addError,
  childName,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
  requiredText,
} from '../../platform/web/childPages.ts';

/** A contact being recorded: kept in the session across its steps, and across errors, until it is saved. */
export interface ContactInProgress {
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

export const sourceCodes = codesIn(referralSources);
export const consentCodes = codesIn(consentStatuses);
export const outcomeCodes = codesIn(contactOutcomes);
export const flagCodes = ['domesticAbuseNotification', 'outOfHours'] as const;
/** Outcomes that open a CIN episode for each child; a strategy discussion is decided on the same day. */
export const referralOutcomes: readonly string[] = ['referral', 'strategy-discussion'];

export const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || null);

export const contactDetailsSchema = z.object({
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
export const contactFieldOrder = [
  'receivedAt',
  'source',
  'sourceDetail',
  'levelOfNeed',
  'consent',
  'consentOverrideReason',
  'flags',
  'concerns',
];

export const decisionSchema = z.object({
  outcome: z.enum(outcomeCodes, { error: 'Select the decision' }),
  reasons: requiredText(10000, 'Enter the reasons for the decision', 'Reasons must be 10,000 characters or fewer'),
});
export const decisionFieldOrder = ['outcome', 'reasons', 'decidedAt'];

export const newChildSchema = z.object({
  forename: requiredText(100, 'Enter the first name', 'First name must be 100 characters or fewer'),
  surname: requiredText(100, 'Enter the last name', 'Last name must be 100 characters or fewer'),
  sex: z.enum(sexCodes, { error: 'Select the sex' }),
  notADuplicate: z.enum(['yes']).optional(),
});

export const earlyHelpSchema = z.object({
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

export type ContactDetails = Omit<NewContact, 'childIds'>;

/** Reads the contact's details form; every problem is listed, in the order of the page. */
export function readContactDetails(
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
export function contactView(contact: ContactDetails, children: ContactChild[]) {
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

export const storedDetails = (contact: Contact): ContactDetails => ({
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

export async function childrenByIds(res: Response, ids: number[]): Promise<ContactChild[]> {
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

export const newContactPath = '/front-door/contacts/new';

/** The contact in progress; with no child chosen yet the user is sent to find one (undefined). */
export function contactInProgress(req: Request, res: Response): ContactInProgress | undefined {
  const inProgress = req.session.newContact;
  if (inProgress?.childIds.length) return inProgress;
  res.redirect(newContactPath);
  return undefined;
}

export async function renderFindChild(req: Request, res: Response, errors?: FormErrors, status = 200, listed?: Listed) {
  const { db, clock } = res.locals.services;
  const query = req.query as Record<string, string>;
  const searched = 'q' in query || 'dateOfBirth-day' in query;
  const found = noErrors();
  const dateOfBirth = readDate(query, 'dateOfBirth', { label: 'Date of birth', required: false }, found) ?? undefined;
  if (searched && !hasErrors(found) && !query.q?.trim() && !dateOfBirth)
    addError(found, 'q', 'Enter a name, Harbour ID, UPN or NHS number, or a date of birth');
  const shownErrors = errors ?? (hasErrors(found) ? found : undefined);
  const { shown: results, withheld } = await knownTo(
    db,
    res.locals.user!,
    searched && !hasErrors(found)
      ? await findChildren(db, { text: query.q, dateOfBirth }, clock.today().toString())
      : [],
  );
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
    withheld,
    chosen,
    dateOfBirthItems: dateInputItems('dateOfBirth', query, null, Boolean(shownErrors?.fields.dateOfBirth)),
  });
}

export function renderAddChild(
  res: Response,
  values: Record<string, unknown>,
  errors?: FormErrors,
  duplicates?: KnownChildren<unknown>,
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
export async function householdOptions(res: Response, inProgress: ContactInProgress) {
  const { db } = res.locals.services;
  const [firstId, ...others] = inProgress.childIds as [number, ...number[]];
  // A restricted brother or sister is not named here, nor can the contact be recorded about them from here.
  const { shown: network, withheld } = await knownTo(
    db,
    res.locals.user!,
    (await familyNetwork(db, firstId))
      .filter((member) => member.kind === 'child' && member.id !== firstId)
      .map((member) => ({ ...member, access_restriction: member.accessRestriction })),
  );
  const siblings = new Set(await siblingIds(db, firstId));
  const added = (await childrenByIds(res, others)).filter((child) => !network.some((member) => member.id === child.id));
  const chosen = (id: number) => inProgress.childIds.includes(id) || (!inProgress.householdChosen && siblings.has(id));
  return {
    withheld,
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

export async function renderHousehold(
  res: Response,
  inProgress: ContactInProgress,
  errors?: FormErrors,
  status = 200,
  listed?: Listed,
) {
  const { first, options, withheld } = await householdOptions(res, inProgress);
  await listed?.([first.id, ...options.map((option) => option.id)]);
  res.status(status).render('frontdoor/new-household', {
    pageTitle: 'Record a contact: children in the household',
    first,
    options,
    withheld,
    errors,
  });
}

export function renderDetails(
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
      levelsOfNeed: codeEntries(levelsOfNeed),
      consentStatuses,
      flags: asList(values.flags),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Decisions and what follows them
// ---------------------------------------------------------------------------------------------

export interface DecidedContact {
  contact: Contact;
  decision: ContactDecision | undefined;
  children: ContactChild[];
}

export async function contactFromParams(req: Request, res: Response): Promise<DecidedContact> {
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
export const listedAsContact = (listed: Listed, found: DecidedContact) =>
  listed(
    found.children.map((child) => child.id),
    {},
    { record: 'contacts', recordId: found.contact.id },
  );

/** What the front door knows of a child on a contact, as the decision page shows it. */
export interface ChildSituation {
  child: ContactChild;
  /** A restricted record the person cannot open: nothing of it is shown. */
  withheld: boolean;
  statuses: string[];
  /** The child's open referral (CIN episode): a contact about them is information for the allocated team. */
  openReferral: { id: number; referralDate: string } | undefined;
  allocation: { workerName: string; teamName: string } | undefined;
  /** The other contacts and the referrals in the last 12 months, newest first. */
  recentContacts: Date[];
  recentReferrals: string[];
}

/** Each child's situation today: status, allocated worker and team, the last 12 months at the front door. */
export async function situationsOf(res: Response, found: DecidedContact): Promise<ChildSituation[]> {
  const { db, clock, childStatuses } = res.locals.services;
  const today = clock.today();
  const on = today.toString();
  const since = today.subtract({ months: 12 }).toString();
  const ids = found.children.map((child) => child.id);
  const [statuses, referrals, contacts] = await Promise.all([
    childStatuses.statusesOf(db, ids, on),
    referralsSince(db, ids, since),
    ids.length
      ? db
          .selectFrom('contact_children')
          .innerJoin('contacts', 'contacts.id', 'contact_children.contact_id')
          .select(['contact_children.child_id', 'contacts.received_at'])
          .where('contact_children.child_id', 'in', ids)
          .where('contacts.id', '!=', found.contact.id)
          .where('contacts.received_at', '>=', new Date(`${since}T00:00:00Z`))
          .orderBy('contacts.received_at', 'desc')
          .execute()
      : Promise.resolve([]),
  ]);
  return Promise.all(
    found.children.map(async (child) => {
      const withheld =
        child.restricted &&
        !(await mayOpenChild(db, res.locals.user!, { id: child.id, access_restriction: 'restricted' }));
      const open = await openReferralOn(db, child.id, on);
      const allocation = withheld ? undefined : await allocationOn(db, child.id, on);
      return {
        child,
        withheld,
        statuses: withheld ? [] : (statuses.get(child.id) ?? []),
        openReferral: open && { id: open.id, referralDate: open.referral_date },
        allocation: allocation && { workerName: allocation.worker_name, teamName: allocation.team_name },
        recentContacts: withheld
          ? []
          : contacts.filter((row) => row.child_id === child.id).map((row) => row.received_at),
        recentReferrals: withheld
          ? []
          : referrals
              .filter((row) => row.child_id === child.id && row.referral_date >= since)
              .map((row) => row.referral_date),
      };
    }),
  );
}

/**
 * Whether the decision fits the children's situations, explained before the database refuses: a
 * child whose case is open cannot be referred again (their contact is information for the allocated
 * team), and only a child whose case is open can have their contact passed to the allocated team.
 */
export function decisionProblem(outcome: ContactOutcome, situations: ChildSituation[]): string | undefined {
  const open = situations.filter((situation) => situation.openReferral);
  const notOpen = situations.filter((situation) => !situation.openReferral);
  const named = (list: ChildSituation[]) => list.map((situation) => situation.child.name).join(', ');
  if (outcome === 'referral' && open.length > 0) {
    const restricted = open.filter((situation) => situation.withheld);
    if (restricted.length > 0)
      return `A referral cannot be recorded for ${named(restricted)}: the record is restricted, ask the service manager`;
    return `${named(open)} already ${open.length === 1 ? 'has' : 'have'} an open case: a contact about them is information for the allocated team, not a new referral. Choose “${contactOutcomes['allocated-team']}”${notOpen.length ? ', and record a separate contact for the other children' : ''}`;
  }
  if (outcome === 'allocated-team' && notOpen.length > 0)
    return `${named(notOpen)} ${notOpen.length === 1 ? 'has' : 'have'} no open case to pass the contact to: choose another decision`;
  return undefined;
}

/** The decision page, with the children's situations the request has already read (`situationsOf`). */
export async function renderDecision(
  res: Response,
  found: DecidedContact,
  situations: ChildSituation[],
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  res.status(status).render('frontdoor/decision', {
    pageTitle: 'Record the decision on a contact',
    contactId: found.contact.id,
    summary: contactView(storedDetails(found.contact), found.children),
    situations,
    allOpen: situations.length > 0 && situations.every((situation) => situation.openReferral),
    values,
    errors,
    decidedAt: dateTimeInputItems(
      'decidedAt',
      values,
      errors,
      values['decidedAt-day'] === undefined ? new Date(res.locals.services.clock.now().epochMilliseconds) : undefined,
    ),
    contactOutcomes,
    familyHelpModel: await readFamilyHelpModel(res.locals.services.db),
  });
}

/**
 * The council's Family Help model decides which of early help and Family Help the front door
 * offers (the familyhelp area's setting); the other is refused, as the form does not offer it.
 */
export async function outcomeOffered(res: Response, outcome: string): Promise<string | undefined> {
  const unified = (await readFamilyHelpModel(res.locals.services.db)) === 'unified';
  if (outcome === 'family-help' && !unified)
    return 'This council keeps early help and children’s social care as two journeys: choose early help or a referral';
  if (outcome === 'early-help' && unified) return 'This council offers Family Help in place of early help';
  return undefined;
}

/** What each child of a referral or strategy discussion decision still needs, from the records already made. */
export async function referralsStillToRecord(res: Response, found: DecidedContact) {
  const { db } = res.locals.services;
  const referrals = await db
    .selectFrom('referrals')
    .select(['id', 'child_id'])
    .where('contact_id', '=', found.contact.id)
    .execute();
  const strategyDiscussion = found.decision?.outcome === 'strategy-discussion';
  // A child whose case is already open has the strategy discussion in their open referral, not a new one.
  const decisionDay = found.decision ? londonDay(found.decision.decided_at) : undefined;
  const alreadyOpen = new Map<number, number>();
  if (strategyDiscussion && decisionDay)
    for (const child of found.children) {
      if (referrals.some((referral) => referral.child_id === child.id)) continue;
      const open = await openReferralOn(db, child.id, decisionDay);
      if (open) alreadyOpen.set(child.id, open.id);
    }
  const discussedIn = [...referrals.map((referral) => referral.id), ...alreadyOpen.values()];
  // A discussion already decided in an open referral on or after the decision counts as this one's.
  const discussed = discussedIn.length
    ? await db
        .selectFrom('strategy_discussions')
        .select('child_id')
        .where('referral_id', 'in', discussedIn)
        .where((eb) =>
          alreadyOpen.size && decisionDay
            ? eb.or([
                eb('referral_id', 'in', referrals.length ? referrals.map((referral) => referral.id) : [0]),
                eb('decision_date', '>=', decisionDay),
              ])
            : eb.val(true),
        )
        .execute()
    : [];
  return found.children.flatMap((child) => {
    const referralId = referrals.find((referral) => referral.child_id === child.id)?.id ?? alreadyOpen.get(child.id);
    const needsDiscussion = strategyDiscussion && !discussed.some((row) => row.child_id === child.id);
    return referralId === undefined || needsDiscussion ? [{ child, referralId, needsDiscussion }] : [];
  });
}

/** The field of a child's primary need on the referrals page: one per child still to be referred. */
export const primaryNeedField = (childId: number) => `primaryNeed-${childId}`;

/**
 * Each child's primary need (CIN census N0–N9), required for every referral the page makes; a
 * missing or unknown code is an error on that child's field, in the children's order.
 */
export function readPrimaryNeeds(
  body: Record<string, unknown>,
  remaining: Awaited<ReturnType<typeof referralsStillToRecord>>,
  errors: FormErrors,
): Map<number, PrimaryNeedCode> {
  const needs = new Map<number, PrimaryNeedCode>();
  for (const { child, referralId } of remaining) {
    if (referralId !== undefined) continue;
    const code = fieldText(body[primaryNeedField(child.id)]);
    if (code in primaryNeedCodes) needs.set(child.id, code as PrimaryNeedCode);
    else
      addError(
        errors,
        primaryNeedField(child.id),
        code ? `Select ${child.name}’s primary need from the list` : `Select ${child.name}’s primary need`,
      );
  }
  return needs;
}

export async function earlyHelpStillToOpen(res: Response, found: DecidedContact) {
  const opened = await res.locals.services.db
    .selectFrom('early_help_episodes')
    .select('child_id')
    .where('contact_id', '=', found.contact.id)
    .execute();
  return found.children.filter((child) => !opened.some((row) => row.child_id === child.id));
}

/** The contact's children not yet in the Family Help it led to. */
export async function familyHelpStillToStart(res: Response, found: DecidedContact) {
  const started = await childrenHelpedFrom(res.locals.services.db, found.contact.id);
  return found.children.filter((child) => !started.includes(child.id));
}

/** What follows a contact cannot be dated before the day it was received. */
export const onOrAfterContact = (contact: Contact, label: string) => ({
  notBefore: Temporal.PlainDate.from(londonDay(contact.received_at)),
  notBeforeMessage: `${label} must be on or after the day the contact was received`,
});

/** The follow-up page of a decision, or the contact's page when its outcome has none. */
export function followUpPath(contactId: number, outcome: string): string {
  if (referralOutcomes.includes(outcome)) return `/front-door/contacts/${contactId}/referrals`;
  if (outcome === 'early-help') return `/front-door/contacts/${contactId}/early-help`;
  if (outcome === 'family-help') return `/front-door/contacts/${contactId}/family-help`;
  return `/front-door/contacts/${contactId}`;
}

/** Follow-up pages open only for a decided contact with that outcome and work still to do. */
export async function decidedAs(
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

export async function renderReferrals(
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
    needs: remaining
      .filter((item) => item.referralId === undefined)
      .map(({ child }) => ({
        child,
        field: primaryNeedField(child.id),
        items: [
          { value: '', text: 'Select the primary need' },
          ...codeEntries(primaryNeedCodes).map(([value, text]) => ({
            value,
            text: `${value}: ${text}`,
            selected: values[primaryNeedField(child.id)] === value,
          })),
        ],
      })),
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

/** The children ticked: every child still to start on a first showing, else those posted. */
export const chosenChildren = (
  remaining: readonly { id: number }[],
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
) => (values.childIds === undefined && !errors ? remaining.map((child) => String(child.id)) : asList(values.childIds));

export async function renderEarlyHelp(
  res: Response,
  found: DecidedContact & { decision: ContactDecision },
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const remaining = await earlyHelpStillToOpen(res, found);
  if (remaining.length === 0) return res.redirect(`/front-door/contacts/${found.contact.id}`);
  const chosen = chosenChildren(remaining, values, errors);
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

/** Where the council requires it, only a manager records the front door's decision (a local standard). */
export async function refuseUnlessCouncilAllowsDecider(res: Response): Promise<void> {
  const settings = await res.locals.services.timescales.councilSettings(res.locals.services.db);
  if (settings.contactDecisionByManager && !rolesAllow(res.locals.user!.roles, 'frontdoor:decide-as-manager'))
    throw new ForbiddenError('In this council a manager records the decision on a contact');
}

const followUpText: Record<string, string> = {
  'early-help': 'Open early help for the children',
  'family-help': 'Start Family Help for the children',
};

/** A recorded contact's page: what it said, the decision and who made it, and the referrals and early help it led to. */
export async function renderContact(
  res: Response,
  { contact, children }: Pick<DecidedContact, 'contact' | 'children'>,
  viewed: NonNullable<Awaited<ReturnType<typeof contactRecord>>>,
) {
  const { db } = res.locals.services;
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
        (await earlyHelpStillToOpen(res, { contact, decision: viewed.decision, children })).length > 0) ||
      (outcome === 'family-help' &&
        (await familyHelpStillToStart(res, { contact, decision: viewed.decision, children })).length > 0));
  res.render('frontdoor/contact', {
    pageTitle: `Contact received ${longDate(londonDay(contact.received_at))}`,
    contact,
    summary: contactView(storedDetails(contact), children),
    decision: viewed.decision,
    outcome: outcome && contactOutcomes[outcome as ContactOutcome],
    decidedBy: decidedBy?.display_name,
    referrals: referrals.map((row) => ({ ...row, name: nameOf(row.child_id) })),
    earlyHelp: earlyHelp.map((row) => ({ ...row, name: nameOf(row.child_id) })),
    followUp: followUpWaiting && {
      href: followUpPath(contact.id, outcome),
      text: followUpText[outcome] ?? 'Record the referrals',
    },
    staysOnFile: contact.domestic_abuse_notification && outcome === 'no-further-action',
  });
}
