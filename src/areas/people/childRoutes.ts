// Finding a child and recording a new one (with the check for someone already recorded).
import { knownTo } from '../../platform/access/recordScope.ts';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, singleError } from '../../platform/web/forms.ts';
import { addError, hasErrors, mergeErrors, noErrors } from '../../platform/web/childPages.ts';
import { inPageOrder } from '../../platform/web/pageHelpers.ts';
import { nhsNumberRecorded } from './nhsNumber.ts';
import { dateInputItems, readDateInput } from '../../platform/web/dateInput.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { createChild } from './store.ts';
import { countChildren, findChildren, likelyDuplicates, searchCap } from './search.ts';
import { listPage, pageAskedFor } from '../../platform/web/pagination.ts';

/** A page of search results: enough to scan, few enough to read. */
const resultsPerPage = 50;
import { childFieldOrder, childSchema, nhsNumberSchema, renderNewChild } from './presenters.ts';

export const childRoutes = new RouteTable()
  .get('/children', { permission: 'child:view', audit: 'children-listed' }, async (req, res, { listed }) => {
    // One value per field: a field repeated in the address (?q=a&q=b) is read as its first.
    const query = Object.fromEntries(
      Object.entries(req.query).map(([key, value]) => [key, [value].flat().find((v) => typeof v === 'string') ?? '']),
    ) as Record<string, string>;
    const today = res.locals.services.clock.today();
    const searched = 'q' in query || 'dateOfBirth-day' in query;
    const dateOfBirth = readDateInput(query, 'dateOfBirth', { label: 'Date of birth', required: false });
    const errors = !dateOfBirth.ok
      ? singleError(`dateOfBirth-${dateOfBirth.part}`, dateOfBirth.message)
      : searched && !query.q?.trim() && !(dateOfBirth.ok && dateOfBirth.value)
        ? singleError('q', 'Enter a name, Harbour ID, UPN or NHS number, or a date of birth')
        : undefined;
    const search = { text: query.q, dateOfBirth: (dateOfBirth.ok && dateOfBirth.value) || undefined };
    const page = pageAskedFor(req, resultsPerPage);
    const [found, total] =
      searched && !errors
        ? await Promise.all([
            findChildren(res.locals.services.db, search, today.toString(), { limit: page.size, offset: page.offset }),
            countChildren(res.locals.services.db, search),
          ])
        : [[], 0];
    // The count stops one past the cap: more than that is "more than 500", and the pages go as far as the cap.
    const more = total > searchCap;
    const { showing, pagination } = listPage('/children', query, page, Math.min(total, searchCap));
    const { shown: results, withheld } = await knownTo(res.locals.services.db, res.locals.user!, found);
    // A search is audited with what was searched for, even when it found nobody.
    if (searched)
      await listed(
        results.map((result) => result.id),
        { searched: { q: query.q, dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null }, page: page.number },
      );
    res.status(errors ? 400 : 200).render('people/search', {
      pageTitle: 'Find a child',
      values: query,
      errors,
      searched,
      results,
      withheld,
      more,
      searchCap,
      showing,
      pagination,
      dateOfBirthItems: dateInputItems(
        'dateOfBirth',
        query,
        null,
        Boolean(errors?.list[0]?.href.startsWith('#dateOfBirth')),
      ),
    });
  })
  .get('/children/new', { permission: 'child:record', audit: 'none' }, (_req, res) => renderNewChild(res, {}))
  .post('/children/new', { permission: 'child:record' }, async (req, res) => {
    const { db, clock } = res.locals.services;
    const today = clock.today();
    const form = parseForm(childSchema, req.body);
    const nhs = parseForm(nhsNumberSchema, req.body);
    const unborn = req.body?.unborn === 'yes';
    const date = readDateInput(
      req.body ?? {},
      'dateOfBirth',
      unborn
        ? {
            label: 'Expected date of birth',
            notBefore: today,
            notBeforeMessage: 'Expected date of birth must be today or in the future',
          }
        : { label: 'Date of birth', notAfter: today },
    );
    const errors = noErrors();
    mergeErrors(errors, form.ok ? undefined : form.errors);
    mergeErrors(errors, nhs.ok ? undefined : nhs.errors);
    if (!date.ok) addError(errors, 'dateOfBirth', date.message, `#dateOfBirth-${date.part}`);
    const identifier = nhs.ok ? nhsNumberRecorded(nhs.value, unborn) : undefined;
    if (identifier && !identifier.ok) addError(errors, identifier.field, identifier.message);
    if (!form.ok || !date.ok || !identifier?.ok || hasErrors(errors))
      return renderNewChild(res, req.body, inPageOrder(errors, childFieldOrder), undefined, 400);
    const details = { ...form.value, ...identifier.value };
    const duplicates = await knownTo(
      db,
      res.locals.user!,
      await likelyDuplicates(db, { ...details, dateOfBirth: date.value }, today.toString()),
    );
    if ((duplicates.shown.length || duplicates.withheld) && details.notADuplicate !== 'yes')
      return renderNewChild(res, req.body, undefined, duplicates, 200);
    try {
      const child = await createChild(db, res.locals.actor, {
        ...details,
        dateOfBirth: unborn ? null : date.value,
        expectedDateOfBirth: unborn ? date.value : null,
      });
      req.session.flash = `${child.forename} ${child.surname} is recorded with Harbour ID ${child.id}`;
      res.redirect(`/children/${child.id}`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderNewChild(res, req.body, singleError(error.field, error.message), undefined, 400);
      throw error;
    }
  });
