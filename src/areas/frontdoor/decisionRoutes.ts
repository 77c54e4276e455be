// A recorded contact: the decision on it, the referrals and early help it leads to, and a child's contacts.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { asList, parseForm } from '../../platform/web/forms.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { mayOpenChild } from '../../platform/access/recordScope.ts';
import { recordReferral, sourceName, type ReferralSource } from '../assessment/index.ts';
import { recordStrategyDiscussion } from '../protection/index.ts';
import { startEarlyHelp } from '../earlyhelp/index.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { contactOutcomes, type ContactOutcome } from './codes.ts';
import { childContacts, contactRecord, decideContact } from './store.ts';
import { inPageOrder, readDateTimeInput, refusalOnPage } from '../../platform/web/pageHelpers.ts';
import { addError, childName, hasErrors, mergeErrors, noErrors, readDate } from '../../platform/web/childPages.ts';
import {
  referralOutcomes,
  decisionSchema,
  decisionFieldOrder,
  earlyHelpSchema,
  contactFromParams,
  listedAsContact,
  renderDecision,
  decisionProblem,
  outcomeOffered,
  situationsOf,
  referralsStillToRecord,
  readPrimaryNeeds,
  earlyHelpStillToOpen,
  onOrAfterContact,
  followUpPath,
  decidedAs,
  renderReferrals,
  renderEarlyHelp,
  refuseUnlessCouncilAllowsDecider,
  renderContact,
} from './presenters.ts';

