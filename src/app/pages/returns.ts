// The Returns page for performance analysts: what the latest validation of Harbour's own SSDA903
// and CIN census found, rule by rule, each finding linked to the child and the page where it is put
// right, with the count over the last runs so the team sees it fall as they fix things.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { NotFoundError } from '../../core/errors.ts';
import { may, namesShownTo } from '../../platform/web/childPages.ts';
import {
  findingsByRule,
  findingsByTeam,
  findingsOfRule,
  returnTitles,
  returnsValidationJob,
  returnsValidationState,
  runsOf,
  type ReturnKind,
} from '../../reports/returns/store.ts';
import { validatedYear } from '../../reports/returns/continuous.ts';
import { offeredYears, recentReturnFiles, returnFileKinds } from '../returnFiles.ts';

/** The most findings of one rule a page lists (the count says how many there are). */
const findingsShown = 500;

const kinds = Object.keys(returnTitles) as ReturnKind[];

const ruleSchema = z.object({
  kind: z.enum(kinds as [ReturnKind, ...ReturnKind[]]),
  rule: z.string().regex(/^[A-Za-z0-9]{1,12}$/),
});

/** The Returns page; with the download form's answers and errors when an analyst's request was refused. */
export async function renderReturns(
  res: Response,
  download: { values: Record<string, unknown>; errors?: FormErrors } = { values: {} },
  status = 200,
) {
  const { db, clock } = res.locals.services;
  const returns = await Promise.all(
    kinds.map(async (kind) => {
      const year = validatedYear(clock.today());
      const runs = await runsOf(db, kind, year.label);
      const latest = runs[0];
      return {
        kind,
        title: returnTitles[kind],
        year: year.label,
        runs,
        latest,
        rules: latest ? await findingsByRule(db, latest.id) : [],
      };
    }),
  );
  const mayExport = may(res, 'returns:export');
  res.status(status).render('pages/returns/returns', {
    pageTitle: 'Returns',
    returns,
    teams: await findingsByTeam(db, clock.today().toString()),
    mayOpenTeams: may(res, 'team:oversee'),
    validation: await returnsValidationState(db),
    mayValidate: may(res, 'returns:validate'),
    mayExport,
    errors: download.errors,
    download: mayExport
      ? {
          values: download.values,
          kinds: Object.entries(returnFileKinds).map(([value, kind]) => ({ value, text: kind.title })),
          years: offeredYears(clock.today()).map((year) => ({ value: year, text: year })),
          asAt: dateInputItems('asAt', download.values, undefined, Boolean(download.errors?.fields.asAt)),
          files: (await recentReturnFiles(db)).map((file) => ({
            ...file,
            title: returnFileKinds[file.return_kind].title,
          })),
        }
      : undefined,
  });
}

export const returnsRoutes = new RouteTable()
  .get('/returns', { permission: 'returns:view', audit: 'none' }, (_req, res) => renderReturns(res))
  .post('/returns/validate', { permission: 'returns:validate' }, async (req, res) => {
    const { db, jobs } = res.locals.services;
    // One validation at a time: asking again while one runs waits for that one.
    const running = await returnsValidationState(db);
    if (!running || running.state === 'failed') await jobs.enqueue(returnsValidationJob, res.locals.user!.username);
    req.session.flash = 'Harbour’s returns are being validated. This page shows what was found when it is done.';
    res.redirect('/returns');
  })
  .get(
    '/returns/:kind/rules/:rule',
    { permission: 'returns:view', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const params = parseForm(ruleSchema, req.params);
      if (!params.ok) throw new NotFoundError();
      const { kind, rule } = params.value;
      const { db, clock } = res.locals.services;
      const [latest] = await runsOf(db, kind, validatedYear(clock.today()).label, 1);
      const [counted] = latest ? await findingsByRule(db, latest.id, rule) : [];
      if (!latest || !counted) throw new NotFoundError();
      const findings = await findingsOfRule(db, latest.id, rule, findingsShown);
      const childIds = findings.flatMap((finding) => (finding.child_id === null ? [] : [finding.child_id]));
      const { names } = await namesShownTo(res, childIds);
      await listed([...names.keys()], { return: kind, year: latest.collection_year, rule });
      const shown = findings.filter((finding) => finding.child_id === null || names.has(finding.child_id));
      res.render('pages/returns/rule', {
        pageTitle: `${returnTitles[kind]}: rule ${rule}`,
        kind,
        title: returnTitles[kind],
        run: latest,
        rule: counted,
        findings: shown.map((finding) => ({
          ...finding,
          name: finding.child_id === null ? null : names.get(finding.child_id),
        })),
        withheld: findings.length - shown.length,
        // An analyst sees who the findings are about but cannot open their records: no links to a 403.
        mayOpenRecords: may(res, 'child:view'),
        more: Number(counted.count) - findings.length,
      });
    },
  );
