// The Returns page's downloads (issue 14): an analyst asks for a return (903 tables, CIN census,
// Annex A, the CSC API feed) for a year or as at a date; a background job builds it and the page
// shows how far it has got, then offers the file. Restricted children are in every file (the DfE
// and Ofsted need them), so only `returns:export` asks for or downloads one.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { parseFormWithDates } from '../../platform/web/dateInput.ts';
import { NotFoundError } from '../../core/errors.ts';
import {
  builtReturnFile,
  offeredYears,
  requestReturnFile,
  returnFileKinds,
  type ReturnFileKind,
  type ReturnFileRequest,
} from '../returnFiles.ts';
import { renderReturns } from './returns.ts';

const kinds = Object.keys(returnFileKinds) as [ReturnFileKind, ...ReturnFileKind[]];

const kindSchema = z.object({
  kind: z.enum(kinds, { error: 'Choose the return to download' }),
});

/** What was posted, checked: the return, and its year or its as-at date (only the one it needs). */
function readRequest(res: Response, body: Record<string, unknown>) {
  const chosen = parseForm(kindSchema, body);
  if (!chosen.ok) return chosen;
  const { kind } = chosen.value;
  if (returnFileKinds[kind].by === 'year') {
    const years = offeredYears(res.locals.services.clock.today()) as [string, ...string[]];
    const year = parseForm(z.object({ year: z.enum(years, { error: 'Choose the collection year' }) }), body);
    return year.ok ? { ok: true as const, value: { kind, year: year.value.year } as ReturnFileRequest } : year;
  }
  const today = res.locals.services.clock.today();
  const asAt = parseFormWithDates(z.object({}), body, {
    asAt: {
      label: 'The as-at date',
      notAfter: today,
      notAfterMessage: 'The as-at date must be today or in the past',
      years: { from: 2000, to: 2100 },
    },
  });
  return asAt.ok ? { ok: true as const, value: { kind, asAt: asAt.value.asAt! } as ReturnFileRequest } : asAt;
}

export const returnDownloadRoutes = new RouteTable()
  .post('/returns/downloads', { permission: 'returns:export' }, async (req, res) => {
    const form = readRequest(res, req.body);
    if (!form.ok) return renderReturns(res, { values: req.body, errors: form.errors satisfies FormErrors }, 400);
    await requestReturnFile(res.locals.services.jobs, res.locals.user!.username, form.value);
    req.session.flash =
      'Harbour is building the return. This page shows how far it has got; download it when it is ready.';
    res.redirect('/returns#downloads');
  })
  .get(
    '/returns/downloads/:id',
    { permission: 'returns:export', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const id = Number(req.params.id);
      if (!/^\d{1,9}$/.test(req.params.id ?? '')) throw new NotFoundError();
      const file = await builtReturnFile(res.locals.services.db, id);
      if (!file?.content) throw new NotFoundError();
      // The build audited the export once, as the person who asked; each download is audited here
      // as a view of the children in the file, by whoever downloads it.
      await listed(file.child_ids, { download: file.return_kind, file: file.file_name, ...file.parameters });
      res.attachment(file.file_name ?? 'return');
      res.type(file.content_type ?? 'application/octet-stream');
      res.send(file.content);
    },
  );
