import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionErrors, sectionStatus, withSection } from './taskList.ts';
import { addError, noErrors } from './childPages.ts';

const voice = { fields: ['childSeen', 'childSeenDate', 'voiceGathered'] };
const analysis = { fields: ['analysis'] };

test('a section is not yet started until one of its questions is answered', () => {
  const errors = noErrors();
  addError(errors, 'childSeen', 'Select yes if Ada was seen');
  assert.equal(sectionStatus(voice, { analysis: 'x', childSeen: ' ', voiceGathered: [] }, errors), 'Not yet started');
  assert.equal(sectionStatus(voice, { 'childSeenDate-day': '3' }, errors), 'Incomplete');
  assert.equal(sectionStatus(analysis, { analysis: 'Worries about routines' }, errors), 'Completed');
});

test("a date's error, linked to its day, belongs to the date's section", () => {
  const errors = noErrors();
  addError(errors, 'childSeenDate', 'The date Ada was seen must be a real date', '#childSeenDate-day');
  addError(errors, 'analysis', 'Enter your analysis');
  addError(errors, 'version', 'Reload the page and try again');
  assert.deepEqual(sectionErrors(voice, errors).list, [
    { text: 'The date Ada was seen must be a real date', href: '#childSeenDate-day' },
  ]);
  assert.deepEqual(Object.keys(sectionErrors(analysis, errors).fields), ['analysis']);
  assert.equal(sectionStatus(voice, { childSeen: 'yes' }, errors), 'Incomplete');
});

test("a section's page replaces only its own answers: a box left unticked is cleared, another section's field is ignored", () => {
  const before = { childSeen: 'yes', voiceGathered: ['spoken'], analysis: 'kept', version: '2' };
  assert.deepEqual(withSection(before, voice, { childSeen: 'no', analysis: 'smuggled', version: '9' }), {
    analysis: 'kept',
    version: '2',
    childSeen: 'no',
  });
});
