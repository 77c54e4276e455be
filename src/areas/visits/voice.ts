import type { ChildsVoiceSource, VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import { visitPurposes, type VisitPurpose } from './codes.ts';

/** The child's wishes and feelings as written on each visit, newest first. */
export const visitsVoice: ChildsVoiceSource = async (db, childId) => {
  const visits = await db
    .selectFrom('visits')
    .select(['id', 'visit_date', 'purpose', 'seen_alone', 'wishes_and_feelings', 'voice_gathered'])
    .where('child_id', '=', childId)
    .where('wishes_and_feelings', 'is not', null)
    .orderBy('visit_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return visits.map((visit) => ({
    date: visit.visit_date,
    where: visitPurposes[visit.purpose as VisitPurpose],
    href: `/children/${childId}/visits`,
    words: visit.wishes_and_feelings!,
    gathered: visit.voice_gathered as VoiceGatheredBy[],
    seenAlone: visit.seen_alone,
  }));
};
