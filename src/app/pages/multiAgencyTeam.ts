// A multi-agency child protection team's page: its members, the children whose section 47
// enquiry or child protection plan it holds, who leads each, and what is due for them. It reads
// every area's due items, so the app assembles it; the team and its members are protection's.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { idParam } from '../../platform/web/childPages.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import { NotFoundError } from '../../core/errors.ts';
import { heldByTeam, isMemberOf, multiAgencyTeam, teamMembers } from '../../areas/protection/index.ts';
import { childrenByIds } from '../../reports/journey/openCases.ts';
import { countBy, dueAcrossChildren } from '../../reports/journey/dueAcrossChildren.ts';
import { dueKind } from './teamWork.ts';

/** What each held record is, in words. */
const heldAs = (held: { section_47_enquiry_id: number | null }) =>
  held.section_47_enquiry_id === null ? 'Child protection plan' : 'Section 47 enquiry';

export const multiAgencyTeamRoutes = new RouteTable().get(
  '/multi-agency-teams/:teamId/children',
  { permission: 'macp:view', audit: 'children-listed' },
  async (req, res, { user, listed }) => {
    const { db, clock } = res.locals.services;
    const today = clock.today();
    const team = await multiAgencyTeam(db, idParam(req, 'teamId'));
    // Managers oversee every team; anyone else sees only a team they are a member of, and no other's exists for them.
    const manages = user.roles.includes('service-manager') || user.roles.includes('team-manager');
    if (!manages && !(await isMemberOf(db, user.id, team.id, today.toString()))) throw new NotFoundError();
    const [held, members] = await Promise.all([heldByTeam(db, team.id), teamMembers(db, team.id, today.toString())]);
    const { shown, withheld } = await knownTo(
      db,
      user,
      await childrenByIds(db, [...new Set(held.map((row) => row.child_id))]),
    );
    const named = new Map(shown.map((child) => [child.id, child]));
    const records = held
      .filter((row) => named.has(row.child_id))
      .map((row) => {
        const child = named.get(row.child_id)!;
        return {
          ...row,
          childName: `${child.forename} ${child.surname}`,
          heldAs: heldAs(row),
          href:
            row.section_47_enquiry_id === null
              ? `/children/${row.child_id}/child-protection-plans/${row.child_protection_plan_id}`
              : `/children/${row.child_id}/section-47-enquiries/${row.section_47_enquiry_id}`,
        };
      });
    const leads = new Map(records.map((record) => [record.child_id, record.worker_name]));
    const rows = await dueAcrossChildren(
      db,
      shown.map((child) => ({ ...child, worker_name: leads.get(child.id) ?? null })),
      today,
    );
    await listed(
      shown.map((child) => child.id),
      { multiAgencyTeam: team.id },
    );
    res.render('pages/team/multi-agency', {
      pageTitle: `${team.name}: children and what is due`,
      team,
      members: members.current,
      records,
      withheld,
      dueRows: rows,
      groups: countBy(rows, dueKind),
      overdue: rows.filter((row) => row.status === 'overdue').length,
    });
  },
);
