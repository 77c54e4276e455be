// The DfE's CSC API records (openapi.json v1.0.1, schema `CSC`) from plain rows: pure functions, so
// each rule (which episode a record belongs to, what was withdrawn, what changed) is tested on data.
import crypto from 'node:crypto';

type Omitted<T> = { [K in keyof T]?: T[K] };

export interface CscChildRow {
  child_id: number;
  forename: string;
  surname: string;
  restricted: boolean;
  date_of_birth: string | null;
  expected_date_of_birth: string | null;
  sex: string;
  ethnicity: string;
  upn: string | null;
  upn_unknown: string | null;
  postcode: string | null;
  disabilities: string[];
  uasc: boolean;
  uasc_end_date: string | null;
}
export interface CscEpisodeRow {
  id: number;
  child_id: number;
  referral_date: string;
  source: string;
  no_further_action: boolean;
  closure_date: string | null;
  closure_reason: string | null;
}
/** A record of the child's that belongs in one episode: by its referral when it names one, else by its date. */
interface Dated {
  id: number;
  child_id: number;
  referral_id?: number | null;
  start_date: string;
}
export interface CscRows {
  children: CscChildRow[];
  episodes: CscEpisodeRow[];
  workers: (Dated & { worker_id: number; end_date: string | null })[];
  assessments: (Dated & { referral_id: number; authorisation_date: string | null; factors: string[] })[];
  cinPlans: (Dated & { end_date: string | null })[];
  enquiries: (Dated & { icpc_required: boolean; icpc_date: string | null; end_date: string | null })[];
  protectionPlans: (Dated & { end_date: string | null })[];
  placements: (Dated & {
    reason_new_episode: string;
    placement_type: string;
    placement_postcode: string | null;
    end_date: string | null;
    reason_ceased: string | null;
    reason_place_change: string | null;
  })[];
  adoptions: (Dated & { matched_date: string | null; placed_date: string | null })[];
  careLeaverContacts: (Dated & { activity: string | null; accommodation: string | null })[];
  sdqs: { child_id: number; date: string; score: number }[];
}

export interface CscEpisode {
  social_care_episode_id: string;
  referral_date?: string;
  referral_source?: string;
  referral_no_further_action_flag?: boolean;
  closure_date?: string;
  closure_reason?: string;
  care_worker_details?: { worker_id: string; start_date: string; end_date?: string }[];
  child_and_family_assessments?: Record<string, unknown>[];
  child_in_need_plans?: Record<string, unknown>[];
  section_47_assessments?: Record<string, unknown>[];
  child_protection_plans?: Record<string, unknown>[];
  child_looked_after_placements?: Record<string, unknown>[];
  adoption?: Record<string, unknown>;
  care_leavers?: Record<string, unknown>;
  purge?: boolean;
}
export interface CscChild {
  la_child_id: string;
  purge?: boolean;
  child_details?: Record<string, unknown>;
  health_and_wellbeing?: { sdq_assessments: { date: string; score: number }[] };
  social_care_episodes?: CscEpisode[];
}

/** An object without its empty members: the schema types each field, so absent is said by leaving it out. */
function present<T extends object>(value: T): Omitted<T> {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, member]) => member !== null && member !== undefined && !(Array.isArray(member) && member.length === 0),
    ),
  ) as Omitted<T>;
}

const byChild = <T extends { child_id: number }>(rows: readonly T[]) => {
  const grouped = new Map<number, T[]>();
  for (const row of rows) grouped.set(row.child_id, [...(grouped.get(row.child_id) ?? []), row]);
  return grouped;
};

/**
 * The episode a record belongs to: the referral it names, else the latest episode begun by its start
 * (the episode it happened in), else the child's first. Episodes come in referral-date order.
 */
export function episodeOf(episodes: readonly CscEpisodeRow[], record: Dated): CscEpisodeRow | undefined {
  if (record.referral_id) {
    const named = episodes.find((episode) => episode.id === record.referral_id);
    if (named) return named;
  }
  const begun = episodes.filter((episode) => episode.referral_date <= record.start_date);
  return begun.at(-1) ?? episodes[0];
}

