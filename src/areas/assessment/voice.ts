import type { ChildsVoiceSource, VoiceGatheredBy } from '../../platform/records/childsVoice.ts';

/**
 * The child's wishes and feelings as each submitted assessment records them, newest first.
 *
 * Dated by the submission: that is the day the social worker put the child's words on the record
 * and sent them to their manager, so the child is heard on their page from then, not weeks later
 * when the manager signs. Authorisation decides the outcome and the factors; it does not change
 * what the child said. A resubmission replaces the words and the date together, so the entry is
 * always the latest words with the day they were given. An assessment recorded as authorised
 * without a submission (a past one brought in) has only its authorisation date, which stands in.
 */
export const assessmentsVoice: ChildsVoiceSource = async (db, childId) => {
  const assessments = await db
    .selectFrom('assessments')
    .select(['id', 'submitted_date', 'authorisation_date', 'child_seen_alone', 'wishes_and_feelings', 'voice_gathered'])
    .where('child_id', '=', childId)
    .where('wishes_and_feelings', 'is not', null)
    .where((eb) => eb.or([eb('submitted_date', 'is not', null), eb('authorisation_date', 'is not', null)]))
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return assessments.map((assessment) => ({
    date: (assessment.submitted_date ?? assessment.authorisation_date)!,
    where: 'Single assessment',
    href: `/children/${childId}/assessments/${assessment.id}`,
    words: assessment.wishes_and_feelings!,
    gathered: assessment.voice_gathered as VoiceGatheredBy[],
    seenAlone: assessment.child_seen_alone,
  }));
};
