// Family Help's record loaders and choices, shared by its pages and forms.
import type { Request, Response } from 'express';
import { sql } from 'kysely';
import { NotFoundError } from '../../core/errors.ts';
import { idParam, namesShownTo, today, type Child } from '../../platform/web/childPages.ts';
import { leadPractitionerRoles } from './model.ts';
import type { FamilyHelpEpisode } from './schema.ts';

export const dbOf = (res: Response) => res.locals.services.db;

/** The episode named in the path, if this child is one of its children: a 404 otherwise. */
export async function episodeOfChild(
  res: Response,
  child: Child,
  req: Request,
): Promise<FamilyHelpEpisode & { childStart: string; childEnd: string | null; referralId: number | null }> {
  const episode = await dbOf(res)
    .selectFrom('family_help_episodes')
    .innerJoin('family_help_children', 'family_help_children.episode_id', 'family_help_episodes.id')
    .selectAll('family_help_episodes')
    .select([
      'family_help_children.start_date as childStart',
      'family_help_children.end_date as childEnd',
      'family_help_children.referral_id as referralId',
    ])
    .where('family_help_episodes.id', '=', idParam(req, 'episodeId'))
    .where('family_help_children.child_id', '=', child.id)
    .executeTakeFirst();
  if (!episode) throw new NotFoundError();
  return episode;
}

/** The same, refusing an episode that has ended: nothing is left to record on it. */
export async function openEpisodeOfChild(res: Response, child: Child, req: Request) {
  const episode = await episodeOfChild(res, child, req);
  if (episode.end_date) throw new NotFoundError('This Family Help has ended');
  return episode;
}

/** Who may lead or join a family's help today: active council practitioners and partner practitioners. */
export async function practitionerItems(res: Response, prompt: string) {
  const on = today(res).toString();
  const users = await dbOf(res)
    .selectFrom('users')
    .select(['id', 'display_name', 'roles'])
    .where('disabled_at', 'is', null)
    .where((eb) => eb.or([eb('access_ends_on', 'is', null), eb('access_ends_on', '>=', on)]))
    .where((eb) => eb.or(leadPractitionerRoles.map((role) => eb(sql<string>`${role}`, '=', sql<string>`any(roles)`))))
    .orderBy('display_name')
    .execute();
  return [
    { value: '', text: prompt },
    ...users.map((user) => ({
      value: String(user.id),
      text: user.roles.includes('partner') ? `${user.display_name} (partner agency)` : user.display_name,
    })),
  ];
}

/** The family's children this person may see named; the rest are counted, never named. */
export async function childrenOfEpisode(res: Response, episodeId: number) {
  const rows = await dbOf(res)
    .selectFrom('family_help_children')
    .select(['child_id', 'start_date', 'end_date', 'referral_id'])
    .where('episode_id', '=', episodeId)
    .orderBy('id')
    .execute();
  const { names, withheld } = await namesShownTo(
    res,
    rows.map((row) => row.child_id),
  );
  return {
    children: rows.flatMap((row) => {
      const name = names.get(row.child_id);
      return name ? [{ ...row, name }] : [];
    }),
    withheld,
  };
}
