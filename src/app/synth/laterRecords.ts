// The records the court, care, missing and permanence pages added after the county's first ones:
// hearings and interim orders, the OC2 health items, exploitation screenings, the child's voice at
// reviews, where each placement is, the permanence routes' progress, and what the 903 asks besides
// (Social Work England numbers and reasons for a new worker, adopters, convictions, young mothers,
// previous permanence). Worked out from the rows
// already made, on a random stream of their own, so every earlier record draws as it did before.
import { addYears, ageOn, dayOf, iso, type Day, type WorkingDays } from './dates.ts';
import { Random } from './random.ts';
import { tracked, type Row, type TableKey, type Tables } from './tables.ts';
import { outOfCountyAuthorities } from './localities.ts';
import { hearingOutcomes, placementStreets, reviewWishes, siblingsApartReasons, specialGuardians } from './wording.ts';

interface Span {
  seed: number;
  /** The county's first day of history (periodic records start there) and its end date. */
  historyStart: Day;
  end: Day;
  workingDays: WorkingDays;
}

const day = (value: unknown): Day => dayOf(String(value).slice(0, 10));
const dayOrNever = (value: unknown): Day => (value === null ? Infinity : day(value));

/** Rows grouped by one of their columns, in the order they were made. */
function groupedBy(rows: Row[], column: string): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const key = row[column] as number;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Courts and panels sit on working days: the day itself, or the next working day. */
const sitting = (span: Span, on: Day): Day => span.workingDays.add(on - 1, 1);

export function addLaterRecords(tables: Tables, span: Span): void {
  const root = new Random(span.seed).fork('later-records');
  const rows = (key: TableKey) => tables.rows.get(key) ?? [];
  const children = new Map(rows('children').map((child) => [child.id as number, child]));
  const childOf = (childId: unknown) => children.get(childId as number)!;
  const episodesOf = groupedBy(rows('care_episodes'), 'child_id');
  const childrenOf = groupedBy(rows('proceedings_children'), 'proceedings_id');
  const context = { tables, rows, span, childOf, episodesOf, childrenOf };
  placements(context, root.fork('placements'));
  const lookedAfterFrom = court(context, root.fork('court'));
  health(context, root.fork('health'));
  voiceAtReviews(context, root.fork('reviews'));
  exploitation(context, root.fork('exploitation'));
  permanence(context, root.fork('permanence'), lookedAfterFrom);
  socialWorkEngland(context, root.fork('social-work-england'));
  adopters(context, root.fork('adopters'));
  convictionsAndBirths(context, root.fork('convictions-and-births'));
  previousPermanence(context, root.fork('previous-permanence'));
}

type Context = {
  tables: Tables;
  rows: (key: TableKey) => Row[];
  span: Span;
  childOf: (childId: unknown) => Row;
  episodesOf: Map<number, Row[]>;
  /** Each proceedings' children (proceedings_children rows). */
  childrenOf: Map<number, Row[]>;
};

/**
 * The address of each placement, and the authority it is in when outside the county. Inside it the
 * authority is left to the council's postcode lookup: the council's name is configured, not the generator's.
 */
function placements({ rows }: Context, r: Random): void {
  let previous: Row | undefined;
  for (const episode of rows('care_episodes')) {
    // A new legal status or a long-term match keeps the same carers, so the same address.
    const sameCarers =
      previous?.period_of_care_id === episode.period_of_care_id &&
      ['L', 'B'].includes(String(episode.reason_new_episode));
    const postcode = episode.placement_postcode as string | null;
    episode.placement_address = sameCarers
      ? (previous!.placement_address ?? null)
      : postcode === null
        ? null
        : `${r.int(1, 120)} ${r.pick(placementStreets)}`;
    episode.placement_local_authority =
      postcode === null ? null : (outOfCountyAuthorities[postcode.split(' ')[0]!] ?? null);
    previous = episode;
  }
}

/**
 * The hearings of each proceedings (Practice Direction 12A: a case management hearing by about day 12,
 * the issues resolution hearing weeks before the final one) and each child's interim order: a care
 * order on the day they became looked after under one, else now and then a supervision order.
 * Returns, for each child, when they became looked after under an interim care order in each proceedings.
 */
