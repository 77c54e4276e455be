// The return home interview after a child comes back: whether it was offered and when, the child's
// answer and the interview held (within 72 clock hours of the return), then the manager's comment.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { addEpisodeStep } from './episodeStep.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  addError,
  dateInputs,
  hasErrors,
  mergeErrors,
  plainDate,
  readDate,
  readVersion,
  renderChildPage,
  requiredText,
  today,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import { recordReturnHomeInterview, recordReturnHomeInterviewProgress } from './store.ts';
import { episodeInPath, interviewText, momentInputs, readMoment, type EpisodeRow } from './presenters.ts';
import { londonDay } from '../../platform/web/pageHelpers.ts';

const answers = { accepted: true, declined: false, 'not-yet': null } as const;

const offerSchema = z.object({ offered: yesNo('Select whether a return home interview was offered') });
const answerSchema = z.object({
  answer: z.enum(['accepted', 'declined', 'not-yet'], { error: 'Select the child’s answer' }),
});

const answerOf = (episode: EpisodeRow) =>
  episode.accepted === null ? undefined : episode.accepted ? 'accepted' : 'declined';

function interviewForm(
  res: Response,
  child: Child,
  episode: EpisodeRow,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'missing/interview',
    child,
    {
      pageTitle: 'Return home interview',
      episode,
      interview: interviewText(episode),
      values: { version: String(episode.version), offered: episode.offered ? 'yes' : undefined, ...values },
      answer: values.answer ?? answerOf(episode),
      errors,
      moments: momentInputs(values, errors, { offeredAt: episode.offered_at, heldAt: episode.held_at }),
    },
    status,
  );
}

/** The interview as posted: what is new since it was last saved (an offer is recorded once). */
function readInterview(res: Response, episode: EpisodeRow, values: Record<string, unknown>, errors: FormErrors) {
  const first = episode.interview_id === null;
  const offer = first ? parseForm(offerSchema, values) : undefined;
  if (offer) mergeErrors(errors, offer.ok ? undefined : offer.errors);
  const offered = first ? offer?.ok && offer.value.offered === 'yes' : Boolean(episode.offered);
  const offeredAt = first && offered ? readMoment(res, values, 'offeredAt', 'the interview was offered', errors) : null;
  const answer = offered && episode.accepted === null ? parseForm(answerSchema, values) : undefined;
  if (answer) mergeErrors(errors, answer.ok ? undefined : answer.errors);
  const accepted = answer?.ok ? answers[answer.value.answer] : episode.accepted;
  const heldAt =
    accepted === true && !episode.held_at
      ? readMoment(res, values, 'heldAt', 'the interview was held', errors, true)
      : null;
  if (hasErrors(errors) || offeredAt === undefined || heldAt === undefined) return undefined;
  return { offered: Boolean(offered), offeredAt, accepted, heldAt };
}

function commentForm(
  res: Response,
  child: Child,
  episode: EpisodeRow,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'missing/manager-comment',
    child,
    {
      pageTitle: 'Manager’s comment on the return home interview',
      episode,
      interview: interviewText(episode),
      values: { version: String(episode.version), ...values },
      errors,
      dates: dateInputs(values, errors, ['managerCommentDate']),
    },
    status,
  );
}

const commentSchema = z.object({
  managerComment: requiredText(4000, 'Enter your comment', 'Your comment must be 4000 characters or fewer'),
});

/** The episode's interview version travels as the form's version (the episode's own is not changed here). */
const withInterviewVersion = async (res: Response, child: Child, id: number) => {
  const episode = await episodeInPath(res, child, id);
  const interview =
    episode.interview_id === null
      ? undefined
      : await res.locals.services.db
          .selectFrom('return_home_interviews')
          .select('version')
          .where('id', '=', episode.interview_id)
          .executeTakeFirstOrThrow();
  return { ...episode, version: interview?.version ?? episode.version };
};

const table = new RouteTable();

addEpisodeStep(table, {
  path: '/children/:childId/missing/:episodeId/interview',
  permission: 'child:record',
  record: 'return_home_interviews',
  load: withInterviewVersion,
  render: interviewForm,
  read: (res, episode, values, errors) => {
    if (!episode.returned_at) addError(errors, 'offered', 'Record the child’s return before the interview');
    const interview = readInterview(res, episode, values, errors);
    const version = episode.interview_id === null ? episode.version : readVersion(values, errors);
    return interview && version !== undefined ? { ...interview, version } : undefined;
  },
  save: (res, child, episode, interview) => {
    const { db } = res.locals.services;
    const { actor } = res.locals;
    return episode.interview_id === null
      ? recordReturnHomeInterview(db, actor, { childId: child.id, missingEpisodeId: episode.id, ...interview })
      : recordReturnHomeInterviewProgress(db, actor, {
          interviewId: episode.interview_id,
          version: interview.version,
          ...(episode.accepted === null && interview.accepted !== null ? { accepted: interview.accepted } : {}),
          ...(interview.heldAt ? { heldAt: interview.heldAt } : {}),
        });
  },
  dateFields: ['offeredAt', 'heldAt'],
  saved: 'The return home interview is recorded',
});

addEpisodeStep(table, {
  path: '/children/:childId/missing/:episodeId/manager-comment',
  permission: 'missing:review',
  record: 'return_home_interviews',
  load: withInterviewVersion,
  render: commentForm,
  read: (res, episode, values, errors) => {
    if (!episode.held_at) addError(errors, 'managerComment', 'The interview must be held before a manager comments');
    const form = parseForm(commentSchema, values);
    mergeErrors(errors, form.ok ? undefined : form.errors);
    const managerCommentDate = readDate(
      values,
      'managerCommentDate',
      {
        label: 'The date of your comment',
        notAfter: today(res),
        ...(episode.held_at ? { notBefore: plainDate(londonDay(episode.held_at)) } : {}),
      },
      errors,
    );
    const version = readVersion(values, errors);
    return form.ok && managerCommentDate && version !== undefined
      ? { managerComment: form.value.managerComment, managerCommentDate, version }
      : undefined;
  },
  save: (res, _child, episode, comment) =>
    recordReturnHomeInterviewProgress(res.locals.services.db, res.locals.actor, {
      interviewId: episode.interview_id!,
      ...comment,
    }),
  dateFields: ['managerCommentDate'],
  saved: 'Your comment is recorded',
});

export const interviewRoutes = table;
