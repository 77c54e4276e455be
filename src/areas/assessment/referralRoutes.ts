// Referrals: recording one, its page, closing the CIN episode, and starting its assessments.
import { Temporal } from 'temporal-polyfill';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { closeReferral, correctPrimaryNeed, recordReferral, startAssessment } from './store.ts';
import { referralClosureBlockers } from './model.ts';
import {
  addError,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import {
  referralSchema,
  closureSchema,
  primaryNeedChangeSchema,
  renderPrimaryNeed,
  assessmentPath,
  referralOf,
  episodeAtClosure,
  renderClosure,
  renderNewReferral,
  renderReferral,
} from './presenters.ts';

export const referralRoutes = new RouteTable()
  .get('/children/:childId/referrals/new', childRecordPage('child:record', 'referrals'), (_req, res, { child }) => {
    renderNewReferral(res, child, {});
  })
  .post(
    '/children/:childId/referrals/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const body = req.body ?? {};
      const errors = noErrors();
      const referralDate = readDate(
        body,
        'referralDate',
        { label: 'The date of the referral', notAfter: today(res) },
        errors,
      );
      const form = parseForm(referralSchema, body);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !referralDate) return renderNewReferral(res, child, body, errors, 400);
      try {
        const referral = await recordReferral(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          referralDate,
          ...form.value,
        });
        req.session.flash = 'The referral is recorded';
        res.redirect(`/children/${child.id}/referrals/${referral.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['referralDate']);
        if (refused) return renderNewReferral(res, child, body, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/referrals/:referralId',
    childRecordPage('child:view', 'referrals', 'referralId'),
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      await renderReferral(res, child, referral);
    },
  )
  .get(
    '/children/:childId/referrals/:referralId/primary-need',
    childRecordPage('child:record', 'referrals', 'referralId'),
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      await renderPrimaryNeed(res, child, referral, {
        version: String(referral.version),
        primaryNeed: referral.primary_need ?? undefined,
      });
    },
  )
  .post(
    '/children/:childId/referrals/:referralId/primary-need',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      const body = req.body ?? {};
      const form = parseForm(primaryNeedChangeSchema, body);
      if (!form.ok) return renderPrimaryNeed(res, child, referral, body, form.errors, 400);
      if (form.value.primaryNeed === referral.primary_need) {
        const errors = noErrors();
        addError(errors, 'primaryNeed', 'Select a primary need different from the one recorded');
        return renderPrimaryNeed(res, child, referral, body, errors, 400);
      }
      const saved = await saveOrShowAgain(
        () =>
          correctPrimaryNeed(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: referral.id,
            version: form.value.version,
            primaryNeed: form.value.primaryNeed,
            reason: form.value.reason,
          }),
        {
          record: referral,
          values: body,
          reload: () => referralOf(res, child, referral.id),
          render: (shown, values, errors, status) => renderPrimaryNeed(res, child, shown, values, errors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The primary need is changed';
      res.redirect(`/children/${child.id}/referrals/${referral.id}`);
    },
  )
  .get(
    '/children/:childId/referrals/:referralId/close',
    childRecordPage('child:record', 'referrals', 'referralId'),
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      if (referral.closure_date) return res.redirect(`/children/${child.id}/referrals/${referral.id}`);
      renderClosure(res, child, referral, { version: String(referral.version) });
    },
  )
  .post(
    '/children/:childId/referrals/:referralId/close',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      const body = req.body ?? {};
      const errors = noErrors();
      if (referral.closure_date) {
        addError(
          errors,
          'record',
          'This referral is already closed: someone closed it while you were working. Your closure is not saved.',
        );
        return renderClosure(res, child, referral, body, errors, 409);
      }
      const closureDate = readDate(
        body,
        'closureDate',
        {
          label: 'The closure date',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(referral.referral_date),
          notBeforeMessage: 'The closure date must be on or after the date of the referral',
        },
        errors,
      );
      const form = parseForm(closureSchema, body);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (closureDate) {
        // Each reason in the summary, all pointing at the date that would have to change.
        referralClosureBlockers(closureDate, await episodeAtClosure(res, child, referral)).forEach((blocker, index) =>
          addError(errors, index === 0 ? 'closureDate' : `closureDate-${index}`, blocker, '#closureDate-day'),
        );
      }
      if (!form.ok || !closureDate || hasErrors(errors)) return renderClosure(res, child, referral, body, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          closeReferral(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: referral.id,
            version: form.value.version,
            closureDate,
            closureReason: form.value.closureReason,
          }),
        {
          record: referral,
          values: body,
          dateFields: ['closureDate'],
          reload: () => referralOf(res, child, referral.id),
          render: (shown, values, errors, status) => renderClosure(res, child, shown, values, errors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The referral is closed';
      res.redirect(`/children/${child.id}/referrals/${referral.id}`);
    },
  )
  .post(
    '/children/:childId/referrals/:referralId/assessments',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const referral = await referralOf(res, child, idParam(req, 'referralId'));
      const body = req.body ?? {};
      const errors = noErrors();
      const startDate = readDate(
        body,
        'startDate',
        {
          label: 'The start date',
          notAfter: today(res),
          notBefore: Temporal.PlainDate.from(referral.referral_date),
          notBeforeMessage: 'The assessment must start on or after the referral date',
        },
        errors,
      );
      if (!startDate || hasErrors(errors)) return renderReferral(res, child, referral, body, errors, 400);
      try {
        const assessment = await startAssessment(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          referralId: referral.id,
          startDate,
        });
        req.session.flash = 'The assessment is started';
        res.redirect(assessmentPath(assessment));
      } catch (error) {
        const refused = refusalErrors(error, ['startDate'], { referralId: 'startDate' });
        if (refused) return renderReferral(res, child, referral, body, refused, 400);
        throw error;
      }
    },
  );
