// Care proceedings: the application issued for the family's children (linked to the pre-proceedings
// that decided it), its hearings, extensions of the timetable, interim orders for each child, and
// its conclusion with the final order made for each child.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { longDate } from '../../core/dateText.ts';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { addError, readVersion, type Child } from '../../platform/web/childPages.ts';
import { fieldText, type FormErrors } from '../../platform/web/forms.ts';
import { finalOrders, hearingTypes, interimOrders, type FinalOrder, type InterimOrder } from './codes.ts';
import {
  concludeCareProceedings,
  issueCareProceedings,
  recordHearing,
  recordInterimOrders,
  recordProceedingsExtension,
} from './store.ts';
import { maximumExtensionWeeks } from './proceedingsTimetable.ts';
import { addCourtForm } from './courtForm.ts';
import { courtRecordOf, type ProceedingsWhole } from './records.ts';
import {
  chosenSiblings,
  namedTo,
  proceedingsInPath,
  radioItems,
  readCode,
  readDay,
  readNotOffered,
  readText,
  notOfferedItems,
  siblingItems,
  siblingsOf,
} from './presenters.ts';

const proceedingsPath = '/children/:childId/court/proceedings/:proceedingsId';
const courtText = { max: 200, label: 'The court', missing: 'Enter the court' };
const afterIssue = (proceedings: ProceedingsWhole) => ({
  required: true,
  notBefore: proceedings.issue_date,
  notBeforeMessage: 'The date must be on or after the day the application was issued',
});

/** Open proceedings, with the children of them this person may see named: each form about a child offers only those. */
const openProceedings = async (req: Request, res: Response, child: Child) => {
  const proceedings = await proceedingsInPath(req, res, child);
  return { ...proceedings, shown: (await namedTo(res, proceedings.children)).shown };
};
const whenConcluded = (proceedings: ProceedingsWhole, child: Child) =>
  proceedings.conclusion_date ? `/children/${child.id}/court` : undefined;

/** A radio answer for each child, named `<prefix>-<childId>`; `required` says what to ask when one is left blank. */
function perChild<K extends string>(
  values: Record<string, unknown>,
  errors: FormErrors,
  children: readonly { id: number; name: string }[],
  prefix: string,
  codes: Record<K, string>,
  required?: (name: string) => string,
): { childId: number; code: K }[] {
  return children.flatMap((child) => {
    const field = `${prefix}-${child.id}`;
    const code = fieldText(values[field]);
    if (code in codes) return [{ childId: child.id, code: code as K }];
    // "No order" is an answer only where one is not required (interim orders).
    if (required || (code && code !== 'none'))
      addError(errors, field, required?.(child.name) ?? 'Select an order from the list');
    return [];
  });
}
const perChildItems = (
  values: Record<string, unknown>,
  children: readonly { id: number; name: string }[],
  prefix: string,
  codes: Record<string, string>,
) =>
  children.map((child) => ({
    ...child,
    field: `${prefix}-${child.id}`,
    items: radioItems(codes, values[`${prefix}-${child.id}`]),
  }));

const table = new RouteTable();

