// A looked-after child's reviews: the list, and recording one with its independent reviewing
// officer (from the workforce), how the child took part (903 REVIEW_CODE) and what they told the
// review in their own words. A review is a long form, kept as a draft across a session timeout.
import type { Response } from 'express';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { childVoiceView, pageChildPart, readChildVoice } from '../../platform/web/childPart.ts';
import {
  childName,
  chosenId,
  codeItems,
  codeOf,
  dateInputs,
  formBody,
  hasErrors,
  mergeErrors,
  noErrors,
  plainDate,
  readDate,
  refusalErrors,
  renderChildPage,
  today,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import { gatheredNames } from '../../platform/records/childsVoice.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { reviewParticipation } from './codes.ts';
import { recordLookedAfterReview, reviewChairRoles } from './reviews.ts';
import { lookedAfterPath } from './periodPresenters.ts';

const reviewSchema = z.object({
  iroId: chosenId('Select the independent reviewing officer who chaired the review'),
  participation: codeOf(reviewParticipation, 'Select how the child took part in the review'),
  seenAlone: z.preprocess((value) => value || undefined, yesNo('Select yes if the child was seen alone').optional()),
});

const reviewsPath = (childId: number) => `${lookedAfterPath(childId)}/reviews`;
const reviewVoice = (child: Child) => pageChildPart(child.id, childName(child));

async function renderReviewForm(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const iros = await workersInPost(res.locals.services.db, today(res).toString(), reviewChairRoles);
  const user = res.locals.user!;
  renderChildPage(
    res,
    'care/review-new',
    child,
    {
      pageTitle: 'Looked after review',
      values,
      ...extras,
      dates: dateInputs(values, extras.errors, ['reviewDate']),
      // An IRO recording the review chaired it, until they choose someone else.
      iroItems: workerItems(iros, {
        ownTeamId: user.team_id,
        selected: values.iroId ?? workerOfUser(iros, user.id)?.id,
        prompt: 'Select the independent reviewing officer',
      }),
      participationItems: codeItems(reviewParticipation, values.participation, true),
      voice: childVoiceView(values, reviewVoice(child), {
        hint: 'What they want the review to know, in their own words: as they said, wrote, drew or showed them',
      }),
    },
    status,
  );
}

export const reviewRoutes = new RouteTable()
  .get(
    '/children/:childId/looked-after/reviews',
    childRecordPage('child:view', 'looked_after_reviews'),
    async (_req, res, { child }) => {
      const reviews = await res.locals.services.db
        .selectFrom('looked_after_reviews as review')
        .leftJoin('workers', 'workers.id', 'review.iro_worker_id')
        .select([
          'review.review_date',
          'review.participation',
          'review.wishes_and_feelings',
          'review.voice_gathered',
          'review.seen_alone',
          'workers.name as iro',
        ])
        .where('review.child_id', '=', child.id)
        .orderBy('review.review_date', 'desc')
        .execute();
      renderChildPage(res, 'care/reviews', child, {
        pageTitle: 'Looked after reviews',
        reviews: reviews.map((review) => ({
          ...review,
          participation: `${review.participation}: ${reviewParticipation[review.participation as keyof typeof reviewParticipation]}`,
          gathered: gatheredNames(review.voice_gathered).join(', '),
        })),
      });
    },
  )
  .get(
    '/children/:childId/looked-after/reviews/new',
    childRecordPage('child:record', 'looked_after_reviews'),
    async (req, res, { child }) => {
      const draft = await draftFor(req, res, child.id);
      await renderReviewForm(res, child, draft.values ?? {}, { draft });
    },
  )
  .post(
    '/children/:childId/looked-after/reviews/new',
    { permission: 'child:record', child: true, draft: 'Looked after review' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const reviewDate = readDate(
        values,
        'reviewDate',
        {
          label: 'The date of the review',
          notAfter: today(res),
          ...(child.date_of_birth
            ? {
                notBefore: plainDate(child.date_of_birth),
                notBeforeMessage: 'The date of the review must be on or after the child’s date of birth',
              }
            : {}),
        },
        errors,
      );
      const form = parseForm(reviewSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      const voice = readChildVoice(values, reviewVoice(child), errors);
      if (!reviewDate || !form.ok || hasErrors(errors)) return renderReviewForm(res, child, values, { errors }, 400);
      try {
        await recordLookedAfterReview(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          reviewDate,
          participation: form.value.participation,
          iroId: form.value.iroId,
          ...voice,
          seenAlone: form.value.seenAlone === undefined ? null : form.value.seenAlone === 'yes',
        });
      } catch (error) {
        const refused = refusalErrors(error, ['reviewDate']);
        if (refused) return renderReviewForm(res, child, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'The review is recorded';
      res.redirect(reviewsPath(child.id));
    },
  );
