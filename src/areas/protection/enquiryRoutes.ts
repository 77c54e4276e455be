// Section 47 enquiries: their page and their outcome, a long form kept as a draft and across a session
// timeout. The initial conference they lead to is recorded in conferenceRoutes.ts.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  formBody,
  idParam,
  mergeErrors,
  noErrors,
  plainDate,
  readDate,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import { concludeSection47Enquiry } from './store.ts';
import { conclusionSchema, enquiryOf, renderEnquiry, renderOutcome } from './presenters.ts';

export const section47EnquiryRoutes = new RouteTable()
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId',
    childRecordPage('child:view', 'section_47_enquiries', 'enquiryId'),
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      await renderEnquiry(res, child, enquiry);
    },
  )
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId/outcome',
    childRecordPage('child:record', 'section_47_enquiries', 'enquiryId'),
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      if (enquiry.end_date) return res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
      const draft = await draftFor(req, res, child.id);
      renderOutcome(res, child, enquiry, draft.values ?? {}, { draft });
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/outcome',
    { permission: 'child:record', child: true, draft: 'Section 47 enquiry outcome' },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const endDate = readDate(
        values,
        'endDate',
        {
          label: 'The date the enquiry concluded',
          notAfter: today(res),
          notBefore: plainDate(enquiry.start_date),
          notBeforeMessage: 'The date the enquiry concluded must be on or after the start date',
        },
        errors,
      );
      const form = parseForm(conclusionSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !endDate) return renderOutcome(res, child, enquiry, values, { errors }, 400);
      const saved = await saveOrShowAgain(
        () =>
          concludeSection47Enquiry(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: enquiry.id,
            version: form.value.version,
            endDate,
            outcome: form.value.outcome,
            findings: form.value.findings,
            childsAccount: form.value.childsAccount,
            outcomeReasons: form.value.outcomeReasons,
          }),
        {
          record: enquiry,
          values,
          dateFields: ['endDate'],
          reload: () => enquiryOf(res, child, enquiry.id),
          render: (shown, formValues, formErrors, status) =>
            renderOutcome(res, child, shown, formValues, { errors: formErrors }, status),
        },
      );
      if (!saved) return;
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'The outcome of the section 47 enquiry is recorded';
      res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
    },
  );