addCourtForm(table, {
  path: '/children/:childId/court/proceedings/new',
  record: 'care_proceedings',
  draft: 'Care proceedings application',
  view: 'proceedings-new',
  title: 'Record care proceedings issued',
  dateFields: ['issueDate'],
  load: async (req, res, child) => ({
    siblings: await siblingsOf(req, res, child),
    preProceedings: (await courtRecordOf(res.locals.services.db, child.id)).preProceedings.reverse(),
  }),
  context: (_res, _child, { siblings, preProceedings }, values) => ({
    siblingItems: siblingItems(values, siblings),
    notOfferedItems: notOfferedItems(values),
    preProceedingsItems: [
      ...preProceedings.map((plo, i) => ({
        value: String(plo.id),
        text: `Pre-proceedings started ${longDate(plo.start_date)}`,
        checked:
          values.preProceedingsId === undefined ? i === 0 : fieldText(values.preProceedingsId) === String(plo.id),
      })),
      {
        value: 'none',
        text: 'Issued without pre-proceedings',
        checked: fieldText(values.preProceedingsId) === 'none' || preProceedings.length === 0,
      },
    ],
  }),
  read: (res, values, { siblings, preProceedings }, errors) => {
    const issueDate = readDay(res, values, errors, 'issueDate', 'The date the application was issued', {
      required: true,
    });
    const court = readText(values, errors, 'court', courtText);
    const courtReference = readText(values, errors, 'courtReference', { max: 50, label: 'The court reference' });
    const linked = fieldText(values.preProceedingsId);
    const plo = preProceedings.find((each) => String(each.id) === linked);
    if (!plo && linked !== 'none' && preProceedings.length > 0)
      addError(
        errors,
        'preProceedingsId',
        'Select the pre-proceedings the application followed, or that there were none',
      );
    const notOffered = readNotOffered(values, errors);
    if (!issueDate || !court) return undefined;
    return {
      issueDate,
      notOffered,
      court,
      courtReference,
      preProceedingsId: plo?.id ?? null,
      familyId: plo?.family_id ?? null,
      together: chosenSiblings(values, siblings).map((sibling) => sibling.id),
    };
  },
  save: (res, child, _subject, { together, ...input }) =>
    issueCareProceedings(res.locals.services.db, res.locals.actor, { ...input, childIds: [child.id, ...together] }),
  saved: (input) =>
    `Care proceedings are recorded${input.together.length ? ` for ${input.together.length + 1} children` : ''}`,
});

addCourtForm(table, {
  path: `${proceedingsPath}/hearings/new`,
  record: 'care_proceedings',
  recordId: 'proceedingsId',
  draft: 'Court hearing',
  view: 'hearing-new',
  title: 'Record a hearing',
  dateFields: ['hearingDate', 'nextHearingDate'],
  load: openProceedings,
  closed: whenConcluded,
  context: (_res, _child, proceedings, values) => ({
    proceedings,
    court: values.court ?? proceedings.court,
    hearingTypeItems: radioItems(hearingTypes, values.hearingType),
  }),
  read: (res, values, proceedings, errors) => {
    const hearingDate = readDay(res, values, errors, 'hearingDate', 'The date of the hearing', {
      ...afterIssue(proceedings),
      future: true,
    });
    const hearingType = readCode(values, errors, 'hearingType', hearingTypes, 'Select the type of hearing');
    const court = readText(values, errors, 'court', courtText);
    const outcome = readText(values, errors, 'outcome', { max: 5000, label: 'What the court decided' });
    const nextHearingDate = readDay(res, values, errors, 'nextHearingDate', 'The date of the next hearing', {
      future: true,
      ...(hearingDate
        ? { notBefore: hearingDate, notBeforeMessage: 'The next hearing must be after this hearing' }
        : {}),
    });
    if (!hearingDate || !hearingType || !court) return undefined;
    return { hearingDate, hearingType, court, outcome, nextHearingDate };
  },
  save: (res, _child, proceedings, input) =>
    recordHearing(res.locals.services.db, res.locals.actor, { proceedingsId: proceedings.id, ...input }),
  saved: () => 'The hearing is recorded',
});

const weeksField = z.coerce.number().int().min(1).max(maximumExtensionWeeks);

