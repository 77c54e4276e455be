// Section 47 enquiries: their outcome and the initial child protection conference they lead to.
// Conferences are long forms: kept as drafts, and kept across a session timeout.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  formBody,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  plainDate,
  readDate,
  refusalErrors,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import { concludeSection47Enquiry, recordInitialConference } from './store.ts';
import {
  conclusionSchema,
  initialConferenceSchema,
  enquiryOf,
  renderEnquiry,
  renderConference,
  readConference,
  initialConferenceForm,
} from './presenters.ts';

export const section47EnquiryRoutes = new RouteTable()
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId',
    childRecordPage('child:view', 'section_47_enquiries', 'enquiryId'),
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      await renderEnquiry(res, child, enquiry);
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/outcome',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
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
      if (!form.ok || !endDate) return renderEnquiry(res, child, enquiry, values, errors, 400);
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
            renderEnquiry(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The outcome of the section 47 enquiry is recorded';
      res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
    },
  )
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    childRecordPage('child:record', 'section_47_enquiries', 'enquiryId'),
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      const draft = await draftFor(req, res, child.id);
      await renderConference(res, child, initialConferenceForm(child, enquiry), draft.values ?? {}, { draft });
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    { permission: 'child:record', child: true, draft: 'Initial child protection conference' },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const form = initialConferenceForm(child, enquiry);
      const errors = noErrors();
      const conference = readConference(
        res,
        initialConferenceSchema,
        values,
        {
          date: enquiry.start_date,
          message: 'The date of the conference must be on or after the start of the section 47 enquiry',
        },
        errors,
      );
      if (!conference || hasErrors(errors)) return renderConference(res, child, form, values, { errors }, 400);
      try {
        const { plan } = await recordInitialConference(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          section47EnquiryId: enquiry.id,
          date: conference.conferenceDate,
          outcome: conference.outcome,
          category: conference.outcome === 'plan' ? (conference.category ?? null) : null,
          childParticipation: conference.childParticipation,
          parentsParticipation: conference.parentsParticipation,
          decisionReasons: conference.decisionReasons,
          practiceRating: conference.practiceRating,
          chairId: conference.chairId,
        });
        await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
        req.session.flash = plan
          ? 'The initial conference is recorded and the child protection plan has started'
          : 'The initial conference is recorded';
        res.redirect(
          plan
            ? `/children/${child.id}/child-protection-plans/${plan.id}`
            : `/children/${child.id}/section-47-enquiries/${enquiry.id}`,
        );
      } catch (error) {
        const refused = refusalErrors(error, ['conferenceDate'], {
          section47EnquiryId: 'conferenceDate',
          startDate: 'conferenceDate',
          conferenceId: 'conferenceDate',
        });
        if (refused) return renderConference(res, child, form, values, { errors: refused }, 400);
        throw error;
      }
    },
  );
