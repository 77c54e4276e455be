// The court tracker: every family in care proceedings with its week count against 26 and band, the
// families awaiting issue and those in pre-proceedings, counted by child and by family side by side.
// A restricted child is counted, never named, to someone who may not open their record.
import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import { today } from '../../platform/web/childPages.ts';
import { courtTrackerRecords, type ChildOfRecord } from './records.ts';
import { childrenAndFamilies, nextHearing, proceedingsStanding, weeksSince } from './standing.ts';
import { durationBands } from './proceedingsTimetable.ts';
import { familyGroupStandings } from './familyGroup.ts';

/** Each family's children as the person may see them: the named ones, and how many are withheld. */
async function namer(res: Response, children: readonly ChildOfRecord[]) {
  const { shown } = await knownTo(res.locals.services.db, res.locals.user!, children);
  const named = new Set(shown.map((child) => child.id));
  return (family: readonly ChildOfRecord[]) => ({
    children: family.filter((child) => named.has(child.id)),
    withheld: family.filter((child) => !named.has(child.id)).length,
  });
}

export const courtTrackerRoutes = new RouteTable().get(
  '/court',
  { permission: 'court:track', audit: 'children-listed' },
  async (_req, res, { listed }) => {
    const asOf = today(res).toString();
    const { proceedings, awaitingIssue, inPreProceedings } = await courtTrackerRecords(res.locals.services.db);
    const all = [...proceedings, ...awaitingIssue, ...inPreProceedings].flatMap((record) => record.children);
    const familyOf = await namer(res, all);
    const familyGroup = await familyGroupStandings(
      res.locals.services.db,
      { preProceedings: [...awaitingIssue, ...inPreProceedings], proceedings },
      asOf,
    );
    const inProceedings = proceedings
      .map((record) => ({
        id: record.id,
        ...familyOf(record.children),
        issueDate: record.issue_date,
        court: record.court,
        ...proceedingsStanding(record, asOf),
        nextHearing: nextHearing(record.hearings, asOf),
        familyGroup: familyGroup.get(`proceedings-${record.id}`),
      }))
      .sort((a, b) => b.week - a.week);
    const bands = durationBands.map((band) => ({
      band,
      ...childrenAndFamilies(proceedings.filter((record) => proceedingsStanding(record, asOf).band === band)),
    }));
    const awaiting = awaitingIssue.map((record) => ({
      id: record.id,
      ...familyOf(record.children),
      decisionDate: record.decision_date,
      weeksSinceDecision: record.decision_date ? weeksSince(record.decision_date, asOf) : null,
      familyGroup: familyGroup.get(`pre-${record.id}`),
    }));
    const running = inPreProceedings
      .map((record) => ({
        id: record.id,
        ...familyOf(record.children),
        startDate: record.start_date,
        letterDate: record.letter_before_proceedings_date,
        weeksSinceLetter: record.letter_before_proceedings_date
          ? weeksSince(record.letter_before_proceedings_date, asOf)
          : null,
        reviewMeetings: record.meetings.filter((meeting) => meeting.meeting_type === 'review').length,
        familyGroup: familyGroup.get(`pre-${record.id}`),
      }))
      .sort((a, b) => (b.weeksSinceLetter ?? -1) - (a.weeksSinceLetter ?? -1));
    const rows = [...inProceedings, ...awaiting, ...running];
    await listed(
      rows.flatMap((row) => row.children.map((child) => child.id)),
      { list: 'court tracker' },
    );
    res.render('court/tracker', {
      pageTitle: 'Court tracker',
      asOf,
      counts: {
        proceedings: childrenAndFamilies(proceedings),
        awaitingIssue: childrenAndFamilies(awaitingIssue),
        inPreProceedings: childrenAndFamilies(inPreProceedings),
      },
      bands,
      inProceedings,
      awaiting,
      running,
    });
  },
);