function court({ tables, rows, span, episodesOf, childrenOf }: Context, r: Random): Map<string, Day> {
  const extensions = groupedBy(rows('proceedings_extensions'), 'proceedings_id');
  const lookedAfterFrom = new Map<string, Day>();
  for (const proceedings of rows('care_proceedings')) {
    const id = proceedings.id as number;
    const issue = day(proceedings.issue_date);
    const granted = extensions.get(id) ?? [];
    const planned = issue + 181 + granted.reduce((weeks, extension) => weeks + (extension.weeks as number), 0) * 7;
    const final =
      proceedings.conclusion_date !== null
        ? day(proceedings.conclusion_date)
        : sitting(span, Math.max(planned, span.end + r.int(7, 42)));
    // The issues resolution hearing is the last before the final one.
    const issuesResolution = sitting(span, final - r.int(21, 56));
    const caseManagement = sitting(span, issue + r.int(10, 18));
    const hearings = new Map<Day, keyof typeof hearingOutcomes>([[final, 'final']]);
    if (issuesResolution > caseManagement + 14) hearings.set(issuesResolution, 'issues-resolution');
    const listed = (on: Day, type: keyof typeof hearingOutcomes) => {
      if (on > issue && on < Math.min(final, issuesResolution) && !hearings.has(on)) hearings.set(on, type);
    };
    if (r.chance(0.2)) listed(sitting(span, issue + r.int(1, 7)), 'interim');
    listed(caseManagement, 'case-management');
    // An extension is granted at a hearing.
    for (const extension of granted) listed(day(extension.granted_date), 'further-case-management');
    if (r.chance(0.25)) listed(sitting(span, caseManagement + r.int(35, 70)), 'further-case-management');
    const dates = [...hearings.keys()].sort((a, b) => a - b);
    dates.forEach((on, i) => {
      if (on > span.end) return;
      const type = hearings.get(on)!;
      tables.add('proceedings_hearings', {
        proceedings_id: id,
        hearing_date: iso(on),
        hearing_type: type,
        court: proceedings.court as string,
        outcome: hearingOutcomes[type],
        next_hearing_date: i + 1 < dates.length ? iso(dates[i + 1]!) : null,
        ...tracked(on),
      });
    });
    for (const childId of (childrenOf.get(id) ?? []).map((row) => row.child_id as number)) {
      const interimCare = (episodesOf.get(childId) ?? []).find(
        (episode) =>
          episode.legal_status === 'C1' && day(episode.start_date) >= issue && day(episode.start_date) <= final,
      );
      const made = interimCare ? day(interimCare.start_date) : caseManagement;
      if (!interimCare && (made > span.end || !r.chance(0.25))) continue;
      if (interimCare) lookedAfterFrom.set(`${id}:${childId}`, made);
      tables.add('proceedings_interim_orders', {
        proceedings_id: id,
        child_id: childId,
        order_type: interimCare ? 'interim-care-order' : 'interim-supervision-order',
        made_date: iso(made),
        ...tracked(made),
      });
    }
  }
  return lookedAfterFrom;
}

/**
 * The OC2 items for each child looked after for a year at 31 March: immunisations and substance misuse
 * for all, the strengths and difficulties questionnaire for those aged 4 to 16 (a score, or why none), and
 * why none for those aged 17.
 */
function health({ tables, rows, span, childOf }: Context, r: Random): void {
  for (const period of rows('periods_of_care')) {
    const childId = period.child_id as number;
    const start = day(period.start_date);
    const end = dayOrNever(period.end_date);
    for (let year = Number(iso(span.historyStart).slice(0, 4)); ; year++) {
      const yearEnd = dayOf(`${year}-03-31`);
      // Looked after on 1 April and through to 31 March: a period ending on 31 March counts, as in the return.
      if (yearEnd > span.end || yearEnd > end) break;
      if (yearEnd < span.historyStart || addYears(yearEnd, -1) + 1 < start) continue;
      const age = ageOn(day(childOf(childId).date_of_birth), yearEnd);
      const checked = yearEnd - r.int(0, 45);
      tables.add('immunisation_checks', {
        child_id: childId,
        checked_on: iso(checked),
        up_to_date: r.chance(0.86),
        ...tracked(checked),
      });
      const problem = age >= 11 && r.chance(0.06);
      const received = problem ? r.chance(0.6) : null;
      tables.add('substance_misuse_checks', {
        child_id: childId,
        checked_on: iso(checked),
        problem_identified: problem,
        intervention_received: received,
        intervention_offered: received === false ? r.chance(0.7) : null,
        ...tracked(checked),
      });
      if (age < 4 || age > 17) continue;
      const completed = yearEnd - r.int(20, 330);
      // A 17-year-old has no questionnaire, and the worker records why (SDQ1: outside its ages).
      const scored = age < 17 && r.chance(0.86);
      tables.add('sdq_scores', {
        child_id: childId,
        completed_on: iso(completed),
        score: scored ? Math.min(40, Math.max(0, Math.round(r.normal(14, 7)))) : null,
        // Carers declined, the child's disability, other, the young person declined.
        reason_not_done: scored ? null : age === 17 ? 'SDQ1' : r.weighted({ SDQ2: 25, SDQ3: 15, SDQ4: 40, SDQ5: 20 }),
        ...tracked(completed),
      });
    }
  }
}

