// The brothers and sisters a record can be written for at once (a strategy discussion, a conference,
// a visit): only those whose records this person may open now, so a restricted one is never offered.
import type { Response } from 'express';
import { openAtOnce, type Child } from '../../platform/web/childPages.ts';
import { familyNetwork } from './store.ts';

/** The children of the child's family network whose records this person may open at once. */
export async function siblingsToRecordFor(res: Response, child: Child) {
  const siblings = (await familyNetwork(res.locals.services.db, child.id))
    .filter((member) => member.kind === 'child')
    .map((member) => ({ id: member.id, name: member.name, access_restriction: member.accessRestriction }));
  return openAtOnce(res.req, res, siblings);
}
