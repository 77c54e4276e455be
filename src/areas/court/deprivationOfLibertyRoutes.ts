// Orders authorising the deprivation of a looked-after child's liberty (SSDA903 DoLo): recorded from
// the child's court page when made, and ended when the order ends. A wrong date or court is put right
// as a correction with the reason (correctionRoutes.ts).
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { found, idParam, readVersion } from '../../platform/web/childPages.ts';
import { deprivationOfLibertyCourts, type DeprivationOfLibertyCourt } from './codes.ts';
import { endDeprivationOfLiberty, recordDeprivationOfLiberty } from './deprivationOfLiberty.ts';
import { deprivationOfLibertyOrderOf } from './records.ts';
import { addCourtForm } from './courtForm.ts';
import { radioItems, readCode, readDay, readText } from './presenters.ts';

const table = new RouteTable();

addCourtForm(table, {
  path: '/children/:childId/court/deprivation-of-liberty/new',
  record: 'deprivation_of_liberty_orders',
  view: 'deprivation-of-liberty-new',
  title: 'Record an order depriving the child of their liberty',
  dateFields: ['startDate', 'endDate'],
  load: () => Promise.resolve(undefined),
  context: (_res, _child, _subject, values) => ({ courtItems: radioItems(deprivationOfLibertyCourts, values.court) }),
  read: (res, values, _subject, errors) => {
    const startDate = readDay(res, values, errors, 'startDate', 'The date the order was made', { required: true });
    const endDate = readDay(res, values, errors, 'endDate', 'The date the order ended', {
      ...(startDate
        ? { notBefore: startDate, notBeforeMessage: 'The order must end on or after the day it was made' }
        : {}),
    });
    const court = readCode<DeprivationOfLibertyCourt>(
      values,
      errors,
      'court',
      deprivationOfLibertyCourts,
      'Select the court that made the order',
    );
    const courtReference = readText(values, errors, 'courtReference', { max: 50, label: 'The court reference' });
    return startDate && court ? { startDate, endDate: endDate ?? null, court, courtReference } : undefined;
  },
  save: (res, child, _subject, input) =>
    recordDeprivationOfLiberty(res.locals.services.db, res.locals.actor, { childId: child.id, ...input }),
  saved: () => 'The order depriving the child of their liberty is recorded',
});

addCourtForm(table, {
  path: '/children/:childId/court/deprivation-of-liberty/:orderId/end',
  record: 'deprivation_of_liberty_orders',
  recordId: 'orderId',
  view: 'deprivation-of-liberty-end',
  title: 'Record the end of the order depriving the child of their liberty',
  dateFields: ['endDate'],
  load: async (req, res, child) =>
    found(await deprivationOfLibertyOrderOf(res.locals.services.db, child.id, idParam(req, 'orderId'))),
  closed: (order, child) => (order.end_date ? `/children/${child.id}/court` : undefined),
  context: (_res, _child, order, values) => ({ order, version: values.version ?? String(order.version) }),
  read: (res, values, order, errors) => {
    const endDate = readDay(res, values, errors, 'endDate', 'The date the order ended', {
      required: true,
      notBefore: order.start_date,
      notBeforeMessage: 'The order must end on or after the day it was made',
    });
    const version = readVersion(values, errors);
    return endDate && version !== undefined ? { endDate, version } : undefined;
  },
  save: (res, child, order, input) =>
    endDeprivationOfLiberty(res.locals.services.db, res.locals.actor, {
      childId: child.id,
      orderId: order.id,
      ...input,
    }),
  saved: () => 'The end of the order is recorded',
});

export const deprivationOfLibertyRoutes = table;