/** Every child's CSC API record, in the schema's field order; a restricted child's names left out. */
export function cscChildren(rows: CscRows): CscChild[] {
  const episodesOf = byChild(rows.episodes);
  const records = {
    workers: byChild(rows.workers),
    assessments: byChild(rows.assessments),
    cinPlans: byChild(rows.cinPlans),
    enquiries: byChild(rows.enquiries),
    protectionPlans: byChild(rows.protectionPlans),
    placements: byChild(rows.placements),
    adoptions: byChild(rows.adoptions),
    careLeaverContacts: byChild(rows.careLeaverContacts),
  };
  const sdqs = byChild(rows.sdqs);
  return rows.children.map((child) => {
    const episodes = [...(episodesOf.get(child.child_id) ?? [])].sort(
      (a, b) => a.referral_date.localeCompare(b.referral_date) || a.id - b.id,
    );
    const inEpisode = <T extends Dated>(list: Map<number, T[]>, episode: CscEpisodeRow) =>
      (list.get(child.child_id) ?? []).filter((record) => episodeOf(episodes, record)?.id === episode.id);
    const latest = <T extends Dated>(list: T[]) =>
      [...list].sort((a, b) => a.start_date.localeCompare(b.start_date) || a.id - b.id).at(-1);
    const socialCareEpisodes = episodes.map((episode): CscEpisode => {
      const adoption = latest(inEpisode(records.adoptions, episode));
      const contact = latest(inEpisode(records.careLeaverContacts, episode));
      return present({
        social_care_episode_id: String(episode.id),
        referral_date: episode.referral_date,
        referral_source: episode.source,
        referral_no_further_action_flag: episode.no_further_action,
        closure_date: episode.closure_date,
        closure_reason: episode.closure_reason,
        care_worker_details: inEpisode(records.workers, episode).map((worker) =>
          present({ worker_id: String(worker.worker_id), start_date: worker.start_date, end_date: worker.end_date }),
        ),
        child_and_family_assessments: inEpisode(records.assessments, episode).map((assessment) =>
          present({
            child_and_family_assessment_id: String(assessment.id),
            start_date: assessment.start_date,
            authorisation_date: assessment.authorisation_date,
            factors: assessment.factors.slice(0, 41),
          }),
        ),
        child_in_need_plans: inEpisode(records.cinPlans, episode).map((plan) =>
          present({ child_in_need_plan_id: String(plan.id), start_date: plan.start_date, end_date: plan.end_date }),
        ),
        section_47_assessments: inEpisode(records.enquiries, episode).map((enquiry) =>
          present({
            section_47_assessment_id: String(enquiry.id),
            start_date: enquiry.start_date,
            icpc_required_flag: enquiry.icpc_required,
            icpc_date: enquiry.icpc_date,
            end_date: enquiry.end_date,
          }),
        ),
        child_protection_plans: inEpisode(records.protectionPlans, episode).map((plan) =>
          present({ child_protection_plan_id: String(plan.id), start_date: plan.start_date, end_date: plan.end_date }),
        ),
        child_looked_after_placements: inEpisode(records.placements, episode).map((placement) =>
          present({
            child_looked_after_placement_id: String(placement.id),
            start_date: placement.start_date,
            start_reason: placement.reason_new_episode,
            placement_type: placement.placement_type,
            postcode: placement.placement_postcode,
            end_date: placement.end_date,
            end_reason: placement.reason_ceased,
            change_reason: placement.reason_place_change,
          }),
        ),
        adoption: adoption
          ? present({
              initial_decision_date: adoption.start_date,
              matched_date: adoption.matched_date,
              placed_date: adoption.placed_date,
            })
          : undefined,
        care_leavers: contact
          ? present({
              contact_date: contact.start_date,
              activity: contact.activity,
              accommodation: contact.accommodation,
            })
          : undefined,
      }) as CscEpisode;
    });
    const sdq = sdqs.get(child.child_id) ?? [];
    return present({
      la_child_id: String(child.child_id),
      child_details: present({
        unique_pupil_number: child.upn,
        unique_pupil_number_unknown_reason: child.upn ? null : child.upn_unknown,
        // The DfE identifies a child by la_child_id; a restricted child is not named to anyone who
        // need not know, and the collection does not need a name.
        first_name: child.restricted ? null : child.forename,
        surname: child.restricted ? null : child.surname,
        date_of_birth: child.date_of_birth,
        expected_date_of_birth: child.date_of_birth ? null : child.expected_date_of_birth,
        sex: child.sex,
        ethnicity: child.ethnicity,
        disabilities: child.disabilities.slice(0, 12),
        postcode: child.restricted ? null : child.postcode,
        uasc_flag: child.uasc,
        uasc_end_date: child.uasc_end_date,
      }),
      health_and_wellbeing: sdq.length
        ? { sdq_assessments: sdq.map((row) => ({ date: row.date, score: row.score })) }
        : undefined,
      social_care_episodes: socialCareEpisodes,
    }) as CscChild;
  });
}

