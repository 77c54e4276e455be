// Teams and workers over the years, and who each open child was allocated to: workers join
// when a team's caseloads rise and leave at the turnover rate, their children reallocated the
// day they go, so no open child is ever unallocated.
import type { Faker } from '@faker-js/faker';
import { addMonths, iso, type Day } from './dates.ts';
import type { Random } from './random.ts';
import type { CountySettings } from './settings.ts';
import { tracked, type Tables } from './tables.ts';

export type TeamKey =
  | 'North'
  | 'South'
  | 'East'
  | 'West'
  | 'Central'
  | 'front-door'
  | 'children-in-care'
  | 'care-leavers'
  | 'disabled-children'
  | 'reviewing';

/** Team names: the locality teams and the front door match the demo accounts' teams. */
export const teamNames: Record<TeamKey, string> = {
  North: 'North locality team',
  South: 'South locality team',
  East: 'East locality team',
  West: 'West locality team',
  Central: 'Central locality team',
  'front-door': 'Front door (MASH)',
  'children-in-care': 'Children in care team',
  'care-leavers': 'Care leavers team',
  'disabled-children': 'Disabled children’s team',
  reviewing: 'Independent reviewing service',
};

export const teamKeys = Object.keys(teamNames) as TeamKey[];

/**
 * The county's teams as the services open them: each service starts with its first team (named as
 * the demo accounts' teams are) and opens "North locality team 2"… as it outgrows it. Numbered 1…
 * in the rows; the loader finds or creates each by name.
 */
export class Teams {
  private readonly ids = new Map<string, number>();
  readonly list: { localId: number; name: string }[] = [];

  constructor() {
    for (const key of teamKeys) this.idOf(key, 1);
  }

  idOf(service: TeamKey, unit: number): number {
    const name = unit === 1 ? teamNames[service] : `${teamNames[service]} ${unit}`;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.list.length + 1;
      this.ids.set(name, id);
      this.list.push({ localId: id, name });
    }
    return id;
  }
}

/** A stretch of time a child is open to one team. */
export interface ServiceInterval {
  childId: number;
  start: Day;
  /** Exclusive; null while still open at the end date. */
  end: Day | null;
  team: TeamKey;
}

interface Worker {
  id: number;
  name: string;
  /** The service, and which of its teams (1…). */
  team: TeamKey;
  unit: number;
  role: string;
  start: Day;
  end: Day | null;
  load: Set<number>;
  fte: number;
  agency: boolean;
}

interface Allocation {
  childId: number;
  worker: Worker;
  start: Day;
}

export class Workforce {
  private readonly workers: Worker[] = [];
  private readonly active = new Map<TeamKey, Worker[]>();
  private readonly current = new Map<number, Allocation>();
  /** Each child's allocations as recorded, earliest first: who held the case on a day. */
  private readonly held = new Map<number, { worker: Worker; start: Day; end: Day | null }[]>();
  /** How many teams each service has opened. */
  private readonly units = new Map<TeamKey, number>();

  constructor(
    private readonly settings: CountySettings,
    private readonly random: Random,
    private readonly faker: Faker,
    private readonly tables: Tables,
    private readonly end: Day,
    private readonly teams: Teams,
  ) {
    for (const key of teamKeys) {
      this.active.set(key, []);
      this.units.set(key, 0);
    }
  }

  private hire(team: TeamKey, day: Day, established: boolean): Worker {
    const r = this.random;
    const w = this.settings.workforce;
    const role =
      team === 'care-leavers'
        ? 'personal-adviser'
        : team === 'reviewing'
          ? 'iro'
          : !established && r.chance(w.asyeShareOfHires)
            ? 'asye'
            : r.chance(0.14)
              ? 'senior-practitioner'
              : 'social-worker';
    const worker: Worker = {
      id: this.workers.length + 1,
      name: this.faker.person.fullName(),
      team,
      unit: this.unitWithRoom(team),
      role,
      start: established ? day - r.int(30, 365 * 12) : day,
      end: null,
      load: new Set(),
      fte: r.chance(0.85) ? 1 : r.pick([0.8, 0.6]),
      agency: role !== 'iro' && r.chance(w.agencyShare),
    };
    this.workers.push(worker);
    this.active.get(team)!.push(worker);
    return worker;
  }

