// The front door's decision of Family Help (a council on the unified model): the family's episode
// started for the children of the contact, with its lead practitioner, in one transaction.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { asList, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { inPageOrder, londonDay, refusalOnPage } from '../../platform/web/pageHelpers.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { addError, chosenId, hasErrors, mergeErrors, noErrors, readDate } from '../../platform/web/childPages.ts';
import type { ReferralSource } from '../assessment/index.ts';
import { practitionerItems, startFamilyHelp } from '../familyhelp/index.ts';
import {
  decidedAs,
  familyHelpStillToStart,
  listedAsContact,
  onOrAfterContact,
  type DecidedContact,
  chosenChildren,
} from './presenters.ts';
import type { ContactDecision } from './schema.ts';

type Decided = DecidedContact & { decision: ContactDecision };
const fields = ['childIds', 'startDate', 'leadPractitionerId'];
const leadSchema = z.object({ leadPractitionerId: chosenId('Select the lead practitioner') });

async function render(
  res: Response,
  found: Decided,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const remaining = await familyHelpStillToStart(res, found);
  if (remaining.length === 0) return res.redirect(`/front-door/contacts/${found.contact.id}`);
  const chosen = chosenChildren(remaining, values, errors);
  const leads = await practitionerItems(res, 'Select the lead practitioner');
  res.status(status).render('frontdoor/family-help', {
    pageTitle: 'Start Family Help for the children',
    contactId: found.contact.id,
    childItems: remaining.map((child) => ({
      value: String(child.id),
      text: child.name,
      checked: chosen.includes(String(child.id)),
    })),
    leadItems: leads.map((item) => ({ ...item, selected: item.value === values.leadPractitionerId })),
    values,
    errors,
    startDateItems: dateInputItems(
      'startDate',
      values,
      londonDay(found.decision.decided_at),
      Boolean(errors?.fields.startDate),
    ),
  });
}

export const familyHelpDecisionRoutes = new RouteTable()
  .get(
    '/front-door/contacts/:id/family-help',
    { permission: 'frontdoor:decide', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const found = await decidedAs(req, res, ['family-help']);
      if (!found) return;
      await listedAsContact(listed, found);
      await render(res, found, {});
    },
  )
  .post('/front-door/contacts/:id/family-help', { permission: 'frontdoor:decide' }, async (req, res) => {
    const found = await decidedAs(req, res, ['family-help']);
    if (!found) return;
    const body = req.body ?? {};
    const remaining = await familyHelpStillToStart(res, found);
    const errors = noErrors();
    const picked = asList(body.childIds).map(Number);
    if (picked.length === 0) addError(errors, 'childIds', 'Select the children who will have Family Help');
    else if (picked.some((id) => !remaining.some((child) => child.id === id)))
      addError(errors, 'childIds', 'Select children from the list');
    const startDate = readDate(
      body,
      'startDate',
      {
        label: 'The start date',
        notAfter: res.locals.services.clock.today(),
        ...onOrAfterContact(found.contact, 'The start date'),
      },
      errors,
    );
    const form = parseForm(leadSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    if (!form.ok || !startDate || hasErrors(errors)) return render(res, found, body, inPageOrder(errors, fields), 400);
    try {
      await startFamilyHelp(res.locals.services.db, res.locals.actor, {
        childIds: picked,
        startDate,
        source: found.contact.source as ReferralSource,
        leadPractitionerId: form.value.leadPractitionerId,
        contactId: found.contact.id,
      });
    } catch (error) {
      if (!(error instanceof RecordIntegrityError)) throw error;
      return render(res, found, body, refusalOnPage(error, fields, ['startDate']), 400);
    }
    req.session.flash = `Family Help has started for ${picked.length} ${picked.length === 1 ? 'child' : 'children'}`;
    res.redirect(`/front-door/contacts/${found.contact.id}`);
  });
