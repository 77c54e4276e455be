// The council loads its postcode centroids here, so a placement's distance from the child's home can
// be worked out without looking postcodes up on the internet. A paste is added to what is held, so a
// large directory is loaded in parts, each within the size of a form.
import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { fieldText, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { centroidsHeld, loadCentroids, parseCentroids } from './postcodeLookup.ts';

const path = '/admin/settings/postcode-lookup';
/** Refused lines shown at once: enough to see what is wrong with a file. */
const refusalsShown = 20;
const postcodes = (count: number) => `${count.toLocaleString('en-GB')} postcode${count === 1 ? '' : 's'}`;

async function render(
  res: Response,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; refused?: { line: number; message: string }[]; loaded?: string } = {},
  status = 200,
) {
  res.status(status).render('care/postcode-lookup', {
    pageTitle: 'Postcode lookup',
    values,
    held: postcodes(await centroidsHeld(res.locals.services.db)),
    ...extras,
    refused: extras.refused?.slice(0, refusalsShown),
    moreRefused: Math.max(0, (extras.refused?.length ?? 0) - refusalsShown),
  });
}

export const postcodeRoutes = new RouteTable()
  .get(path, { permission: 'settings:manage', audit: 'none' }, (_req, res) => render(res, {}))
  .post(path, { permission: 'settings:manage' }, async (req, res) => {
    const csv = fieldText(req.body.csv);
    const { rows, refused } = parseCentroids(csv);
    if (!rows.length)
      return render(
        res,
        req.body,
        {
          errors: singleError('csv', 'Paste lines of postcode, latitude and longitude, separated by commas'),
          refused,
        },
        400,
      );
    await loadCentroids(res.locals.services.db, rows);
    const loaded = `${postcodes(rows.length)} added or replaced`;
    if (refused.length) return render(res, {}, { refused, loaded });
    req.session.flash = loaded;
    res.redirect(path);
  });
