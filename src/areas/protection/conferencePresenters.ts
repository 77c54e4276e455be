// The initial and review child protection conference forms. One conference about brothers and
// sisters is recorded on each child's own enquiry or plan: the date, the parents' part, the reasons,
// the chair and the rating are the conference's; what the DfE counts per child (the outcome, the
// category of abuse, how the child took part) and the child's views, in their own words, are asked
// of each child.
import type { Response } from 'express';
import { z } from 'zod';
import { fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  childVoiceView,
  numberedPart,
  pageChildPart,
  readChildVoice,
  type PartOf,
} from '../../platform/web/childPart.ts';
import {
  addError,
  chosenId,
  codeItems,
  codeOf,
  dateInputs,
  hasErrors,
  may,
  mergeErrors,
  plainDate,
  readDate,
  renderChildPage,
  requiredText,
  today,
  type Child,
} from '../../platform/web/childPages.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { conferenceChairRoles } from './model.ts';
import {
  categoriesOfAbuse,
  childParticipation,
  conferenceOutcomes,
  parentsParticipation,
  practiceRatings,
  type CategoryOfAbuse,
  type ChildParticipation,
} from './codes.ts';
import type { ChildProtectionPlan, Section47Enquiry } from './schema.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import { chosen, chosenToo, siblingsOnPlans, type AlsoFor } from './presenters.ts';

/** What both kinds of conference record; the chair's rating is read only from those who may chair. */
const conferenceFields = {
  childParticipation: codeOf(childParticipation, 'Select how the child took part'),
  parentsParticipation: codeOf(parentsParticipation, 'Select how the parents took part'),
  decisionReasons: requiredText(
    5000,
    'Enter the reasons for the decision',
    'The reasons for the decision must be 5000 characters or fewer',
  ),
  chairId: chosenId('Select the chair from the list'),
};
const ratingSchema = z.object({
  practiceRating: codeOf(practiceRatings, 'Select red, amber or green for the practice seen'),
});

export const initialConferenceSchema = z.object({
  outcome: z.enum(['plan', 'no-plan'], { error: 'Select whether the conference made a child protection plan' }),
  category: codeOf(categoriesOfAbuse, 'Select the category of abuse from the list').optional(),
  ...conferenceFields,
});

export const reviewConferenceSchema = z.object({
  outcome: z.enum(['continue', 'end-plan'], { error: 'Select whether the plan continues or ends' }),
  category: codeOf(categoriesOfAbuse, 'Select the category of abuse from the list').optional(),
  ...conferenceFields,
});

/** A brother or sister the conference can be recorded for too (`key` their child id), on their own record. */
interface ConferenceSibling extends AlsoFor {
  /** Their section 47 enquiry (initial) or child protection plan (review). */
  recordId: number;
  /** The day that enquiry or plan started: the conference cannot be before it. */
  since: string;
}

export interface ConferenceForm {
  kind: 'initial' | 'review';
  title: string;
  action: string;
  outcomes: Record<string, string>;
  /** The date the conference is counted from, for the person recording it. */
  started: { label: string; date: string };
  siblings: ConferenceSibling[];
}

/**
 * Brothers and sisters whose records this person may open at once, each with a section 47 enquiry
 * of their own still awaiting its initial conference (the latest, when there are several).
 */
async function siblingsAwaitingConference(res: Response, child: Child): Promise<ConferenceSibling[]> {
  const siblings = await siblingsToRecordFor(res, child);
  if (siblings.length === 0) return [];
  const enquiries = await res.locals.services.db
    .selectFrom('section_47_enquiries')
    .select(['id', 'child_id', 'start_date'])
    .where(
      'child_id',
      'in',
      siblings.map((sibling) => sibling.id),
    )
    .where('initial_conference_not_required', '=', false)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('child_protection_conferences')
            .select('child_protection_conferences.id')
            .whereRef('child_protection_conferences.section_47_enquiry_id', '=', 'section_47_enquiries.id'),
        ),
      ),
    )
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return siblings.flatMap((sibling) => {
    const enquiry = enquiries.find((each) => each.child_id === sibling.id);
    return enquiry ? [{ key: sibling.id, name: sibling.name, recordId: enquiry.id, since: enquiry.start_date }] : [];
  });
}

export const initialConferenceForm = async (
  res: Response,
  child: Child,
  enquiry: Section47Enquiry,
): Promise<ConferenceForm> => ({
  kind: 'initial',
  title: 'Record the initial child protection conference',
  action: `/children/${child.id}/section-47-enquiries/${enquiry.id}/conference`,
  outcomes: { plan: conferenceOutcomes.plan, 'no-plan': conferenceOutcomes['no-plan'] },
  started: { label: 'Section 47 enquiry started', date: enquiry.start_date },
  siblings: await siblingsAwaitingConference(res, child),
});

export const reviewConferenceForm = async (
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
): Promise<ConferenceForm> => ({
  kind: 'review',
  title: 'Record a review child protection conference',
  action: `/children/${child.id}/child-protection-plans/${plan.id}/review-conference`,
  outcomes: { continue: conferenceOutcomes.continue, 'end-plan': conferenceOutcomes['end-plan'] },
  started: { label: 'Plan started', date: plan.start_date },
  siblings: (await siblingsOnPlans(res, child)).map((sibling) => ({
    key: sibling.key,
    name: sibling.name,
    recordId: sibling.planId,
    since: sibling.startDate,
  })),
});

/** Whose views: the child whose page it is answers the form's first fields, each brother or sister their own. */
const conferenceChild = (child: Child) => pageChildPart(child.id, child.forename);
const conferenceSibling = (sibling: ConferenceSibling) => numberedPart({ id: sibling.key, name: sibling.name });
/** A conference hears the child's views rather than sees the child: the form says what it asks. */
const voiceOf = (values: Record<string, unknown>, who: PartOf) =>
  childVoiceView(values, who, {
    hint: 'What they want the conference to know, in their own words: as they said, wrote, drew or showed them',
  });

