// The front door queue and recording a contact: find or add the children, their household, the details, check.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { asList, parseForm } from '../../platform/web/forms.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { createChild, likelyDuplicates } from '../people/index.ts';
import { knownTo, mayOpenChild } from '../../platform/access/recordScope.ts';
import { sourceName } from '../assessment/index.ts';
import { recordContact } from './store.ts';
import { contactsAwaitingDecision } from './queue.ts';
import { inPageOrder, refusalOnPage } from '../../platform/web/pageHelpers.ts';
import { addError, childName, hasErrors, mergeErrors, noErrors, readDate } from '../../platform/web/childPages.ts';
import {
  sourceCodes,
  contactFieldOrder,
  newChildSchema,
  readContactDetails,
  contactView,
  childrenByIds,
  newContactPath,
  contactInProgress,
  renderFindChild,
  renderAddChild,
  householdOptions,
  renderHousehold,
  renderDetails,
} from './presenters.ts';

export const contactRoutes = new RouteTable()
  .get('/front-door', { permission: 'frontdoor:record', audit: 'children-listed' }, async (_req, res, { listed }) => {
    const { db, clock } = res.locals.services;
    const settings = await res.locals.services.timescales.councilSettings(db);
    const queue = await contactsAwaitingDecision(db, clock.now(), settings);
    await listed(queue.flatMap((contact) => contact.children.map((child) => child.id)));
    res.render('frontdoor/queue', {
      pageTitle: 'Front door',
      queue,
      sources: Object.fromEntries(sourceCodes.map((code) => [code, sourceName(code)])),
      standard:
        settings.contactDecisionWithin === '24-hours'
          ? 'within 24 hours of receipt'
          : 'by the end of the next working day',
      overdueCount: queue.filter((row) => row.overdue).length,
    });
  })
  .get(newContactPath, { permission: 'frontdoor:record', audit: 'children-listed' }, (req, res, { listed }) =>
    renderFindChild(req, res, undefined, 200, listed),
  )
  .post(`${newContactPath}/child`, { permission: 'frontdoor:record' }, async (req, res) => {
    const { db } = res.locals.services;
    const id = Number(req.body?.childId);
    const child =
      Number.isSafeInteger(id) && id > 0
        ? await db.selectFrom('children').selectAll().where('id', '=', id).executeTakeFirst()
        : undefined;
    if (!child) {
      const errors = noErrors();
      addError(errors, 'q', 'Select a child from the search results, or add a child who is not in Harbour');
      return renderFindChild(req, res, errors, 400);
    }
    if (!(await mayOpenChild(db, res.locals.user!, child))) return res.redirect(`/children/${child.id}/restricted`);
    const inProgress = req.session.newContact ?? { childIds: [] };
    if (!inProgress.childIds.includes(child.id)) inProgress.childIds.push(child.id);
    req.session.newContact = inProgress;
    res.redirect(`${newContactPath}/household`);
  })
  .get(`${newContactPath}/add-child`, { permission: 'frontdoor:record', audit: 'none' }, (_req, res) =>
    renderAddChild(res, {}),
  )
  .post(`${newContactPath}/add-child`, { permission: 'frontdoor:record' }, async (req, res) => {
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const errors = noErrors();
    const form = parseForm(newChildSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    const dateOfBirth = readDate(body, 'dateOfBirth', { label: 'Date of birth', notAfter: clock.today() }, errors);
    if (!form.ok || !dateOfBirth || hasErrors(errors))
      return renderAddChild(
        res,
        body,
        inPageOrder(errors, ['forename', 'surname', 'dateOfBirth', 'sex']),
        undefined,
        400,
      );
    const duplicates = await knownTo(
      db,
      res.locals.user!,
      await likelyDuplicates(db, { ...form.value, dateOfBirth }, clock.today().toString()),
    );
    if ((duplicates.shown.length || duplicates.withheld) && form.value.notADuplicate !== 'yes')
      return renderAddChild(res, body, undefined, duplicates);
    try {
      const child = await createChild(db, res.locals.actor, {
        forename: form.value.forename,
        surname: form.value.surname,
        sex: form.value.sex,
        dateOfBirth,
      });
      const inProgress = req.session.newContact ?? { childIds: [] };
      inProgress.childIds.push(child.id);
      req.session.newContact = inProgress;
      req.session.flash = `${childName(child)} is recorded with Harbour ID ${child.id}`;
      res.redirect(`${newContactPath}/household`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderAddChild(
          res,
          body,
          refusalOnPage(error, ['forename', 'surname', 'dateOfBirth', 'sex'], ['dateOfBirth']),
          undefined,
          400,
        );
      throw error;
    }
  })
  .get(
    `${newContactPath}/household`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (inProgress) await renderHousehold(res, inProgress, undefined, 200, listed);
    },
  )
  .post(`${newContactPath}/household`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const { options } = await householdOptions(res, inProgress);
    const picked = asList(req.body?.childIds).map(Number);
    if (picked.some((id) => !options.some((option) => option.id === id))) {
      const errors = noErrors();
      addError(errors, 'childIds', 'Select children from the list');
      return renderHousehold(res, inProgress, errors, 400);
    }
    req.session.newContact = {
      ...inProgress,
      childIds: [
        inProgress.childIds[0]!,
        ...options.filter((option) => picked.includes(option.id)).map((option) => option.id),
      ],
      householdChosen: true,
    };
    res.redirect(`${newContactPath}/details`);
  })
  .get(
    `${newContactPath}/details`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (inProgress) await listed(inProgress.childIds);
      if (inProgress) await renderDetails(res, inProgress, inProgress.details ?? {});
    },
  )
  .post(`${newContactPath}/details`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const { _csrf, ...posted } = req.body ?? {};
    req.session.newContact = { ...inProgress, details: posted };
    const details = readContactDetails(posted, res);
    if (!details.ok) return renderDetails(res, inProgress, posted, details.errors, 400);
    res.redirect(`${newContactPath}/check`);
  })
  .get(
    `${newContactPath}/check`,
    { permission: 'frontdoor:record', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const inProgress = contactInProgress(req, res);
      if (!inProgress) return;
      const details = readContactDetails(inProgress.details ?? {}, res);
      if (!details.ok) return res.redirect(`${newContactPath}/details`);
      await listed(inProgress.childIds);
      res.render('frontdoor/new-check', {
        pageTitle: 'Check the contact before saving it',
        summary: contactView(details.value, await childrenByIds(res, inProgress.childIds)),
      });
    },
  )
  .post(`${newContactPath}/check`, { permission: 'frontdoor:record' }, async (req, res) => {
    const inProgress = contactInProgress(req, res);
    if (!inProgress) return;
    const details = readContactDetails(inProgress.details ?? {}, res);
    if (!details.ok) return res.redirect(`${newContactPath}/details`);
    try {
      const { contact, childIds } = await recordContact(res.locals.services.db, res.locals.actor, {
        ...details.value,
        childIds: inProgress.childIds,
      });
      delete req.session.newContact;
      req.session.flash = `The contact about ${childIds.length} ${childIds.length === 1 ? 'child' : 'children'} is recorded and waiting for a decision`;
      res.redirect(`/front-door/contacts/${contact.id}`);
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderDetails(
          res,
          inProgress,
          inProgress.details ?? {},
          refusalOnPage(error, contactFieldOrder, ['receivedAt']),
          400,
        );
      throw error;
    }
  })
  .post(`${newContactPath}/cancel`, { permission: 'frontdoor:record' }, (req, res) => {
    delete req.session.newContact;
    req.session.flash = 'The contact was not saved';
    res.redirect('/front-door');
  });
