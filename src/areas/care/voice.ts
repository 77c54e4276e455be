import type { ChildsVoiceSource, VoiceGatheredBy } from '../../platform/records/childsVoice.ts';

/** The child's wishes and feelings as each of their looked-after reviews heard them, newest first. */
export const reviewsVoice: ChildsVoiceSource = async (db, childId) => {
  const reviews = await db
    .selectFrom('looked_after_reviews')
    .select(['review_date', 'wishes_and_feelings', 'voice_gathered', 'seen_alone'])
    .where('child_id', '=', childId)
    .where('wishes_and_feelings', 'is not', null)
    .orderBy('review_date', 'desc')
    .execute();
  return reviews.map((review) => ({
    date: review.review_date,
    where: 'Looked after review',
    href: `/children/${childId}/looked-after/reviews`,
    words: review.wishes_and_feelings!,
    gathered: review.voice_gathered as VoiceGatheredBy[],
    seenAlone: review.seen_alone,
  }));
};
