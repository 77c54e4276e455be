// Each step after an episode is recorded (the return, a correction, the return home interview, the
// manager's comment) is the same shape: a page of the episode, a post that reads the fields and saves
// with the version the person saw, the form shown again on bad input (400), a refusal (400, on its
// field) or someone else's change (409, theirs shown), then back to the child's missing page.
import type { Response } from 'express';
import type { Permission } from '../../platform/access/roles.ts';
import { childRecordPage, type RouteTable } from '../../platform/web/routeSpec.ts';
import type { FormErrors } from '../../platform/web/forms.ts';
import { formBody, hasErrors, idParam, noErrors, saveOrShowAgain, type Child } from '../../platform/web/childPages.ts';
import { episodeInPath, type EpisodeRow } from './presenters.ts';

export interface EpisodeStep<Input> {
  /** '/children/:childId/missing/:episodeId/<step>' */
  path: string;
  permission: Permission;
  /** The table whose view the page audits. */
  record: string;
  /** The episode as the form needs it (with its interview's version, say); the episode itself by default. */
  load?: (res: Response, child: Child, episodeId: number) => Promise<EpisodeRow>;
  render: (
    res: Response,
    child: Child,
    episode: EpisodeRow,
    values: Record<string, unknown>,
    errors?: FormErrors,
    status?: number,
  ) => void;
  /** The fields as posted, errors added to `errors`; undefined when they cannot be saved. */
  read: (res: Response, episode: EpisodeRow, values: Record<string, unknown>, errors: FormErrors) => Input | undefined;
  save: (res: Response, child: Child, episode: EpisodeRow, input: Input) => Promise<unknown>;
  dateFields: string[];
  /** Store fields a refusal names that the form shows under another name. */
  aliases?: Record<string, string>;
  /** The banner once saved. */
  saved: string;
}

/** Adds an episode step's page and post to the table. */
export function addEpisodeStep<Input>(table: RouteTable, step: EpisodeStep<Input>): RouteTable {
  const load = step.load ?? episodeInPath;
  return table
    .get(step.path, childRecordPage(step.permission, step.record, 'episodeId'), async (req, res, { child }) => {
      step.render(res, child, await load(res, child, idParam(req, 'episodeId')), {});
    })
    .post(step.path, { permission: step.permission, child: true }, async (req, res, { child }) => {
      const episode = await load(res, child, idParam(req, 'episodeId'));
      const values = formBody(req);
      const errors = noErrors();
      const input = step.read(res, episode, values, errors);
      if (input === undefined || hasErrors(errors)) return step.render(res, child, episode, values, errors, 400);
      const saved = await saveOrShowAgain(() => step.save(res, child, episode, input), {
        record: episode,
        values,
        reload: () => load(res, child, episode.id),
        render: (record, shown, refused, status) => step.render(res, child, record, shown, refused, status),
        dateFields: step.dateFields,
        ...(step.aliases ? { aliases: step.aliases } : {}),
      });
      if (!saved) return;
      req.session.flash = step.saved;
      res.redirect(`/children/${child.id}/missing`);
    });
}
