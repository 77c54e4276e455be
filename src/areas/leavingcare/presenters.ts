// The young person's leaving care page and the birthday contact list, as the templates show them.
import type { Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { NotFoundError } from '../../core/errors.ts';
import type { TimescaleRuleId } from '../../core/timescales/model.ts';
import {
  childDueItems,
  may,
  namesShownTo,
  renderChildPage,
  timescaleView,
  today,
  type Child,
} from '../../platform/web/childPages.ts';
import type { FormRequest, Listed } from '../../platform/web/routeSpec.ts';
import { fieldText } from '../../platform/web/forms.ts';
import {
  accommodationCodes,
  activityCodes,
  eligibilityCategories,
  inTouchCodes,
  type AccommodationCode,
  type ActivityCode,
  type EligibilityCategory,
  type InTouchCode,
} from './codes.ts';
import { careLeaverRecordsOf } from './store.ts';
import { birthdayContactsIn } from './birthdayList.ts';

const leavingCareRules: readonly TimescaleRuleId[] = [
  'pathway-needs-assessment',
  'pathway-plan-review',
  'care-leaver-contact',
];

const withCode = <K extends string>(codes: Record<K, string>, code: string | null) =>
  code ? `${code}: ${codes[code as K]}` : 'Not recorded';

/** Everything the leaving care record holds for the young person (the route audits the view). */
export async function renderLeavingCare(res: Response, child: Child) {
  const { db } = res.locals.services;
  const [record, dueItems] = await Promise.all([
    careLeaverRecordsOf(db, [child.id]),
    childDueItems(res, child, today(res)),
  ]);
  const careLeaver = record.careLeavers[0];
  const adviser = careLeaver?.personal_adviser_worker_id
    ? await db
        .selectFrom('workers')
        .select('name')
        .where('id', '=', careLeaver.personal_adviser_worker_id)
        .executeTakeFirst()
    : undefined;
  renderChildPage(res, 'leavingcare/leaving-care', child, {
    pageTitle: 'Leaving care',
    columns: 'full',
    careLeaver,
    adviserName: adviser?.name ?? careLeaver?.personal_adviser_name ?? null,
    eligibility: record.eligibility.map((row) => ({
      ...row,
      categoryName: eligibilityCategories[row.category as EligibilityCategory],
    })),
    // The leaving care timescales still to meet: the needs assessment, the next review, the birthday contacts.
    due: dueItems
      .filter((item) => leavingCareRules.includes(item.rule) && (item.status === 'due' || item.status === 'overdue'))
      .map((item) => timescaleView(item, today(res))),
    pathwayPlans: record.pathwayPlans,
    reviews: record.reviews,
    contacts: record.contacts.reverse().map((contact) => ({
      ...contact,
      inTouchName: inTouchCodes[contact.in_touch as InTouchCode],
      accommodationName: withCode(accommodationCodes, contact.accommodation as AccommodationCode | null),
      suitable:
        contact.accommodation_suitable === null ? '' : contact.accommodation_suitable ? 'Suitable' : 'Not suitable',
      activityName: withCode(activityCodes, contact.activity as ActivityCode | null),
    })),
  });
}

/** The month asked for (`?month=2026-12`), this month when none; a month that is not one is a 404. */
function monthAsked(req: FormRequest, res: Response): Temporal.PlainYearMonth {
  const asked = fieldText(req.query.month);
  if (!asked) return today(res).toPlainYearMonth();
  if (!/^\d{4}-\d{2}$/.test(asked)) throw new NotFoundError();
  try {
    const month = Temporal.PlainYearMonth.from(asked, { overflow: 'reject' });
    if (month.year < 1900 || month.year > 2100) throw new NotFoundError();
    return month;
  } catch {
    throw new NotFoundError();
  }
}

/**
 * The birthday contact list: a manager's of every young person due, a personal adviser's of their
 * own; each young person known to the reader named, restricted ones counted.
 */
export async function renderBirthdayContacts(req: FormRequest, res: Response, listed: Listed) {
  const { db, timescales } = res.locals.services;
  const month = monthAsked(req, res);
  const settings = await timescales.councilSettings(db);
  const ownOnly = !may(res, 'child:oversee');
  const due = await birthdayContactsIn(
    db,
    month,
    settings.careLeaverAnnualContactToAge,
    today(res),
    ownOnly ? res.locals.user!.id : undefined,
  );
  const { names: named, withheld } = await namesShownTo(
    res,
    due.map((row) => row.childId),
  );
  const rows = due.flatMap((row) => {
    const name = named.get(row.childId);
    return name
      ? [{ ...row, name, inTouchName: row.inTouch ? inTouchCodes[row.inTouch] : 'No contact recorded yet' }]
      : [];
  });
  await listed(
    rows.map((row) => row.childId),
    { list: 'birthday-contacts', month: month.toString() },
  );
  res.render('leavingcare/birthday-contacts', {
    pageTitle: ownOnly ? 'Your birthday contacts' : 'Birthday contacts',
    ownOnly,
    monthName: month.toPlainDate({ day: 1 }).toLocaleString('en-GB', { month: 'long', year: 'numeric' }),
    previous: month.subtract({ months: 1 }).toString(),
    next: month.add({ months: 1 }).toString(),
    rows,
    withheld,
    inTouchCount: rows.filter((row) => row.inTouch === 'YES').length,
  });
}
