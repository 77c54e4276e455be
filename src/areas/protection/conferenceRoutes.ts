// Initial and review child protection conferences: long forms, kept as drafts and across a session
// timeout. One conference about brothers and sisters is recorded on each child's own enquiry or plan,
// with each child's own outcome, category, part in it and views, all or none.
import type { Response } from 'express';
import { childRecordPage, RouteTable, type FormRequest } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  addError,
  formBody,
  hasErrors,
  idParam,
  noErrors,
  refusalErrors,
  type Child,
} from '../../platform/web/childPages.ts';
import { recordInitialConferences, recordReviewConferences } from './store.ts';
import { enquiryOf, planOf } from './presenters.ts';
import {
  initialConferenceForm,
  initialConferenceSchema,
  readConference,
  readSiblingAnswers,
  renderConference,
  reviewConferenceForm,
  reviewConferenceSchema,
  type ConferenceForm,
} from './conferencePresenters.ts';

/** What the conference decided for everyone: the day, the parents' part, the reasons, the chair and rating. */
type Conference<S extends ConferenceSchema> = NonNullable<ReturnType<typeof readConference<S>>>;
type ConferenceSchema = typeof initialConferenceSchema | typeof reviewConferenceSchema;
const sharedDetails = (conference: Conference<ConferenceSchema>) => ({
  date: conference.conferenceDate,
  parentsParticipation: conference.parentsParticipation,
  decisionReasons: conference.decisionReasons,
  practiceRating: conference.practiceRating,
  chairId: conference.chairId,
});

/**
 * Reads a conference form (this child's answers, then each brother's or sister's ticked) and saves
 * it with `save`, or shows it again with its errors; `check` adds the rules of one kind.
 */
async function recordConference<S extends ConferenceSchema>(
  req: FormRequest,
  res: Response,
  child: Child,
  form: ConferenceForm,
  rules: {
    schema: S;
    earliest: { date: string; message: string };
    save: (conference: Conference<S>, siblings: ReturnType<typeof readSiblingAnswers>) => Promise<void>;
  },
) {
  const values = formBody(req);
  const errors = noErrors();
  const conference = readConference(res, child, rules.schema, values, rules.earliest, errors);
  const siblings = readSiblingAnswers(form, values, conference?.conferenceDate, errors);
  if (conference?.outcome === 'end-plan' && conference.conferenceDate === form.started.date)
    addError(
      errors,
      'conferenceDate',
      'A conference that ends the plan must be after the day the plan started',
      '#conferenceDate-day',
    );
  if (!conference || hasErrors(errors)) return renderConference(res, child, form, values, { errors }, 400);
  try {
    await rules.save(conference, siblings);
  } catch (error) {
    const refused = refusalErrors(error, ['conferenceDate'], {
      section47EnquiryId: 'conferenceDate',
      startDate: 'conferenceDate',
      conferenceId: 'conferenceDate',
      planId: 'conferenceDate',
      endDate: 'conferenceDate',
    });
    if (refused) return renderConference(res, child, form, values, { errors: refused }, 400);
    throw error;
  }
  await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
}

const forChildren = (count: number) => (count > 1 ? ` for ${count} children` : '');

export const conferenceRoutes = new RouteTable()
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    childRecordPage('child:record', 'section_47_enquiries', 'enquiryId'),
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      const draft = await draftFor(req, res, child.id);
      await renderConference(res, child, await initialConferenceForm(res, child, enquiry), draft.values ?? {}, {
        draft,
      });
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    { permission: 'child:record', child: true, draft: 'Initial child protection conference' },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      if (await savedAsDraft(req, res, child.id)) return;
      await recordConference(req, res, child, await initialConferenceForm(res, child, enquiry), {
        schema: initialConferenceSchema,
        earliest: {
          date: enquiry.start_date,
          message: 'The date of the conference must be on or after the start of the section 47 enquiry',
        },
        save: async (conference, siblings) => {
          const [recorded] = await recordInitialConferences(res.locals.services.db, res.locals.actor, [
            {
              childId: child.id,
              section47EnquiryId: enquiry.id,
              outcome: conference.outcome,
              category: conference.outcome === 'plan' ? (conference.category ?? null) : null,
              childParticipation: conference.childParticipation,
              ...conference.voice,
              ...sharedDetails(conference),
            },
            ...siblings.map((sibling) => ({
              childId: sibling.childId,
              section47EnquiryId: sibling.recordId,
              outcome: sibling.outcome as 'plan' | 'no-plan',
              category: sibling.outcome === 'plan' ? sibling.category : null,
              childParticipation: sibling.childParticipation,
              ...sibling.voice,
              ...sharedDetails(conference),
            })),
          ]);
          const { plan } = recorded!;
          const flash = `The initial conference is recorded${forChildren(siblings.length + 1)}`;
          req.session.flash = plan ? `${flash} and the child protection plan has started` : flash;
          res.redirect(
            plan
              ? `/children/${child.id}/child-protection-plans/${plan.id}`
              : `/children/${child.id}/section-47-enquiries/${enquiry.id}`,
          );
        },
      });
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/review-conference',
    childRecordPage('child:record', 'child_protection_plans', 'planId'),
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const draft = await draftFor(req, res, child.id);
      await renderConference(res, child, await reviewConferenceForm(res, child, plan), draft.values ?? {}, {
        draft,
      });
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/review-conference',
    { permission: 'child:record', child: true, draft: 'Review child protection conference' },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      if (await savedAsDraft(req, res, child.id)) return;
      await recordConference(req, res, child, await reviewConferenceForm(res, child, plan), {
        schema: reviewConferenceSchema,
        earliest: {
          date: plan.start_date,
          message: 'The date of the conference must be on or after the start of the plan',
        },
        save: async (conference, siblings) => {
          await recordReviewConferences(res.locals.services.db, res.locals.actor, [
            {
              childId: child.id,
              planId: plan.id,
              outcome: conference.outcome,
              category: conference.category ?? null,
              childParticipation: conference.childParticipation,
              ...conference.voice,
              ...sharedDetails(conference),
            },
            ...siblings.map((sibling) => ({
              childId: sibling.childId,
              planId: sibling.recordId,
              outcome: sibling.outcome as 'continue' | 'end-plan',
              category: sibling.category,
              childParticipation: sibling.childParticipation,
              ...sibling.voice,
              ...sharedDetails(conference),
            })),
          ]);
          const flash = `The review conference is recorded${forChildren(siblings.length + 1)}`;
          req.session.flash = conference.outcome === 'end-plan' ? `${flash} and the plan has ended` : flash;
          res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
        },
      });
    },
  );
