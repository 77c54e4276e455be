// Correcting the court record as recorded: a wrong issue date moves every child's 26 weeks, a wrong
// hearing or order date misstates the timetable, so each is changed as an amendment with the reason
// (the previous value kept), never overwritten.
import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { codeItems, found, type Child } from '../../platform/web/childPages.ts';
import { addCorrection, rowOfChild, type StoredRow } from '../../platform/web/correction.ts';
import { familyRowOfChild, preProceedingsChildren, proceedingsChildren } from './store.ts';
import { courtPage } from './courtForm.ts';
import { NotFoundError } from '../../core/errors.ts';
import { maximumExtensionWeeks } from './proceedingsTimetable.ts';
import {
  deprivationOfLibertyCourts,
  finalOrders,
  hearingTypes,
  interimOrders,
  preProceedingsOutcomes,
} from './codes.ts';

const table = new RouteTable();

type FamilyTable = Parameters<typeof familyRowOfChild>[1]['table'];
const familyRow = (table: FamilyTable) => async (res: Response, child: Child, id: number) =>
  found(await familyRowOfChild(res.locals.services.db, { table, id, childId: child.id }));
const childrenOfProceedings = (res: Response, row: StoredRow) =>
  proceedingsChildren(res.locals.services.db, row.proceedings_id as number);

addCorrection(table, {
  path: '/children/:childId/court/proceedings/:proceedingsId/correction',
  table: 'care_proceedings',
  recordId: 'proceedingsId',
  title: 'Correct the application as recorded',
  load: async (res, child, id) =>
    found(await familyRowOfChild(res.locals.services.db, { table: 'care_proceedings', id, childId: child.id })),
  alsoAbout: (res, row) => proceedingsChildren(res.locals.services.db, row.id),
  fields: [
    { kind: 'date', column: 'issue_date', legend: 'Date the application was issued', required: true },
    { kind: 'text', column: 'court', label: 'Court', max: 200, missing: 'Enter the court' },
    { kind: 'text', column: 'court_reference', label: 'Court reference', max: 50 },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/pre-proceedings/:preProceedingsId/correct',
  table: 'pre_proceedings',
  recordId: 'preProceedingsId',
  title: 'Correct the pre-proceedings as recorded',
  load: familyRow('pre_proceedings'),
  alsoAbout: (res, row) => preProceedingsChildren(res.locals.services.db, row.id),
  fields: [
    {
      kind: 'date',
      column: 'start_date',
      legend: 'Date of the legal planning meeting (decision to enter)',
      required: true,
    },
    { kind: 'date', column: 'letter_before_proceedings_date', legend: 'Date the letter before proceedings was sent' },
    { kind: 'date', column: 'initial_meeting_date', legend: 'Date of the initial pre-proceedings meeting' },
    { kind: 'date', column: 'decision_date', legend: 'Date of the outcome' },
    {
      kind: 'radios',
      column: 'outcome',
      legend: 'Outcome',
      items: codeItems(preProceedingsOutcomes, undefined),
      missing: 'Select the outcome',
      optional: true,
    },
    { kind: 'text', column: 'outcome_detail', label: 'The other outcome', max: 500 },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/hearings/:hearingId/correct',
  table: 'proceedings_hearings',
  recordId: 'hearingId',
  title: 'Correct the hearing as recorded',
  load: familyRow('proceedings_hearings'),
  alsoAbout: childrenOfProceedings,
  fields: [
    { kind: 'date', column: 'hearing_date', legend: 'Date of the hearing', required: true },
    {
      kind: 'radios',
      column: 'hearing_type',
      legend: 'Hearing',
      items: codeItems(hearingTypes, undefined),
      missing: 'Select the hearing',
    },
    { kind: 'text', column: 'court', label: 'Court', max: 200, missing: 'Enter the court' },
    { kind: 'text', column: 'outcome', label: 'Outcome', max: 4000 },
    { kind: 'date', column: 'next_hearing_date', legend: 'Date of the next hearing', future: true },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/interim-orders/:orderId/correct',
  table: 'proceedings_interim_orders',
  recordId: 'orderId',
  title: 'Correct the interim order as recorded',
  load: (res, child, id) => rowOfChild(res, 'proceedings_interim_orders', id, child.id),
  fields: [
    {
      kind: 'radios',
      column: 'order_type',
      legend: 'Interim order',
      items: codeItems(interimOrders, undefined),
      missing: 'Select the interim order',
    },
    { kind: 'date', column: 'made_date', legend: 'Date the order was made', required: true },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/final-orders/:orderId/correct',
  table: 'proceedings_children',
  recordId: 'orderId',
  title: 'Correct the final order as recorded',
  // Until the proceedings conclude there is no order to correct: the conclusion records it.
  load: async (res, child, id) => {
    const row = await rowOfChild(res, 'proceedings_children', id, child.id);
    if (row.final_order === null) throw new NotFoundError();
    return row;
  },
  fields: [
    {
      kind: 'radios',
      column: 'final_order',
      legend: 'Final order',
      items: codeItems(finalOrders, undefined),
      missing: 'Select the final order',
    },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/extensions/:extensionId/correct',
  table: 'proceedings_extensions',
  recordId: 'extensionId',
  title: 'Correct the extension as recorded',
  load: familyRow('proceedings_extensions'),
  alsoAbout: childrenOfProceedings,
  fields: [
    { kind: 'date', column: 'granted_date', legend: 'Date the extension was granted', required: true },
    {
      kind: 'number',
      column: 'weeks',
      label: 'Weeks granted',
      min: 1,
      max: maximumExtensionWeeks,
      missing: 'Enter the weeks granted',
    },
    {
      kind: 'text',
      column: 'reason',
      name: 'extensionReason',
      label: 'Why the court extended the timetable',
      max: 2000,
      missing: 'Enter why the court extended the timetable',
    },
  ],
  back: courtPage,
});

addCorrection(table, {
  path: '/children/:childId/court/deprivation-of-liberty/:orderId/correct',
  table: 'deprivation_of_liberty_orders',
  recordId: 'orderId',
  title: 'Correct the order depriving the child of their liberty',
  load: (res, child, id) => rowOfChild(res, 'deprivation_of_liberty_orders', id, child.id),
  fields: [
    { kind: 'date', column: 'start_date', legend: 'Date the order was made', required: true },
    { kind: 'date', column: 'end_date', legend: 'Date the order ended (blank while it is in force)' },
    {
      kind: 'radios',
      column: 'court',
      legend: 'Court that made the order',
      items: codeItems(deprivationOfLibertyCourts, undefined),
      missing: 'Select the court that made the order',
      // An order loaded from a past 903 return may not say which court made it.
      optional: true,
    },
    { kind: 'text', column: 'court_reference', label: 'Court reference', max: 50 },
  ],
  back: courtPage,
});

export const correctionRoutes = table;