/** How the child's voice was heard at each review, following how they took part (the 903 participation code). */
const voiceByParticipation: Record<string, readonly string[][]> = {
  PN0: [[], ['observed']],
  PN1: [['spoken'], ['spoken'], ['spoken', 'drawn']],
  PN2: [['advocate']],
  PN3: [['drawn'], ['observed'], ['drawn', 'observed']],
  PN4: [[]],
  PN5: [['advocate']],
  PN6: [['drawn']],
  PN7: [[]],
};

function voiceAtReviews({ rows, childOf }: Context, r: Random): void {
  for (const review of rows('looked_after_reviews')) {
    const participation = String(review.participation);
    const voice = r.pick(voiceByParticipation[participation]!);
    const age = ageOn(day(childOf(review.child_id).date_of_birth), day(review.review_date));
    review.voice_gathered = voice;
    review.wishes_and_feelings = voice.length && age >= 4 && r.chance(0.7) ? r.pick(reviewWishes) : null;
    review.seen_alone = participation === 'PN0' ? null : age >= 5 && participation !== 'PN7' && r.chance(0.55);
  }
}

const responses = [
  'safety-plan',
  'strategy-discussion',
  'exploitation-panel',
  'national-referral-mechanism',
  'police-intelligence',
  'specialist-service',
] as const;

/** A screening for criminal and sexual exploitation after some missing episodes, acted on when a concern is found. */
function exploitation({ tables, rows, span }: Context, r: Random): void {
  for (const episode of rows('missing_episodes')) {
    if (episode.returned_at === null || !r.chance(0.3)) continue;
    const screened = day(episode.returned_at) + r.int(1, 14);
    if (screened > span.end) continue;
    const criminal = r.weighted({ 'no-concerns': 55, 'at-risk': 35, 'being-exploited': 10 });
    const sexual = r.weighted({ 'no-concerns': 65, 'at-risk': 27, 'being-exploited': 8 });
    const exploited = [criminal, sexual].includes('being-exploited');
    const concern = exploited || [criminal, sexual].includes('at-risk');
    const chances: Record<(typeof responses)[number], number> = {
      'safety-plan': 0.8,
      'strategy-discussion': exploited ? 0.9 : 0.1,
      'exploitation-panel': 0.5,
      'national-referral-mechanism': exploited ? 0.4 : 0,
      'police-intelligence': 0.4,
      'specialist-service': 0.3,
    };
    const chosen = concern ? responses.filter((response) => r.chance(chances[response])) : [];
    tables.add('exploitation_screenings', {
      child_id: episode.child_id as number,
      screened_on: iso(screened),
      criminal_outcome: criminal,
      sexual_outcome: sexual,
      responses: concern && !chosen.length ? ['safety-plan'] : chosen,
      response_detail: null,
      missing_episode_id: episode.id as number,
      ...tracked(screened),
    });
  }
}