export async function renderConference(
  res: Response,
  child: Child,
  form: ConferenceForm,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const chairs = await workersInPost(res.locals.services.db, today(res).toString(), conferenceChairRoles);
  const user = res.locals.user!;
  const ticked = chosenToo(values, form.siblings);
  renderChildPage(
    res,
    'protection/conference',
    child,
    {
      pageTitle: form.title,
      form,
      values,
      ...extras,
      outcomeItems: codeItems(form.outcomes, values.outcome),
      dates: dateInputs(values, extras.errors, ['conferenceDate']),
      categoryItems: codeItems(categoriesOfAbuse, values.category, true),
      participationItems: codeItems(childParticipation, values.childParticipation),
      voice: voiceOf(values, conferenceChild(child)),
      parentsParticipationItems: codeItems(parentsParticipation, values.parentsParticipation),
      ratingItems: codeItems(practiceRatings, values.practiceRating),
      // An independent reviewing officer recording the conference chaired it, until they choose someone else.
      chairItems: workerItems(chairs, {
        ownTeamId: user.team_id,
        selected: values.chairId ?? workerOfUser(chairs, user.id)?.id,
        prompt: 'Select the chair',
      }),
      mayChair: may(res, 'conference:chair'),
      alsoFor: form.siblings.map((sibling) => {
        const who = conferenceSibling(sibling);
        return {
          value: String(sibling.key),
          text: sibling.name,
          checked: ticked.includes(sibling),
          ...Object.fromEntries(
            ['outcome', 'category', 'childParticipation'].map((field) => [
              field,
              { name: who.field(field), error: extras.errors?.fields[who.field(field)] },
            ]),
          ),
          outcomeItems: codeItems(form.outcomes, values[who.field('outcome')]),
          categoryItems: codeItems(categoriesOfAbuse, values[who.field('category')], true),
          participationItems: codeItems(childParticipation, values[who.field('childParticipation')]),
          voice: voiceOf(values, who),
        };
      }),
    },
    status,
  );
}

/**
 * Reads the conference date, the fields both conferences share, this child's views and, from a
 * chair, the RAG rating. The store refuses a chair who is not an independent reviewing officer in
 * post on the day.
 */
export function readConference<S extends typeof initialConferenceSchema | typeof reviewConferenceSchema>(
  res: Response,
  child: Child,
  schema: S,
  values: Record<string, unknown>,
  earliest: { date: string; message: string },
  errors: FormErrors,
) {
  const conferenceDate = readDate(
    values,
    'conferenceDate',
    {
      label: 'The date of the conference',
      notAfter: today(res),
      notBefore: plainDate(earliest.date),
      notBeforeMessage: earliest.message,
    },
    errors,
  );
  const form = parseForm(schema, chosen(values, 'category'));
  mergeErrors(errors, form.ok ? undefined : form.errors);
  const voice = readChildVoice(values, conferenceChild(child), errors);
  const rating = may(res, 'conference:chair') ? parseForm(ratingSchema, values) : undefined;
  mergeErrors(errors, rating && !rating.ok ? rating.errors : undefined);
  const value = form.ok ? (form.value as z.infer<S>) : undefined;
  if (!value || !conferenceDate || hasErrors(errors)) return undefined;
  return { ...value, conferenceDate, practiceRating: rating?.ok ? rating.value.practiceRating : null, voice };
}

/**
 * The brothers and sisters ticked, each with their own outcome, category, part in the conference and views;
 * each is checked against their own enquiry or plan (a conference ending a plan is after its first day).
 */
export function readSiblingAnswers(
  form: ConferenceForm,
  values: Record<string, unknown>,
  conferenceDate: string | undefined,
  errors: FormErrors,
) {
  return chosenToo(values, form.siblings).map((sibling) => {
    // Each brother's or sister's answers are fields of their own (`outcome-<child id>`), as their voice's are.
    const who = conferenceSibling(sibling);
    const answer = (field: string) => fieldText(values[who.field(field)]);
    const refuse = (field: string, message: string) => addError(errors, who.field(field), message);
    const [outcome, category, participation] = [answer('outcome'), answer('category'), answer('childParticipation')];
    const record = form.kind === 'initial' ? 'section 47 enquiry' : 'plan';
    if (!(outcome in form.outcomes))
      refuse(
        'outcome',
        form.kind === 'initial'
          ? `Select whether the conference made a child protection plan for ${sibling.name}`
          : `Select whether ${sibling.name}’s plan continues or ends`,
      );
    else if (conferenceDate && conferenceDate < sibling.since)
      refuse('outcome', `The date of the conference must be on or after the start of ${sibling.name}’s ${record}`);
    else if (outcome === 'end-plan' && conferenceDate === sibling.since)
      refuse('outcome', `A conference that ends ${sibling.name}’s plan must be after the day the plan started`);
    if (category && !(category in categoriesOfAbuse))
      refuse('category', `Select the category of abuse for ${sibling.name} from the list`);
    else if (!category && outcome === 'plan')
      refuse('category', `Select the category of abuse for ${sibling.name}’s plan`);
    if (!(participation in childParticipation)) refuse('childParticipation', `Select how ${sibling.name} took part`);
    const voice = readChildVoice(values, who, errors);
    return {
      childId: sibling.key,
      recordId: sibling.recordId,
      outcome,
      category: (category || null) as CategoryOfAbuse | null,
      childParticipation: participation as ChildParticipation,
      voice,
    };
  });
}
