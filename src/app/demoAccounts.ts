import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.ts';
import { findOrCreateTeam } from '../platform/access/teams.ts';
import { addWorker, type WorkerRole } from '../areas/workforce/index.ts';
import { addUser, latestPartnerAccessEnd, verifyPartner } from '../platform/access/users.ts';
import { londonDateOf } from '../core/clock.ts';
import { roles, roleTitles, type Role } from '../platform/access/roles.ts';

/** The one password every demo account shares, printed at start: demo data is synthetic. */
export const demoPassword = 'harbour-demo-2026';

export const demoUsername = (role: Role) => `demo-${role}`;

const demoTeams: Partial<Record<Role, string>> = {
  practitioner: 'North locality team',
  'team-manager': 'North locality team',
  'front-door': 'Front door (MASH)',
  iro: 'Independent reviewing service',
  lado: 'LADO service',
};

// 'Team manager' → 'team manager', but 'LADO' stays 'LADO'.
const lowerFirst = (title: string) =>
  /^[A-Z]{2}/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);

const demoWorkerRoles: Partial<Record<Role, WorkerRole>> = {
  practitioner: 'social-worker',
  'team-manager': 'team-manager',
  iro: 'iro',
};

/** The demo partner practitioner: a school's designated safeguarding lead, for a year. */
const demoPartner = () => ({
  organisation: 'Harbour Primary School',
  roleAtOrganisation: 'Designated safeguarding lead',
  accessEndsOn: latestPartnerAccessEnd(londonDateOf(new Date())),
});

/** Creates one demo account per role, once: later starts leave accounts as administrators left them. */
export async function ensureDemoAccounts(db: Kysely<Database>): Promise<{ created: boolean }> {
  const existing = await db.selectFrom('users').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst();
  if (existing) return { created: false };
  const system = { userId: null, username: 'harbour-setup' };
  for (const role of roles) {
    const teamName = demoTeams[role];
    const team = teamName ? await findOrCreateTeam(db, teamName) : undefined;
    const user = await addUser(db, system, {
      username: demoUsername(role),
      displayName: `Demo ${lowerFirst(roleTitles[role].split(' (')[0]!)}`,
      roles: [role],
      teamId: team?.id ?? null,
      password: demoPassword,
      isDemo: true,
      ...(role === 'partner' ? demoPartner() : {}),
    });
    if (role === 'partner') await verifyPartner(db, system, user.id, user.version);
  }
  return { created: true };
}

/**
 * The demo social worker and manager hold cases, so children can be allocated to them, and the demo
 * IRO chairs conferences (chairs are chosen from the workforce's IROs). Run after any demo county
 * is seeded (the seeder wants an empty database); adds only missing workers.
 */
export async function ensureDemoWorkers(db: Kysely<Database>): Promise<void> {
  for (const [role, workerRole] of Object.entries(demoWorkerRoles) as [Role, WorkerRole][]) {
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', demoUsername(role))
      .where('is_demo', '=', true)
      .executeTakeFirst();
    if (!user || user.team_id === null) continue;
    const existing = await db.selectFrom('workers').select('id').where('user_id', '=', user.id).executeTakeFirst();
    if (!existing)
      await addWorker(db, {
        name: user.display_name,
        role: workerRole,
        teamId: user.team_id,
        startDate: '2020-01-01',
        userId: user.id,
      });
  }
}

export const demoAccountsExist = async (db: Kysely<Database>) =>
  Boolean(
    await db
      .selectFrom('users')
      .select('id')
      .where('is_demo', '=', true)
      .where('disabled_at', 'is', null)
      .limit(1)
      .executeTakeFirst(),
  );
