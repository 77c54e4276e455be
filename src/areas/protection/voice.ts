import type { ChildsVoiceSource, VoiceGatheredBy } from '../../platform/records/childsVoice.ts';

/**
 * The child's views as each of their conferences heard them, newest first, dated by the conference:
 * the day their words were put before it. A conference hears the child's views rather than sees the
 * child, so whether they were seen alone is not asked (null).
 */
export const conferencesVoice: ChildsVoiceSource = async (db, childId) => {
  const conferences = await db
    .selectFrom('child_protection_conferences as conference')
    // The plan an initial conference made names the conference, not the other way round.
    .leftJoin('child_protection_plans as made', 'made.conference_id', 'conference.id')
    .select([
      'conference.type',
      'conference.conference_date',
      'conference.section_47_enquiry_id',
      'conference.child_protection_plan_id',
      'made.id as made_plan_id',
      'conference.wishes_and_feelings',
      'conference.voice_gathered',
    ])
    .where('conference.child_id', '=', childId)
    .where('conference.wishes_and_feelings', 'is not', null)
    .orderBy('conference.conference_date', 'desc')
    .orderBy('conference.id', 'desc')
    .execute();
  return conferences.map((conference) => {
    // A conference is shown on the page of what it was about: the enquiry an initial conference
    // concluded, or the plan a review conference reviewed (or an initial one brought in made).
    const planId = conference.child_protection_plan_id ?? conference.made_plan_id;
    const href = conference.section_47_enquiry_id
      ? `/children/${childId}/section-47-enquiries/${conference.section_47_enquiry_id}`
      : planId
        ? `/children/${childId}/child-protection-plans/${planId}`
        : `/children/${childId}/voice`;
    return {
      date: conference.conference_date,
      where:
        conference.type === 'initial' ? 'Initial child protection conference' : 'Review child protection conference',
      href,
      words: conference.wishes_and_feelings!,
      gathered: conference.voice_gathered as VoiceGatheredBy[],
      seenAlone: null,
    };
  });
};
