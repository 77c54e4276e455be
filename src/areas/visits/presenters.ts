// The visit form: the visit (its date, purpose and who visited) and, for the child and each brother
// or sister seen on the same visit, their own part: seen, seen alone, and their voice.
import type { Response } from 'express';
import { z } from 'zod';
import { asList, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  childName,
  chosenId,
  codeItems,
  codeOf,
  dateInputs,
  hasErrors,
  mergeErrors,
  readDate,
  renderChildPage,
  today,
  type Child,
} from '../../platform/web/childPages.ts';
import { childPartView, numberedPart, pageChildPart, readChildPart } from '../../platform/web/childPart.ts';
import type { siblingsToRecordFor } from '../people/index.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { copiesTogether } from '../../platform/records/together.ts';
import { recordedTogether } from '../../platform/web/recordedTogether.ts';
import { visitPurposes } from './codes.ts';
import type { NewVisit } from './store.ts';

const purposeSchema = z.object({ purpose: codeOf(visitPurposes, 'Select the purpose of the visit') });
const visitorSchema = z.object({ visitedBy: chosenId('Select who visited from the list') });

type Sibling = Awaited<ReturnType<typeof siblingsToRecordFor>>[number];

/** The visit's own child keeps the form's first fields (`childSeen`), as visits have always posted them. */
const ownPart = (child: Child) => pageChildPart(child.id, childName(child));

/** The siblings ticked on the form (`together`). */
const ticked = (values: Record<string, unknown>, siblings: readonly Sibling[]) => {
  const chosen = asList(values.together);
  return siblings.filter((sibling) => chosen.includes(String(sibling.id)));
};

/**
 * The visit as posted, one visit per child (this child first, then each sibling ticked), every
 * problem listed in the order of the page; undefined when there is one.
 */
export function readVisits(
  res: Response,
  child: Child,
  siblings: readonly Sibling[],
  values: Record<string, unknown>,
  errors: FormErrors,
): NewVisit[] | undefined {
  const visitDate = readDate(values, 'visitDate', { label: 'The date of the visit', notAfter: today(res) }, errors);
  const purpose = parseForm(purposeSchema, values);
  mergeErrors(errors, purpose.ok ? undefined : purpose.errors);
  const parts = [ownPart(child), ...ticked(values, siblings).map((sibling) => numberedPart(sibling))].map((who) => ({
    childId: who.id,
    ...readChildPart(values, who, errors),
  }));
  const visitor = parseForm(visitorSchema, values);
  mergeErrors(errors, visitor.ok ? undefined : visitor.errors);
  if (!purpose.ok || !visitor.ok || !visitDate || hasErrors(errors)) return undefined;
  return parts.map((part) => ({ ...part, date: visitDate, ...purpose.value, ...visitor.value }));
}

export async function renderVisitForm(
  res: Response,
  child: Child,
  siblings: readonly Sibling[],
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const visitors = await workersInPost(res.locals.services.db, today(res).toString());
  const user = res.locals.user!;
  const chosen = ticked(values, siblings);
  renderChildPage(
    res,
    'visits/visit-new',
    child,
    {
      pageTitle: 'Record a visit',
      values,
      ...extras,
      dates: dateInputs(values, extras.errors, ['visitDate']),
      purposeItems: codeItems(visitPurposes, values.purpose),
      thisChild: childPartView(values, ownPart(child)),
      siblings: siblings.map((sibling) => ({
        ...childPartView(values, numberedPart(sibling)),
        checked: chosen.includes(sibling),
      })),
      // The person recording the visit is who visited, until they choose someone else.
      visitorItems: workerItems(visitors, {
        ownTeamId: user.team_id,
        selected: values.visitedBy ?? workerOfUser(visitors, user.id)?.id,
        prompt: 'Select who visited',
      }),
    },
    status,
  );
}

/** Visits for the list, each saying which brothers' and sisters' visits it was recorded together with. */
export const withRecordedTogether = <V extends { id: number; recorded_together: string | null }>(
  res: Response,
  visits: readonly V[],
) =>
  Promise.all(
    visits.map(async (visit) => ({
      ...visit,
      together: await recordedTogether(
        res,
        await copiesTogether(res.locals.services.db, 'visits', { id: visit.id, group: visit.recorded_together }),
        (copy) => `/children/${copy.child_id}/visits#visit-${copy.id}`,
      ),
    })),
  );
