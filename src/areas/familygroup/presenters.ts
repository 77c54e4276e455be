// What the family group pages read and show: the meeting or support package in the path (a 404 when
// it is not this child's), the choices a form offers (workers in post, the family network, brothers
// and sisters to record for too) and the child's record in words, a restricted brother or sister
// counted, never named, to someone who may not open their record.
import type { Response } from 'express';
import { codeEntries, type CodeList } from '../../core/codeLists.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import { found, idParam, plainDate, today, type Child } from '../../platform/web/childPages.ts';
import type { FormRequest } from '../../platform/web/routeSpec.ts';
import { familyNetwork, siblingsToRecordFor } from '../people/index.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { declinedReasons, meetingKinds, notOfferedReasons, reviewOutcomes, supportKinds } from './codes.ts';
import {
  familyGroupRecordOf,
  meetingOfChild,
  supportPackageOfChild,
  type ChildOfRecord,
  type MeetingWhole,
} from './records.ts';
import { described, pounds } from './wording.ts';

export const dbOf = (res: Response) => res.locals.services.db;
export const actorOf = (res: Response) => res.locals.actor;
export const familyGroupPage = { to: (child: Child) => `/children/${child.id}/family-group` };
export const items = (codes: CodeList) => codeEntries(codes).map(([value, text]) => ({ value, text }));
export const past = (res: Response, label: string, required = true) => ({ label, required, notAfter: today(res) });
export const after = (day: string, message: string) => ({ notBefore: plainDate(day), notBeforeMessage: message });

/** The meeting in the path, when it is about this child. */
export const meetingInPath = async (res: Response, child: Child, req: FormRequest) =>
  found(await meetingOfChild(dbOf(res), child.id, idParam(req, 'meetingId')));

/** The support package in the path, when it is about this child. */
export const supportInPath = async (res: Response, child: Child, req: FormRequest) =>
  found(await supportPackageOfChild(dbOf(res), child.id, idParam(req, 'packageId')));

/** The workers in post today, the person's own team first, and the worker they are. */
export async function workerChoices(res: Response) {
  const user = res.locals.user!;
  const workers = await workersInPost(dbOf(res), today(res).toString());
  return {
    items: workerItems(workers, { ownTeamId: user.team_id, selected: undefined, prompt: 'Select a worker' }).map(
      ({ value, text }) => ({ value, text }),
    ),
    mine: workerOfUser(workers, user.id)?.id,
  };
}

/** The adults of the child's family network, to choose who came or who receives support. */
export const networkAdults = async (res: Response, child: Child) =>
  (await familyNetwork(dbOf(res), child.id))
    .filter((member) => member.kind === 'adult')
    .map((member) => ({ value: String(member.id), text: `${member.name} (${member.relationship})` }));

/** Brothers and sisters this person may record for alongside the child (a restricted one never offered). */
export const siblingChoices = async (res: Response, child: Child) =>
  (await siblingsToRecordFor(res, child)).map((sibling) => ({ value: String(sibling.id), text: sibling.name }));

/** The children of a family record as this person may see them named. */
async function shownTo(res: Response, children: readonly ChildOfRecord[]) {
  const { shown, withheld } = await knownTo(dbOf(res), res.locals.user!, children);
  return { children: shown, withheld };
}

/** Where a meeting has got to, in a word or two. */
export function meetingStage(meeting: MeetingWhole) {
  if (meeting.reviews.some((review) => review.outcome === 'ended')) return 'Plan ended';
  if (meeting.held_date) return meeting.family_plan ? 'Plan agreed' : 'Held';
  if (meeting.response === 'declined') return 'Declined';
  if (meeting.response === 'accepted') return 'Accepted';
  return 'Offered';
}

/** A meeting as its page and the child's family group page show it. */
export async function meetingView(res: Response, meeting: MeetingWhole) {
  const ended = meeting.reviews.some((review) => review.outcome === 'ended');
  const lastReview = meeting.reviews.at(-1);
  return {
    ...meeting,
    ...(await shownTo(res, meeting.children)),
    kindText: described(meetingKinds, meeting.kind),
    stage: meetingStage(meeting),
    declinedText: described(declinedReasons, meeting.declined_reason),
    attendeeNames: meeting.attendees.map((attendee) => attendee.name),
    nextReview: ended ? null : lastReview ? lastReview.next_review_date : meeting.review_due_date,
    reviews: meeting.reviews.map((review) => ({ ...review, outcomeText: described(reviewOutcomes, review.outcome) })),
    mayAnswer: !meeting.response,
    mayHold: meeting.response === 'accepted' && !meeting.held_date,
    mayAddToPlan: Boolean(meeting.family_plan) && !ended,
  };
}

/** The child's family group page: meetings newest first, support packages, reasons none was offered. */
export async function familyGroupView(res: Response, child: Child) {
  const { meetings, supportPackages, notOffered } = await familyGroupRecordOf(dbOf(res), [child.id]);
  return {
    meetings: await Promise.all(meetings.reverse().map((meeting) => meetingView(res, meeting))),
    supportPackages: await Promise.all(
      supportPackages.reverse().map(async (support) => ({
        ...support,
        ...(await shownTo(res, support.children)),
        kindText: described(supportKinds, support.kind),
        amount: support.amount_pence ? pounds(support.amount_pence) : null,
      })),
    ),
    notOffered: notOffered.map((reason) => ({
      ...reason,
      before: reason.pre_proceedings_id ? 'Pre-proceedings' : 'Care proceedings',
      reasonText: described(notOfferedReasons, reason.reason),
    })),
  };
}
