// A manager's list of what the last validation of Harbour's returns found in the records of their
// team's children: the analysts find the errors, the children's workers put them right, and the
// manager sees the team's list fall as they do.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { sendCsv } from '../../platform/web/csv.ts';
import { pageOrExport } from '../../platform/web/pagination.ts';
import { NotFoundError } from '../../core/errors.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import { teamChildren } from '../../reports/journey/openCases.ts';
import { openFindingsOfChildren, returnTitles } from '../../reports/returns/store.ts';
import { chosenTeam, csvName, csvQuery, listQuerySchema, nhsNumberInList, rowsPerPage } from './team.ts';

export const teamReturnsRoutes = new RouteTable().get(
  '/team/returns',
  { permission: 'team:oversee', audit: 'children-listed' },
  async (req, res, { listed }) => {
    const query = parseForm(listQuerySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { db, clock } = res.locals.services;
    const today = clock.today().toString();
    const { team, teamItems } = await chosenTeam(req, res);
    const { shown: children, withheld } = await knownTo(
      db,
      res.locals.user!,
      team ? await teamChildren(db, team.id, today) : [],
    );
    const child = new Map(children.map((known) => [known.id, known]));
    const findings = (await openFindingsOfChildren(db, [...child.keys()])).map((finding) => {
      const known = child.get(finding.child_id!)!;
      return {
        ...finding,
        childName: `${known.forename} ${known.surname}`,
        nhsNumber: known.nhs_number,
        workerName: known.worker_name,
        returnTitle: returnTitles[finding.return_kind],
      };
    });
    const listQuery = { team: team ? String(team.id) : undefined };
    const shown = await pageOrExport(req, listed, findings, {
      path: '/team/returns',
      query: listQuery,
      size: rowsPerPage,
      csv: query.value.format === 'csv',
      childIdOf: (finding) => finding.child_id!,
      detail: { team: team?.id },
    });
    if (query.value.format === 'csv')
      return sendCsv(
        res,
        csvName(`return-errors-${team?.name ?? 'team'}`, today),
        ['Harbour ID', 'NHS number', 'Child', 'Worker', 'Return', 'Year', 'Rule', 'Error or query', 'What it found'],
        shown.rows.map((finding) => [
          finding.child_id,
          nhsNumberInList(finding.nhsNumber),
          finding.childName,
          finding.workerName,
          finding.returnTitle,
          finding.collection_year,
          finding.rule,
          finding.is_query ? 'Query' : 'Error',
          finding.message,
        ]),
      );
    res.render('pages/team/returns', {
      pageTitle: team ? `${team.name}: return errors` : 'Return errors',
      team,
      teamItems,
      findings: shown.rows,
      showing: shown.showing,
      pagination: shown.pagination,
      errors: findings.filter((finding) => !finding.is_query).length,
      queries: findings.filter((finding) => finding.is_query).length,
      children: new Set(findings.map((finding) => finding.child_id)).size,
      withheld,
      csvQuery: csvQuery(listQuery),
    });
  },
);