/** The hash of a child's record as sent, by which the next send knows whether it changed. */
export const recordHash = (child: CscChild): string =>
  crypto.createHash('sha256').update(JSON.stringify(child)).digest('hex');

const subRecords = [
  ['child_and_family_assessments', 'child_and_family_assessment_id'],
  ['child_in_need_plans', 'child_in_need_plan_id'],
  ['section_47_assessments', 'section_47_assessment_id'],
  ['child_protection_plans', 'child_protection_plan_id'],
  ['child_looked_after_placements', 'child_looked_after_placement_id'],
] as const;

/**
 * A changed child's record with what it no longer holds flagged for purging, as the schema defines
 * it: an episode sent before and now gone is `{ social_care_episode_id, purge: true }`; a record gone
 * from an episode still held is `{ <record>_id, purge: true }` in that episode's list.
 */
export function withWithdrawals(current: CscChild, previous: CscChild): CscChild {
  const currentEpisodes = current.social_care_episodes ?? [];
  const episodes = currentEpisodes.map((episode) => {
    const before = previous.social_care_episodes?.find(
      (old) => old.social_care_episode_id === episode.social_care_episode_id,
    );
    if (!before) return episode;
    const withPurges: CscEpisode = { ...episode };
    for (const [list, key] of subRecords) {
      const held = new Set((episode[list] ?? []).map((record) => record[key]));
      const gone = (before[list] ?? []).filter((record) => !held.has(record[key]));
      if (gone.length)
        withPurges[list] = [...(episode[list] ?? []), ...gone.map((record) => ({ [key]: record[key], purge: true }))];
    }
    return withPurges;
  });
  const held = new Set(currentEpisodes.map((episode) => episode.social_care_episode_id));
  const goneEpisodes = (previous.social_care_episodes ?? [])
    .filter((episode) => !held.has(episode.social_care_episode_id))
    .map((episode) => ({ social_care_episode_id: episode.social_care_episode_id, purge: true }));
  return { ...current, social_care_episodes: [...episodes, ...goneEpisodes] };
}

/** A record as it will stand at the DfE once sent: what it flags for purging taken out. */
export function withoutPurged(child: CscChild): CscChild {
  const episodes = (child.social_care_episodes ?? [])
    .filter((episode) => !episode.purge)
    .map((episode) => {
      const kept: CscEpisode = { ...episode };
      for (const [list] of subRecords) {
        const records = episode[list]?.filter((record) => record.purge !== true);
        if (records?.length) kept[list] = records;
        else delete kept[list];
      }
      return kept;
    });
  return present({ ...child, social_care_episodes: episodes }) as CscChild;
}

/**
 * What to send: every child whose record differs from what was last sent (new ones included), with
 * its withdrawals flagged, and a purge for each child sent before who no longer has any record here.
 */
export function changedSince(
  current: readonly CscChild[],
  sent: ReadonlyMap<string, { hash: string; payload: CscChild }>,
  stillHeld: ReadonlySet<string>,
): CscChild[] {
  const changed = current.flatMap((child) => {
    const before = sent.get(child.la_child_id);
    if (before?.hash === recordHash(child)) return [];
    return [before ? withWithdrawals(child, before.payload) : child];
  });
  const inCurrent = new Set(current.map((child) => child.la_child_id));
  const withdrawn = [...sent.keys()]
    .filter((id) => !inCurrent.has(id) && !stillHeld.has(id))
    .map((id) => ({ la_child_id: id, purge: true }));
  return [...changed, ...withdrawn];
}

/** At most `size` children a call (the DfE takes 100). */
export function batches<T>(items: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