/** A version 4 UUID from the stream (so the same county has the same groups). */
function uuidFrom(r: Random): string {
  const hex = Array.from({ length: 4 }, () => r.uint32().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Special guardians assessed for months before each order (or still being assessed for a plan of one),
 * long-term fostering confirmed by the panel and the decision maker before each long-term match, and
 * brothers and sisters in the same proceedings, once all are looked after: placed together, some
 * together or apart, as their placement postcodes say.
 */
function permanence(
  { tables, rows, span, childOf, episodesOf, childrenOf }: Context,
  r: Random,
  lookedAfterFrom: Map<string, Day>,
): void {
  const guardian = (childId: number) => {
    const [forename, relationship] = r.pick(specialGuardians);
    return `${forename} ${String(childOf(childId).surname)} (${relationship})`;
  };
  const ordered = new Set<number>();
  for (const order of rows('special_guardianship_orders')) {
    const childId = order.child_id as number;
    const made = day(order.order_date);
    const started = made - r.int(120, 200);
    ordered.add(childId);
    tables.add('special_guardian_assessments', {
      child_id: childId,
      special_guardian: guardian(childId),
      started_date: iso(started),
      completed_date: iso(made - r.int(14, 45)),
      ...tracked(started),
    });
  }
  for (const plan of rows('permanence_plans')) {
    const childId = plan.child_id as number;
    if (plan.plan_type !== 'special-guardianship' || plan.end_date !== null || ordered.has(childId)) continue;
    const started = day(plan.start_date) + r.int(14, 60);
    if (started > span.end) continue;
    const completed = started + r.int(84, 120);
    tables.add('special_guardian_assessments', {
      child_id: childId,
      special_guardian: guardian(childId),
      started_date: iso(started),
      completed_date: completed <= span.end ? iso(completed) : null,
      ...tracked(started),
    });
  }
  for (const episode of rows('care_episodes')) {
    if (episode.reason_new_episode !== 'B' || episode.long_term !== true) continue;
    const matched = day(episode.start_date);
    const panel = sitting(span, matched - r.int(21, 60));
    tables.add('long_term_fostering_confirmations', {
      child_id: episode.child_id as number,
      panel_date: iso(panel),
      confirmed_date: iso(Math.min(matched, panel + r.int(3, 20))),
      ...tracked(panel),
    });
  }
  for (const [proceedingsId, inProceedings] of childrenOf) {
    const childIds = inProceedings.map((row) => row.child_id as number);
    const froms = childIds.map((childId) => lookedAfterFrom.get(`${proceedingsId}:${childId}`));
    if (childIds.length < 2 || froms.some((from) => from === undefined)) continue;
    const decided = Math.max(...(froms as Day[]));
    if (decided > span.end) continue;
    const placedAt = childIds.map(
      (childId) =>
        (episodesOf.get(childId) ?? []).find(
          (episode) => day(episode.start_date) <= decided && dayOrNever(episode.end_date) > decided,
        )?.placement_postcode ?? null,
    );
    const largest = Math.max(
      ...placedAt.map((postcode) => placedAt.filter((other) => other === postcode && postcode).length),
    );
    const placed = largest === childIds.length ? 'together' : largest >= 2 ? 'some-together' : 'apart';
    const group = uuidFrom(r);
    const reason = placed === 'together' ? null : r.pick(siblingsApartReasons);
    for (const childId of childIds)
      tables.add('sibling_placements', {
        child_id: childId,
        sibling_group: group,
        decided_date: iso(decided),
        placed,
        reason,
        ...tracked(decided),
      });
  }
}

/**
 * A Social Work England number for every registered social worker (personal advisers need not be),
 * and why each child was given each new worker: a first worker or one after a gap is a first contact
 * (FCONTA), one taking over from a worker who left is LEFTRL, a move of team the standard process
 * (TSPROC), and the manager's other reasons for the rest.
 */
function socialWorkEngland({ rows }: Context, r: Random): void {
  const numbers = new Set<string>();
  const left = new Map<number, unknown>();
  for (const worker of rows('workers')) {
    left.set(worker.id as number, worker.end_date);
    if (worker.role === 'personal-adviser') continue;
    let number: string;
    do number = `SW${r.int(10_000, 199_999)}`;
    while (numbers.has(number));
    numbers.add(number);
    worker.swe_registration_number = number;
  }
  for (const allocations of groupedBy(rows('allocations'), 'child_id').values()) {
    for (const allocation of allocations) {
      const before = allocations.find((other) => other.end_date === allocation.start_date);
      allocation.change_reason = !before
        ? 'FCONTA'
        : left.get(before.worker_id as number) === allocation.start_date
          ? 'LEFTRL'
          : before.team_id !== allocation.team_id
            ? 'TSPROC'
            : r.weighted({ MANAGE: 45, ABSENC: 15, ORGRST: 10, CHCHAN: 8, PCCHAN: 7, OTHERS: 15 });
    }
  }
}

/** The adopters of every matched child, as AD1 counts them: mostly a married man and woman, some same-sex couples, a few single adopters. */
function adopters({ rows }: Context, r: Random): void {
  for (const plan of rows('adoption_plans')) {
    if (plan.matched_date === null) continue;
    const sex = r.weighted({ MF: 76, FF: 8, MM: 7, F1: 8, M1: 1 });
    plan.adopters_sex = sex;
    plan.adopters_legal_status =
      sex === 'MF'
        ? r.weighted({ L11: 75, L3: 25 })
        : sex === 'M1' || sex === 'F1'
          ? 'L0'
          : r.weighted({ L12: 45, L2: 35, L4: 20 });
  }
}

/** The days a period of care spends between two ages (the later excluded), up to the county's end date. */
function daysAged(period: Row, born: Day, from: number, to: number, span: Span): [Day, Day] | null {
  const first = Math.max(day(period.start_date), addYears(born, from));
  const last = Math.min(dayOrNever(period.end_date) - 1, addYears(born, to) - 1, span.end);
  return first <= last ? [first, last] : null;
}

/**
 * Convictions of looked-after young people aged 10 to 17 (about 3 in 100 a year), and births to
 * looked-after young women aged 15 to 17 (about 1.5 in 100 a year): each on a day they are looked
 * after, with the chance in proportion to the time.
 */
function convictionsAndBirths({ tables, rows, span, childOf }: Context, r: Random): void {
  const once = new Set<string>();
  const record = (
    key: 'convictions' | 'births_to_young_people',
    column: string,
    rate: number,
    period: Row,
    days: [Day, Day] | null,
  ) => {
    if (!days || !r.chance((rate * (days[1] - days[0] + 1)) / 365)) return;
    const on = r.int(days[0], days[1]);
    const childId = period.child_id as number;
    if (once.has(`${key}:${childId}:${on}`)) return;
    once.add(`${key}:${childId}:${on}`);
    tables.add(key, { child_id: childId, [column]: iso(on), ...tracked(on) });
  };
  for (const period of rows('periods_of_care')) {
    const child = childOf(period.child_id);
    const born = day(child.date_of_birth);
    record('convictions', 'convicted_on', 0.03, period, daysAged(period, born, 10, 18, span));
    if (child.sex === 'F')
      record('births_to_young_people', 'born_on', 0.015, period, daysAged(period, born, 15, 18, span));
  }
}

/** Councils near the county (and Wales), where an earlier order was made; 893 is the county's own number. */
const ownCouncil = '893';
const neighbouringCouncils = ['894', '884', '860', '885', '896', '330', 'WAL'];

/**
 * What the family or previous council says of previous permanence as each period of care starts:
 * the county's own latest order before it when there is one, else mostly none (Z1), and now and then
 * a special guardianship, adoption or child arrangements order made elsewhere, or here before the
 * county's records begin, its date known to the day, the month or the year.
 */
function previousPermanence({ tables, rows, span, childOf }: Context, r: Random): void {
  const orders = new Map<number, { option: string; made: Day }[]>();
  const ordered = (childId: unknown, option: string, made: unknown) => {
    if (made === null) return;
    const list = orders.get(childId as number) ?? [];
    list.push({ option, made: day(made) });
    orders.set(childId as number, list);
  };
  for (const plan of rows('adoption_plans')) ordered(plan.child_id, 'P1', plan.adoption_order_date);
  for (const order of rows('special_guardianship_orders')) ordered(order.child_id, 'P2', order.order_date);
  const concluded = new Map(
    rows('care_proceedings').map((proceedings) => [proceedings.id, proceedings.conclusion_date]),
  );
  for (const row of rows('proceedings_children'))
    if (row.final_order === 'special-guardianship-order' || row.final_order === 'child-arrangements-order')
      ordered(
        row.child_id,
        row.final_order === 'special-guardianship-order' ? 'P2' : 'P3',
        concluded.get(row.proceedings_id) ?? null,
      );
  for (const period of rows('periods_of_care')) {
    const childId = period.child_id as number;
    const start = day(period.start_date);
    const born = day(childOf(childId).date_of_birth);
    const known = (orders.get(childId) ?? []).filter((order) => order.made < start).sort((a, b) => b.made - a.made)[0];
    const option = known ? known.option : start - born > 365 ? r.weighted({ Z1: 92, P2: 4, P1: 2, P3: 2 }) : 'Z1';
    const details: Row = { local_authority: null, order_year: null, order_month: null, order_day: null };
    if (option !== 'Z1') {
      // An order of the county's own not in its records was made before they begin.
      const here = known !== undefined || (r.chance(0.3) && span.historyStart - 30 > born + 60);
      const made = known?.made ?? r.int(born + 60, (here ? Math.min(start, span.historyStart) : start) - 30);
      const [year, month, dayOfMonth] = iso(made).split('-').map(Number) as [number, number, number];
      const precision = known ? 'day' : r.weighted({ day: 70, month: 20, year: 10 });
      details.local_authority = here ? ownCouncil : r.pick(neighbouringCouncils);
      details.order_year = year;
      details.order_month = precision === 'year' ? null : month;
      details.order_day = precision === 'day' ? dayOfMonth : null;
    }
    tables.add('previous_permanence', {
      child_id: childId,
      period_of_care_id: period.id as number,
      option,
      ...details,
      ...tracked(start),
    });
  }
}
