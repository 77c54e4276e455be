// One child's part of a record written for several children of a family (a case note, a visit):
// whether they were seen, and alone, where (when the record asks), and their voice in their own words
// with how it was gathered. Each child's answers are their own fields, so each child's record has
// their own seen-alone day and their own words.
import { codesIn } from '../../core/codeLists.ts';
import { voiceGatheredBy, type VoiceGatheredBy } from '../records/childsVoice.ts';
import { asList, fieldText, type FormErrors } from './forms.ts';
import { addError, codeItems } from './childPages.ts';

const wishesMax = 10_000;
const whereMax = 200;

/** Whose part it is: their name in the messages, how their fields are named, and whether "where" is asked. */
export interface PartOf {
  name: string;
  field: (name: string) => string;
  askWhere?: boolean;
}

/** Every child of a record has their own fields, `childSeen-<id>`. */
export const partFields = (id: number) => (name: string) => `${name}-${id}`;

export interface ChildPart {
  childSeen: boolean;
  seenAlone: boolean;
  seenWhere: string | null;
  wishesAndFeelings: string | null;
  voiceGathered: VoiceGatheredBy[];
}

/** Whether one child was seen (and alone, and where) and their voice, checked together (used only when all is well). */
export function readChildPart(values: Record<string, unknown>, who: PartOf, errors: FormErrors): ChildPart {
  const answer = (name: string) => values[who.field(name)];
  const seen = fieldText(answer('childSeen'));
  const alone = fieldText(answer('seenAlone'));
  const where = who.askWhere ? fieldText(answer('seenWhere')).trim() : '';
  const wishes = fieldText(answer('wishesAndFeelings')).trim();
  const gathered = [...new Set(asList(answer('voiceGathered')))];
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
  if (wishes.length > wishesMax)
    refuse('wishesAndFeelings', `${who.name}’s wishes and feelings must be 10,000 characters or fewer`);
  else if (!wishes && gathered.length)
    refuse('wishesAndFeelings', `Enter ${who.name}’s wishes and feelings, in their own words`);
  const known = codesIn(voiceGatheredBy) as string[];
  if (!gathered.every((code) => known.includes(code)))
    refuse('voiceGathered', `Select how ${who.name}’s wishes and feelings were gathered from the list`);
  else if (wishes && !gathered.length)
    refuse('voiceGathered', `Select how ${who.name}’s wishes and feelings were gathered`);
  return {
    childSeen: seen === 'yes',
    seenAlone: seen === 'yes' && alone === 'yes',
    seenWhere: where || null,
    wishesAndFeelings: wishes || null,
    voiceGathered: gathered as VoiceGatheredBy[],
  };
}

/** One child's part on the form (the `childPartFields` macro of components/child-part.njk), as posted or saved. */
export function childPartView(values: Record<string, unknown>, who: PartOf & { id: number }) {
  const names = ['childSeen', 'seenAlone', 'seenWhere', 'wishesAndFeelings', 'voiceGathered'] as const;
  const fields = Object.fromEntries(names.map((name) => [name, who.field(name)])) as Record<
    (typeof names)[number],
    string
  >;
  return {
    id: who.id,
    name: who.name,
    askWhere: Boolean(who.askWhere),
    fields,
    seen: fieldText(values[fields.childSeen]),
    seenAlone: fieldText(values[fields.seenAlone]),
    seenWhere: fieldText(values[fields.seenWhere]),
    wishesAndFeelings: fieldText(values[fields.wishesAndFeelings]),
    gatheredItems: codeItems(voiceGatheredBy, values[fields.voiceGathered]),
  };
}