  /** The service's smallest team, or a new one when every team is full. */
  private unitWithRoom(team: TeamKey): number {
    const sizes = new Map<number, number>();
    for (const worker of this.active.get(team)!) sizes.set(worker.unit, (sizes.get(worker.unit) ?? 0) + 1);
    let smallest = 0;
    let size = Infinity;
    for (let unit = 1; unit <= this.units.get(team)!; unit++) {
      const members = sizes.get(unit) ?? 0;
      if (members < size) [smallest, size] = [unit, members];
    }
    if (smallest && size < this.settings.workforce.workersPerTeam) return smallest;
    const opened = this.units.get(team)! + 1;
    this.units.set(team, opened);
    return opened;
  }

  private capacity(worker: Worker, day: Day): number {
    const w = this.settings.workforce;
    if (worker.role === 'asye' && day - worker.start < 365) return w.asyeCap;
    if (worker.role === 'personal-adviser') return w.personalAdviserCaseload + 6;
    return w.caseloadAspiration[1] + 3;
  }

  private target(team: TeamKey): number {
    return team === 'care-leavers'
      ? this.settings.workforce.personalAdviserCaseload
      : this.settings.workforce.hireAtCaseload;
  }

  /** The least loaded worker with room (the two least loaded share the work), hiring if the team is full. */
  private choose(team: TeamKey, day: Day): Worker {
    const open = this.active.get(team)!.filter((worker) => worker.load.size < this.capacity(worker, day));
    if (!open.length) return this.hire(team, day, false);
    open.sort((a, b) => a.load.size / a.fte - b.load.size / b.fte || a.id - b.id);
    return open[Math.min(open.length - 1, this.random.chance(0.5) ? 1 : 0)]!;
  }

  private endAllocation(childId: number, day: Day): void {
    const allocation = this.current.get(childId);
    if (!allocation) return;
    this.current.delete(childId);
    allocation.worker.load.delete(childId);
    if (day > allocation.start) this.record(allocation, day);
  }

  private record(allocation: Allocation, end: Day | null): void {
    const held = this.held.get(allocation.childId) ?? [];
    held.push({ worker: allocation.worker, start: allocation.start, end });
    this.held.set(allocation.childId, held);
    this.tables.add('allocations', {
      child_id: allocation.childId,
      worker_id: allocation.worker.id,
      team_id: this.teams.idOf(allocation.worker.team, allocation.worker.unit),
      start_date: iso(allocation.start),
      end_date: end === null ? null : iso(end),
      ...tracked(allocation.start),
    });
  }

  private allocate(childId: number, team: TeamKey, day: Day): void {
    this.endAllocation(childId, day);
    const worker = this.choose(team, day);
    worker.load.add(childId);
    this.current.set(childId, { childId, worker, start: day });
  }

  private leave(worker: Worker, day: Day): void {
    worker.end = day;
    const team = this.active.get(worker.team)!;
    team.splice(team.indexOf(worker), 1);
    for (const childId of [...worker.load]) this.allocate(childId, worker.team, day);
  }

