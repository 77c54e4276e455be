// What analysts set for the indicators: the council's targets (analysts and service managers) and
// the published benchmarks, loaded from a CSV pasted into the page (analysts and administrators).
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { noErrors, readVersion } from '../../platform/web/childPages.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { indicators, indicatorById } from '../../reports/indicators/catalogue.ts';
import { saveTargets, versionedTargets, type Targets } from '../../reports/indicators/targets.ts';
import {
  benchmarkColumns,
  benchmarksOf,
  knownIndicator,
  parseBenchmarks,
  saveBenchmarks,
} from '../../reports/indicators/benchmarks.ts';
import { formatValue } from '../../reports/indicators/format.ts';

const targetField = (id: string) => `target-${id}`;
const largestTarget = 1_000_000;

const targetsSchema = z.object(
  Object.fromEntries(
    indicators.map((indicator) => [
      targetField(indicator.id),
      z
        .string()
        .trim()
        .max(20, `Enter a number for ${indicator.title}, like 15 or 22.5`)
        .refine(
          (text) => text === '' || (/^\d+(\.\d+)?$/.test(text) && Number(text) <= largestTarget),
          `Enter a number for ${indicator.title}, like 15 or 22.5, or leave it blank for no target`,
        )
        .optional(),
    ]),
  ),
);

function renderTargets(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  res.status(status).render('pages/indicators/targets', {
    pageTitle: 'The council’s targets',
    values,
    errors,
    indicators: indicators.map((indicator) => ({ ...indicator, field: targetField(indicator.id) })),
  });
}

async function renderBenchmarks(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const benchmarks = await benchmarksOf(res.locals.services.db);
  res.status(status).render('pages/indicators/benchmarks', {
    pageTitle: 'Benchmarks',
    columns: benchmarkColumns,
    values,
    errors,
    benchmarks: benchmarks.map((b) => {
      const indicator = indicatorById(b.indicatorId);
      return {
        ...b,
        title: indicator?.title ?? b.indicatorId,
        text: indicator ? formatValue(indicator.unit, b.value) : String(b.value),
      };
    }),
  });
}

/** The longest CSV pasted in: comfortably under the form body limit. */
const longestCsv = 60_000;

export const indicatorSettingsRoutes = new RouteTable()
  .get('/indicators/targets', { permission: 'indicators:targets', audit: 'none' }, async (_req, res) => {
    const { value, version } = await versionedTargets(res.locals.services.db);
    renderTargets(res, {
      version: String(version),
      ...Object.fromEntries(Object.entries(value).map(([id, target]) => [targetField(id), String(target)])),
    });
  })
  .post('/indicators/targets', { permission: 'indicators:targets' }, async (req, res) => {
    const form = parseForm(targetsSchema, req.body);
    if (!form.ok) return renderTargets(res, req.body, form.errors, 400);
    const versionErrors = noErrors();
    const version = readVersion(req.body, versionErrors);
    if (version === undefined) return renderTargets(res, req.body, versionErrors, 400);
    const targets: Targets = {};
    for (const indicator of indicators) {
      const text = form.value[targetField(indicator.id)];
      if (text) targets[indicator.id] = Number(text);
    }
    try {
      await saveTargets(res.locals.services.db, res.locals.actor, targets, version);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const { version: current } = await versionedTargets(res.locals.services.db);
      const conflict = singleError(
        targetField(indicators[0]!.id),
        'Someone else saved the targets while you were working on them. Yours are not saved: what you entered is shown. Reload the page in another tab to see theirs, then save yours again.',
      );
      return renderTargets(res, { ...req.body, version: String(current) }, conflict, 409);
    }
    req.session.flash = 'The targets are saved.';
    res.redirect('/indicators');
  })
  .get('/indicators/benchmarks', { permission: 'indicators:benchmarks', audit: 'none' }, async (_req, res) => {
    await renderBenchmarks(res, {});
  })
  .post('/indicators/benchmarks', { permission: 'indicators:benchmarks' }, async (req, res) => {
    const form = parseForm(
      z.object({
        csv: z
          .string()
          .trim()
          .min(1, 'Paste the benchmarks CSV')
          .max(
            longestCsv,
            `The CSV must be ${longestCsv.toLocaleString('en-GB')} characters or fewer: load it in parts`,
          ),
      }),
      req.body,
    );
    if (!form.ok) return renderBenchmarks(res, req.body, form.errors, 400);
    const file = parseBenchmarks(form.value.csv, knownIndicator);
    if (!file.ok) {
      const errors: FormErrors = {
        list: file.errors.map((error) => ({ text: `Line ${error.line}: ${error.message}`, href: '#csv' })),
        fields: {
          csv: {
            text: `The file has ${file.errors.length} ${file.errors.length === 1 ? 'problem' : 'problems'}: nothing was loaded`,
          },
        },
      };
      return renderBenchmarks(res, req.body, errors, 400);
    }
    await saveBenchmarks(res.locals.services.db, res.locals.actor, file.benchmarks);
    req.session.flash = `${file.benchmarks.length} ${file.benchmarks.length === 1 ? 'benchmark is' : 'benchmarks are'} loaded.`;
    res.redirect('/indicators/benchmarks');
  });
