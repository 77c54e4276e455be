// One child's part of a record written for several children of a family (a case note, a visit):
// whether they were seen, and alone, where (when the record asks), and their voice in their own words
// with how it was gathered. Each child's answers are their own fields, so each child's record has
// their own seen-alone day and their own words. The voice alone is also asked by records that ask
// about seeing the child their own way (a single assessment) or not at all (a conference).
import { codesIn } from '../../core/codeLists.ts';
import { voiceGatheredBy, type VoiceGatheredBy } from '../records/childsVoice.ts';
import { asList, fieldText, type FormErrors } from './forms.ts';
import { addError, codeItems } from './childPages.ts';

const wishesMax = 10_000;
const whereMax = 200;

/** Whose part it is: the child, their name in the messages, how their fields are named, and whether "where" is asked. */
export interface PartOf {
  id: number;
  name: string;
  field: (name: string) => string;
  askWhere?: boolean;
}

/**
 * The part of the child whose page the form is on, where the record keeps the form's first fields
 * unnumbered (`childSeen`): a visit's, a conference's or an assessment's own child.
 */
export const pageChildPart = (id: number, name: string): PartOf => ({ id, name, field: (field) => field });

/** A child with fields of their own, `childSeen-<id>`: a brother or sister on the form, or every child of a case note. */
export const numberedPart = ({ id, name }: { id: number; name: string }, { askWhere = false } = {}): PartOf => ({
  id,
  name,
  field: (field) => `${field}-${id}`,
  askWhere,
});

interface ChildVoice {
  wishesAndFeelings: string | null;
  voiceGathered: VoiceGatheredBy[];
}

export interface ChildPart extends ChildVoice {
  childSeen: boolean;
  seenAlone: boolean;
  seenWhere: string | null;
}

/**
 * The child's voice alone: their wishes and feelings in their own words and how they were gathered,
 * each asking for the other. `required` when the record must hear them (an assessment of a child
 * who was seen); elsewhere a child may have said nothing to record.
 */
export function readChildVoice(
  values: Record<string, unknown>,
  who: PartOf,
  errors: FormErrors,
  { required = false } = {},
): ChildVoice {
  const wishes = fieldText(values[who.field('wishesAndFeelings')]).trim();
  const gathered = [...new Set(asList(values[who.field('voiceGathered')]))];
  const refuse = (name: string, message: string) => addError(errors, who.field(name), message);
  if (wishes.length > wishesMax)
    refuse('wishesAndFeelings', `${who.name}’s wishes and feelings must be 10,000 characters or fewer`);
  else if (!wishes && (gathered.length || required))
    refuse('wishesAndFeelings', `Enter ${who.name}’s wishes and feelings, in their own words`);
  const known = codesIn(voiceGatheredBy) as string[];
  if (!gathered.every((code) => known.includes(code)))
    refuse('voiceGathered', `Select how ${who.name}’s wishes and feelings were gathered from the list`);
  else if ((wishes || required) && !gathered.length)
    refuse('voiceGathered', `Select how ${who.name}’s wishes and feelings were gathered`);
  return { wishesAndFeelings: wishes || null, voiceGathered: gathered as VoiceGatheredBy[] };
}

/** Whether one child was seen (and alone, and where) and their voice, checked together (used only when all is well). */
export function readChildPart(values: Record<string, unknown>, who: PartOf, errors: FormErrors): ChildPart {
  const answer = (name: string) => values[who.field(name)];
  const seen = fieldText(answer('childSeen'));
  const alone = fieldText(answer('seenAlone'));
  const where = who.askWhere ? fieldText(answer('seenWhere')).trim() : '';
  const refuse = (name: string, message: string) => addError(errors, who.field(name), message);
  if (seen !== 'yes' && seen !== 'no') refuse('childSeen', `Select yes if ${who.name} was seen`);
  if (seen === 'yes' && alone !== 'yes' && alone !== 'no')
    refuse('seenAlone', `Select yes if ${who.name} was seen alone`);
  if (seen === 'no' && alone === 'yes')
    refuse('seenAlone', `${who.name} can only have been seen alone if they were seen`);
  if (who.askWhere) {
    if (seen === 'yes' && !where) refuse('seenWhere', `Enter where ${who.name} was seen`);
    else if (seen === 'no' && where) refuse('seenWhere', `Leave where ${who.name} was seen empty: they were not seen`);
    else if (where.length > whereMax)
      refuse('seenWhere', `Where ${who.name} was seen must be ${whereMax} characters or fewer`);
  }
  return {
    childSeen: seen === 'yes',
    seenAlone: seen === 'yes' && alone === 'yes',
    seenWhere: where || null,
    ...readChildVoice(values, who, errors),
  };
}

/**
 * The voice fields of one child (the `childVoiceFields` macro of components/child-part.njk), as
 * posted or saved. `neededWhenSeen` says so on the form where a child seen must be heard; `hint`
 * says what the record asks them about, where it is not a visit's everyday question.
 */
export function childVoiceView(
  values: Record<string, unknown>,
  who: PartOf,
  { neededWhenSeen = false, hint }: { neededWhenSeen?: boolean; hint?: string } = {},
) {
  const fields = { wishesAndFeelings: who.field('wishesAndFeelings'), voiceGathered: who.field('voiceGathered') };
  return {
    id: who.id,
    name: who.name,
    neededWhenSeen,
    hint,
    fields,
    wishesAndFeelings: fieldText(values[fields.wishesAndFeelings]),
    gatheredItems: codeItems(voiceGatheredBy, values[fields.voiceGathered]),
  };
}

/** One child's part on the form (the `childPartFields` macro of components/child-part.njk), as posted or saved. */
export function childPartView(values: Record<string, unknown>, who: PartOf) {
  const voice = childVoiceView(values, who);
  const fields = {
    ...voice.fields,
    childSeen: who.field('childSeen'),
    seenAlone: who.field('seenAlone'),
    seenWhere: who.field('seenWhere'),
  };
  return {
    ...voice,
    askWhere: Boolean(who.askWhere),
    fields,
    seen: fieldText(values[fields.childSeen]),
    seenAlone: fieldText(values[fields.seenAlone]),
    seenWhere: fieldText(values[fields.seenWhere]),
  };
}
