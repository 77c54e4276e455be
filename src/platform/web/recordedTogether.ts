// Issue 11: each child's copy of a record made for brothers and sisters in one step says which
// others it was recorded together with — naming only those the reader may open and counting the
// rest, so a restricted child is never named to someone without access.
import type { Response } from 'express';
import { knownTo, type KnownChildren } from '../access/recordScope.ts';
import type { CopyTogether } from '../records/together.ts';
import { childName } from './childPages.ts';

/** A link to another child's copy. */
export interface TogetherLink {
  name: string;
  href: string;
}

/** What "Recorded together with" shows this reader (components/recorded-together.njk). */
export async function recordedTogether<C extends CopyTogether>(
  res: Response,
  copies: readonly C[],
  href: (copy: C) => string,
): Promise<KnownChildren<TogetherLink>> {
  const { shown, withheld } = await knownTo(
    res.locals.services.db,
    res.locals.user!,
    copies.map((copy) => ({ copy, id: copy.child_id, access_restriction: copy.access_restriction })),
  );
  return { shown: shown.map(({ copy }) => ({ name: childName(copy), href: href(copy) })), withheld };
}