  /** Plays the intervals through the years month by month: joiners, leavers and every allocation. */
  run(intervals: ServiceInterval[], from: Day): void {
    const r = this.random;
    const w = this.settings.workforce;
    const events: { day: Day; kind: 0 | 1; interval: ServiceInterval }[] = [];
    for (const interval of intervals) {
      if (interval.end !== null && interval.end <= interval.start) continue;
      events.push({ day: interval.start, kind: 1, interval });
      if (interval.end !== null && interval.end <= this.end) events.push({ day: interval.end, kind: 0, interval });
    }
    // Ends before starts on the same day, so a child moving between teams is handed over that day.
    events.sort((a, b) => a.day - b.day || a.kind - b.kind || a.interval.childId - b.interval.childId);
    const first = Math.min(from, events[0]?.day ?? from);
    // An established team in each area before the first allocation, with managers and reviewing officers.
    for (const team of teamKeys) {
      const size =
        team === 'reviewing'
          ? Math.max(1, Math.round(this.tables.count('children') / 2400))
          : team === 'front-door'
            ? Math.max(2, Math.round(this.tables.count('children') / 2000))
            : 1;
      for (let i = 0; i < size; i++) this.hire(team, first, true);
    }
    const open = new Map<number, ServiceInterval[]>();
    let index = 0;
    for (let monthStart = first; monthStart <= this.end; monthStart = addMonths(monthStart, 1)) {
      const monthEnd = Math.min(addMonths(monthStart, 1) - 1, this.end);
      // Leavers at the turnover rate, on a day in the month (never the last of a team).
      const leavers: { day: Day; worker: Worker }[] = [];
      for (const team of teamKeys) {
        for (const worker of this.active.get(team)!) {
          if (worker.start < monthStart && this.active.get(team)!.length > 1 && r.chance(w.turnoverPerYear / 12))
            leavers.push({ day: monthStart + r.int(0, monthEnd - monthStart), worker });
        }
      }
      leavers.sort((a, b) => a.day - b.day || a.worker.id - b.worker.id);
      let leaver = 0;
      for (; index < events.length && events[index]!.day <= monthEnd; index++) {
        const event = events[index]!;
        while (leaver < leavers.length && leavers[leaver]!.day <= event.day) {
          const { day, worker } = leavers[leaver++]!;
          if (this.active.get(worker.team)!.length > 1) this.leave(worker, day);
        }
        const { childId } = event.interval;
        const running = open.get(childId) ?? [];
        if (event.kind === 0) {
          running.splice(running.indexOf(event.interval), 1);
          const allocation = this.current.get(childId);
          // Still open to another team (a care leaver whose later referral closed): back to that team.
          const still = running[running.length - 1];
          if (allocation && allocation.worker.team === event.interval.team) {
            if (still) this.allocate(childId, still.team, event.day);
            else this.endAllocation(childId, event.day);
          }
        } else {
          running.push(event.interval);
          open.set(childId, running);
          this.allocate(childId, event.interval.team, event.day);
        }
      }
      for (; leaver < leavers.length; leaver++) {
        const { day, worker } = leavers[leaver]!;
        if (this.active.get(worker.team)!.length > 1) this.leave(worker, day);
      }
      // Joiners: each case-holding team recruits back to its caseload standard.
      if (monthEnd < this.end) {
        for (const team of teamKeys) {
          if (team === 'front-door' || team === 'reviewing') continue;
          const workers = this.active.get(team)!;
          const load = workers.reduce((sum, worker) => sum + worker.load.size, 0);
          const wanted = Math.ceil(load / this.target(team));
          for (let i = workers.length; i < wanted; i++) this.hire(team, monthEnd + 1, false);
        }
      }
    }
    for (const allocation of this.current.values()) this.record(allocation, null);
    this.writeWorkers();
  }

  private writeWorkers(): void {
    for (const worker of this.workers) {
      // A social worker's assessed and supported year ends a year after they start.
      const role = worker.role === 'asye' && this.end - worker.start >= 365 ? 'social-worker' : worker.role;
      this.tables.add('workers', {
        user_id: null,
        name: worker.name,
        role,
        team_id: this.teams.idOf(worker.team, worker.unit),
        start_date: iso(worker.start),
        end_date: worker.end === null ? null : iso(worker.end),
        full_time_equivalent: worker.fte,
        is_agency: worker.agency,
        is_synthetic: true,
        version: 1,
      });
    }
  }

  /** The id of the worker who held the child's case on a day, if anyone did (run first). */
  allocatedOn(childId: number, day: Day): number | null {
    const allocation = this.held
      .get(childId)
      ?.find((held) => held.start <= day && (held.end === null || held.end > day));
    return allocation?.worker.id ?? null;
  }

  /**
   * The id of the reviewing officer who chairs the child's conference on a day: of those in post,
   * always the same one for a child while they stay (run first).
   */
  chairOn(childId: number, day: Day): number | null {
    const officers = this.workers.filter(
      (worker) => worker.role === 'iro' && worker.start <= day && (worker.end === null || worker.end > day),
    );
    return officers.length ? officers[childId % officers.length]!.id : null;
  }

  /** The id of a personal adviser in post on a day, for the care leaver's record. */
  personalAdviserOn(day: Day): number | null {
    const advisers = this.workers.filter(
      (worker) =>
        worker.role === 'personal-adviser' && worker.start <= day && (worker.end === null || worker.end > day),
    );
    return advisers.length ? this.random.pick(advisers).id : null;
  }
}