export const contactDecisionRoutes = new RouteTable()
  .get(
    '/front-door/contacts/:id',
    { permission: 'child:view', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const { db } = res.locals.services;
      const { contact, children } = await contactFromParams(req, res);
      for (const child of children) {
        if (
          child.restricted &&
          !(await mayOpenChild(db, res.locals.user!, { id: child.id, access_restriction: 'restricted' }))
        )
          return res.redirect(`/children/${child.id}/restricted`);
      }
      const viewed = (await contactRecord(db, contact.id))!;
      await listed(viewed.childIds, {}, { record: 'contacts', recordId: contact.id });
      await renderContact(res, { contact, children }, viewed);
    },
  )
  .get(
    '/front-door/contacts/:id/decision',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      await refuseUnlessCouncilAllowsDecider(res);
      const found = await contactFromParams(req, res);
      if (found.decision) return res.redirect(`/front-door/contacts/${found.contact.id}`);
      await listedAsContact(listed, found);
      await renderDecision(res, found, await situationsOf(res, found), {});
    },
  )
  .post('/front-door/contacts/:id/decision', { permission: 'frontdoor:decide' }, async (req, res) => {
    await refuseUnlessCouncilAllowsDecider(res);
    const found = await contactFromParams(req, res);
    const body = req.body ?? {};
    const errors = noErrors();
    const form = parseForm(decisionSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    const decidedAt = readDateTimeInput(
      body,
      'decidedAt',
      'the decision was made',
      res.locals.services.clock.now(),
      errors,
    );
    // Read once: the decision is checked against the situations, and a refusal shows them again.
    const situations = await situationsOf(res, found);
    if (form.ok) {
      const problem =
        decisionProblem(form.value.outcome, situations) ?? (await outcomeOffered(res, form.value.outcome));
      if (problem) addError(errors, 'outcome', problem);
    }
    if (!form.ok || !decidedAt || hasErrors(errors))
      return renderDecision(res, found, situations, body, inPageOrder(errors, decisionFieldOrder), 400);
    try {
      await decideContact(res.locals.services.db, res.locals.actor, {
        contactId: found.contact.id,
        decidedAt,
        ...form.value,
      });
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderDecision(
          res,
          found,
          situations,
          body,
          refusalOnPage(error, decisionFieldOrder, ['decidedAt']),
          400,
        );
      throw error;
    }
    const outcome = form.value.outcome;
    req.session.flash = `Decision recorded: ${contactOutcomes[outcome]}`;
    res.redirect(followUpPath(found.contact.id, outcome));
  })
  .get(
    '/front-door/contacts/:id/referrals',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const found = await decidedAs(req, res, referralOutcomes);
      if (found) await listedAsContact(listed, found);
      if (found) await renderReferrals(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/referrals', { permission: 'frontdoor:decide' }, async (req, res) => {
    const found = await decidedAs(req, res, referralOutcomes);
    if (!found) return;
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const errors = noErrors();
    const referralDate = readDate(
      body,
      'referralDate',
      {
        label: 'The date of the referral',
        notAfter: clock.today(),
        ...onOrAfterContact(found.contact, 'The date of the referral'),
      },
      errors,
    );
    const children = await referralsStillToRecord(res, found);
    const needs = readPrimaryNeeds(body, children, errors);
    if (!referralDate || hasErrors(errors)) return renderReferrals(res, found, body, errors, 400);
    // Every child of the contact or none: a refusal for one child rolls back the others.
    let refusedChild = '';
    try {
      await inTransaction(db, async (trx) => {
        for (const { child, referralId, needsDiscussion } of children) {
          refusedChild = child.name;
          const referral =
            referralId ??
            (
              await recordReferral(trx, res.locals.actor, {
                childId: child.id,
                referralDate,
                source: found.contact.source as ReferralSource,
                primaryNeed: needs.get(child.id) ?? null,
                contactId: found.contact.id,
              })
            ).id;
          if (needsDiscussion)
            await recordStrategyDiscussion(trx, res.locals.actor, {
              childId: child.id,
              referralId: referral,
              decisionDate: referralDate,
            });
        }
      });
    } catch (error) {
      if (!(error instanceof RecordIntegrityError)) throw error;
      return renderReferrals(
        res,
        found,
        body,
        refusalOnPage(error, ['referralDate'], ['referralDate'], refusedChild),
        400,
      );
    }
    req.session.flash =
      found.decision.outcome === 'strategy-discussion'
        ? 'The referrals and the decision to hold a strategy discussion are recorded'
        : 'The referrals are recorded';
    res.redirect(`/front-door/contacts/${found.contact.id}`);
  })
  .get(
    '/front-door/contacts/:id/early-help',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const found = await decidedAs(req, res, ['early-help']);
      if (found) await listedAsContact(listed, found);
      if (found) await renderEarlyHelp(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/early-help', { permission: 'frontdoor:decide' }, async (req, res) => {
    const found = await decidedAs(req, res, ['early-help']);
    if (!found) return;
    const { db, clock } = res.locals.services;
    const body = req.body ?? {};
    const remaining = await earlyHelpStillToOpen(res, found);
    const errors = noErrors();
    const picked = asList(body.childIds).map(Number);
    if (picked.length === 0) addError(errors, 'childIds', 'Select the children who will have early help');
    else if (picked.some((id) => !remaining.some((child) => child.id === id)))
      addError(errors, 'childIds', 'Select children from the list');
    const startDate = readDate(
      body,
      'startDate',
      { label: 'The start date', notAfter: clock.today(), ...onOrAfterContact(found.contact, 'The start date') },
      errors,
    );
    const form = parseForm(earlyHelpSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    if (!form.ok || !startDate || hasErrors(errors))
      return renderEarlyHelp(
        res,
        found,
        body,
        inPageOrder(errors, ['childIds', 'startDate', 'leadProfessional', 'leadOrganisation']),
        400,
      );
    // Every child picked or none: a refusal for one child rolls back the others.
    let refusedChild = '';
    try {
      await inTransaction(db, async (trx) => {
        for (const child of remaining.filter((child) => picked.includes(child.id))) {
          refusedChild = child.name;
          await startEarlyHelp(trx, res.locals.actor, {
            childId: child.id,
            startDate,
            contactId: found.contact.id,
            ...form.value,
          });
        }
      });
    } catch (error) {
      if (!(error instanceof RecordIntegrityError)) throw error;
      return renderEarlyHelp(
        res,
        found,
        body,
        refusalOnPage(error, ['startDate', 'leadProfessional', 'leadOrganisation'], ['startDate'], refusedChild),
        400,
      );
    }
    req.session.flash = `Early help is open for ${picked.length} ${picked.length === 1 ? 'child' : 'children'}`;
    res.redirect(`/front-door/contacts/${found.contact.id}`);
  })
  .get('/children/:id/contacts', childRecordPage('child:view', 'contacts'), async (_req, res, { child }) => {
    const contacts = await childContacts(res.locals.services.db, child.id);
    res.render('frontdoor/child-contacts', {
      pageTitle: `Contacts about ${childName(child)}`,
      child,
      contacts: contacts.map((contact) => ({
        ...contact,
        source: sourceName(contact.source),
        outcome: contact.outcome && contactOutcomes[contact.outcome as ContactOutcome],
      })),
    });
  });
