// Correcting the application as recorded: a wrong issue date moves every child's 26 weeks, so it is
// changed as an amendment with the reason (the previous value kept), never overwritten.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { readVersion } from '../../platform/web/childPages.ts';
import { correctCareProceedingsIssue } from './store.ts';
import { addCourtForm } from './courtForm.ts';
import { namedTo, proceedingsInPath, readDay, readText } from './presenters.ts';

const table = new RouteTable();

addCourtForm(table, {
  path: '/children/:childId/court/proceedings/:proceedingsId/correction',
  record: 'care_proceedings',
  recordId: 'proceedingsId',
  view: 'correction',
  title: 'Correct the application as recorded',
  dateFields: ['issueDate'],
  load: proceedingsInPath,
  context: async (res, _child, proceedings, values) => ({
    proceedings,
    children: await namedTo(res, proceedings.children),
    version: values.version ?? String(proceedings.version),
    // The form starts from the record as it stands.
    court: values.court ?? proceedings.court,
    courtReference: values.courtReference ?? proceedings.court_reference,
  }),
  stored: (proceedings) => ({ issueDate: proceedings.issue_date }),
  read: (res, values, _proceedings, errors) => {
    const issueDate = readDay(res, values, errors, 'issueDate', 'The date the application was issued', {
      required: true,
    });
    const court = readText(values, errors, 'court', { max: 200, label: 'The court', missing: 'Enter the court' });
    const courtReference = readText(values, errors, 'courtReference', { max: 50, label: 'The court reference' });
    const reason = readText(values, errors, 'reason', {
      max: 2000,
      label: 'The reason',
      missing: 'Enter the reason for the correction',
    });
    const version = readVersion(values, errors);
    if (!issueDate || !court || !reason || version === undefined) return undefined;
    return { issueDate, court, courtReference, reason, version };
  },
  save: (res, child, proceedings, input) =>
    correctCareProceedingsIssue(res.locals.services.db, res.locals.actor, {
      proceedingsId: proceedings.id,
      childId: child.id,
      ...input,
    }),
  saved: () => 'The correction is recorded',
  aliases: { conclusionDate: 'issueDate' },
});

export const correctionRoutes = table;