addCourtForm(table, {
  path: `${proceedingsPath}/extensions/new`,
  record: 'care_proceedings',
  recordId: 'proceedingsId',
  view: 'extension-new',
  title: 'Record an extension of the timetable',
  dateFields: ['grantedDate'],
  load: openProceedings,
  closed: whenConcluded,
  context: (_res, _child, proceedings) => ({ proceedings, maximumExtensionWeeks }),
  read: (res, values, proceedings, errors) => {
    const grantedDate = readDay(
      res,
      values,
      errors,
      'grantedDate',
      'The date the court extended the timetable',
      afterIssue(proceedings),
    );
    const weeks = weeksField.safeParse(fieldText(values.weeks).trim() || undefined);
    if (!weeks.success)
      addError(errors, 'weeks', `Enter the weeks of the extension, a whole number from 1 to ${maximumExtensionWeeks}`);
    const reason = readText(values, errors, 'reason', {
      max: 2000,
      label: 'The reason',
      missing: 'Enter the reason the court extended the timetable',
    });
    if (!grantedDate || !weeks.success || !reason) return undefined;
    return { grantedDate, weeks: weeks.data, reason };
  },
  save: (res, _child, proceedings, input) =>
    recordProceedingsExtension(res.locals.services.db, res.locals.actor, { proceedingsId: proceedings.id, ...input }),
  saved: (input) => `The extension of ${input.weeks} week${input.weeks === 1 ? '' : 's'} is recorded`,
});

addCourtForm(table, {
  path: `${proceedingsPath}/interim-orders/new`,
  record: 'care_proceedings',
  recordId: 'proceedingsId',
  view: 'interim-orders-new',
  title: 'Record interim orders',
  dateFields: ['madeDate'],
  load: openProceedings,
  closed: whenConcluded,
  context: (_res, _child, proceedings, values) => ({
    proceedings,
    orderChoices: perChildItems(values, proceedings.shown, 'order', {
      ...interimOrders,
      none: 'No interim order made',
    }),
  }),
  read: (res, values, proceedings, errors) => {
    const madeDate = readDay(res, values, errors, 'madeDate', 'The date the orders were made', afterIssue(proceedings));
    const orders = perChild<InterimOrder>(values, errors, proceedings.shown, 'order', interimOrders);
    if (orders.length === 0 && !errors.list.length)
      addError(errors, `order-${proceedings.shown[0]?.id}`, 'Select the interim order made for at least one child');
    if (!madeDate || orders.length === 0) return undefined;
    return { madeDate, orders: orders.map((order) => ({ childId: order.childId, orderType: order.code })) };
  },
  save: (res, _child, proceedings, input) =>
    recordInterimOrders(res.locals.services.db, res.locals.actor, { proceedingsId: proceedings.id, ...input }),
  saved: (input) => `${input.orders.length === 1 ? 'The interim order is' : 'The interim orders are'} recorded`,
  aliases: { orders: 'madeDate' },
});

addCourtForm(table, {
  path: `${proceedingsPath}/conclusion`,
  record: 'care_proceedings',
  recordId: 'proceedingsId',
  draft: 'Care proceedings concluded',
  view: 'conclusion',
  title: 'Record the conclusion of care proceedings',
  dateFields: ['conclusionDate'],
  load: openProceedings,
  closed: whenConcluded,
  context: (_res, _child, proceedings, values) => ({
    proceedings,
    version: values.version ?? String(proceedings.version),
    orderChoices: perChildItems(values, proceedings.shown, 'finalOrder', finalOrders),
    withheld: proceedings.children.length - proceedings.shown.length,
  }),
  read: (res, values, proceedings, errors) => {
    const conclusionDate = readDay(
      res,
      values,
      errors,
      'conclusionDate',
      'The date the proceedings concluded',
      afterIssue(proceedings),
    );
    const orders = perChild<FinalOrder>(
      values,
      errors,
      proceedings.shown,
      'finalOrder',
      finalOrders,
      (name) => `Select the final order made for ${name}`,
    );
    const version = readVersion(values, errors);
    if (!conclusionDate || version === undefined) return undefined;
    return { conclusionDate, version, finalOrders: Object.fromEntries(orders.map((o) => [o.childId, o.code])) };
  },
  save: (res, _child, proceedings, input) =>
    concludeCareProceedings(res.locals.services.db, res.locals.actor, { proceedingsId: proceedings.id, ...input }),
  saved: () => 'The conclusion of the proceedings and the final orders are recorded',
});

export const careProceedingsRoutes = table;
