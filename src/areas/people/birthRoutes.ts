// The births of a young person's own children (903 MOTHER, MC_DOB): the page listing them, a form
// recording one, and its correction with a reason.
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { addCorrection, rowOfChild } from '../../platform/web/correction.ts';
import { renderChildPage, today, type Child } from '../../platform/web/childPages.ts';
import { birthsOf, recordBirth, youngestMother } from './births.ts';

const page = (child: Child) => `/children/${child.id}/own-children`;

const routes = new RouteTable().get(
  '/children/:childId/own-children',
  childRecordPage('child:view', 'births_to_young_people'),
  async (_req, res, { child }) => {
    renderChildPage(res, 'people/own-children', child, {
      pageTitle: 'Their own children',
      births: await birthsOf(res.locals.services.db, child.id),
    });
  },
);

addRecordForm(routes, {
  path: '/children/:childId/own-children/new',
  record: 'births_to_young_people',
  title: 'Record the birth of their child',
  button: 'Save',
  load: (_res, child) => Promise.resolve(child),
  fields: () => [
    {
      kind: 'date',
      name: 'bornOn',
      legend: 'The child’s date of birth',
      hint: 'Twins are one birth. For example, 27 3 2026',
    },
  ],
  dates: (res, child) => ({
    bornOn: {
      label: 'The child’s date of birth',
      required: true,
      notAfter: today(res),
      ...(child.date_of_birth && {
        notBefore: Temporal.PlainDate.from(child.date_of_birth).add({ years: youngestMother }),
        notBeforeMessage: `The child’s date of birth must be after the young person’s ${youngestMother}th birthday`,
      }),
    },
  }),
  schema: z.object({}),
  save: (res, child, value) =>
    recordBirth(res.locals.services.db, res.locals.actor, {
      childId: child.id,
      motherBorn: child.date_of_birth,
      bornOn: value.bornOn!,
    }),
  done: { flash: 'The birth is recorded', to: page },
});

addCorrection(routes, {
  path: '/children/:childId/own-children/:recordId/correct',
  table: 'births_to_young_people',
  recordId: 'recordId',
  title: 'Correct the birth as recorded',
  fields: [{ kind: 'date', column: 'born_on', legend: 'The child’s date of birth', required: true }],
  load: (res, child, id) => rowOfChild(res, 'births_to_young_people', id, child.id),
  back: page,
});

export const birthRoutes = routes;
