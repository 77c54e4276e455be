// The looked-after child's convictions (903 OC2 CONVICTED): the page listing them, a form recording
// one by its day, and its correction with a reason.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { renderChildPage } from '../../platform/web/childPages.ts';
import { addCorrection, rowOfChild } from '../../platform/web/correction.ts';
import { addDatedForm } from './healthForms.ts';
import { convictionsOf, recordConviction } from './convictions.ts';

const routes = new RouteTable().get(
  '/children/:childId/convictions',
  childRecordPage('child:view', 'convictions'),
  async (_req, res, { child }) => {
    renderChildPage(res, 'care/convictions', child, {
      pageTitle: 'Convictions',
      convictions: await convictionsOf(res.locals.services.db, child.id),
    });
  },
);

addDatedForm(routes, {
  path: '/convictions/new',
  listPath: '/convictions',
  record: 'convictions',
  title: 'Record a conviction',
  date: { field: 'convictedOn', legend: 'Date of the conviction', label: 'The date of the conviction' },
  read: () => ({}),
  save: (db, actor, { childId, date }) => recordConviction(db, actor, { childId, convictedOn: date }),
  saved: 'The conviction is recorded',
});

addCorrection(routes, {
  path: '/children/:childId/convictions/:recordId/correct',
  table: 'convictions',
  recordId: 'recordId',
  title: 'Correct the conviction as recorded',
  fields: [{ kind: 'date', column: 'convicted_on', legend: 'Date of the conviction', required: true }],
  load: (res, child, id) => rowOfChild(res, 'convictions', id, child.id),
  back: (child) => `/children/${child.id}/convictions`,
});

export const convictionRoutes = routes;
