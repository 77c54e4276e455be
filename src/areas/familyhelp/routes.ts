// Family Help pages: a child's Family Help (the family's episodes with their lead practitioner,
// team, the child's assessments and the family plan), its short forms, and the council's model.
import type { Response } from 'express';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { childName, may, noErrors, readVersion, today, type Child } from '../../platform/web/childPages.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { readVersionedCouncilSetting, writeCouncilSetting } from '../../platform/settings/councilSettings.ts';
import {
  assessmentKinds,
  endReasons,
  reviewDecisions,
  type AssessmentKind,
  type EndReason,
  type ReviewDecision,
} from './codes.ts';
import { familyHelpModels, familyHelpModelSetting } from './settings.ts';
import { childrenOfEpisode, dbOf } from './presenters.ts';
import {
  actionDoneForm,
  actionForm,
  assessmentForm,
  completeAssessmentForm,
  endForm,
  planForm,
  reviewForm,
  startForm,
  stepUpForm,
  teamMemberForm,
} from './forms.ts';

/** The child's Family Help, newest first, each episode with what the family's page shows of it. */
async function familyHelpOf(res: Response, child: Child) {
  const db = dbOf(res);
  const episodes = await db
    .selectFrom('family_help_episodes')
    .innerJoin('family_help_children', 'family_help_children.episode_id', 'family_help_episodes.id')
    .innerJoin('users', 'users.id', 'family_help_episodes.lead_practitioner_id')
    .selectAll('family_help_episodes')
    .select([
      'users.display_name as lead',
      'users.roles as leadRoles',
      'family_help_children.referral_id as referralId',
    ])
    .where('family_help_children.child_id', '=', child.id)
    .orderBy('family_help_episodes.start_date', 'desc')
    .execute();
  return Promise.all(
    episodes.map(async (episode) => {
      const [family, team, assessments, actions, reviews] = await Promise.all([
        childrenOfEpisode(res, episode.id),
        db
          .selectFrom('family_help_team_members')
          .innerJoin('users', 'users.id', 'family_help_team_members.user_id')
          .select(['users.display_name as name', 'users.roles', 'family_help_team_members.role', 'added_on', 'left_on'])
          .where('episode_id', '=', episode.id)
          .orderBy('family_help_team_members.id')
          .execute(),
        db
          .selectFrom('family_help_assessments')
          .leftJoin('assessments', 'assessments.id', 'family_help_assessments.assessment_id')
          .selectAll('family_help_assessments')
          .select('assessments.authorisation_date')
          .where('family_help_assessments.episode_id', '=', episode.id)
          .where('family_help_assessments.child_id', '=', child.id)
          .orderBy('family_help_assessments.start_date')
          .execute(),
        db
          .selectFrom('family_plan_actions')
          .selectAll()
          .where('episode_id', '=', episode.id)
          .orderBy('due_date')
          .orderBy('id')
          .execute(),
        db
          .selectFrom('family_plan_reviews')
          .selectAll()
          .where('episode_id', '=', episode.id)
          .orderBy('review_date')
          .orderBy('id')
          .execute(),
      ]);
      return {
        ...episode,
        leadIsPartner: episode.leadRoles.includes('partner'),
        endReasonText: episode.end_reason ? endReasons[episode.end_reason as EndReason] : null,
        family,
        team,
        assessments: assessments.map((assessment) => ({
          ...assessment,
          kindText: assessmentKinds[assessment.kind as AssessmentKind],
          completedOn: assessment.completed_date ?? assessment.authorisation_date,
        })),
        actions,
        reviews: reviews.map((review) => ({
          ...review,
          decisionText: reviewDecisions[review.decision as ReviewDecision],
        })),
      };
    }),
  );
}

export const familyHelpRoutes = new RouteTable().get(
  '/children/:childId/family-help',
  childRecordPage('familyhelp:view', 'family_help_episodes'),
  async (_req, res, { child }) => {
    const episodes = await familyHelpOf(res, child);
    res.render('familyhelp/episodes', {
      pageTitle: `Family Help for ${childName(child)}`,
      child,
      episodes,
      open: episodes.some((episode) => episode.end_date === null),
      mayRecord: may(res, 'familyhelp:record'),
      mayRecordPlan: may(res, 'familyplan:record'),
      today: today(res).toString(),
    });
  },
);
for (const form of [
  startForm,
  teamMemberForm,
  assessmentForm,
  completeAssessmentForm,
  planForm,
  actionForm,
  actionDoneForm,
  reviewForm,
  stepUpForm,
  endForm,
])
  addRecordForm(familyHelpRoutes, form as Parameters<typeof addRecordForm>[1]);

const settingsPath = '/admin/settings/family-help';
const readModel = (res: Response) =>
  readVersionedCouncilSetting(
    dbOf(res),
    familyHelpModelSetting.key,
    familyHelpModelSetting.schema,
    familyHelpModelSetting.defaults,
  );
const renderSettings = (res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) =>
  res.status(status).render('familyhelp/settings', { pageTitle: 'Family Help model', values, errors });
const modelForm = z.object({ model: z.enum(familyHelpModels, { error: 'Select how the council runs Family Help' }) });

/** The council's Family Help model: switching it changes what the front door offers, never the records. */
export const familyHelpSettingsRoutes = new RouteTable()
  .get(settingsPath, { permission: 'settings:manage', audit: 'none' }, async (_req, res) => {
    const { value, version } = await readModel(res);
    renderSettings(res, { model: value.model, version: String(version) });
  })
  .post(settingsPath, { permission: 'settings:manage' }, async (req, res) => {
    const form = parseForm(modelForm, req.body);
    if (!form.ok) return renderSettings(res, req.body, form.errors, 400);
    const versionErrors = noErrors();
    const version = readVersion(req.body, versionErrors);
    if (version === undefined) return renderSettings(res, req.body, versionErrors, 400);
    try {
      await writeCouncilSetting(dbOf(res), res.locals.actor, familyHelpModelSetting.key, form.value, version);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const { version: current } = await readModel(res);
      const conflict = singleError(
        'model',
        'Someone else changed this setting while you were working on it. Yours is not saved: check your choice and save it again.',
      );
      return renderSettings(res, { ...req.body, version: String(current) }, conflict, 409);
    }
    req.session.flash =
      form.value.model === 'unified'
        ? 'The front door now offers Family Help'
        : 'The front door now offers early help and referrals to children’s social care as two journeys';
    res.redirect(settingsPath);
  });
