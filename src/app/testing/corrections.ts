// What every correction of a record must do, checked the same way for each record a page lets
// people correct: the reason required (what was typed kept), the previous value kept in the
// record's history with the reason, and a stale version refused with theirs shown.
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { errorSummary, pageOf, submitForm, type Agent } from './testApp.ts';

export async function assertCorrection(
  db: Kysely<Database>,
  agent: Agent,
  form: string,
  correction: {
    table: string;
    recordId: number;
    fields: Record<string, string>;
    /** The column changed and the value it held before. */
    column: string;
    previous: unknown;
    now: unknown;
  },
): Promise<void> {
  const page = await agent.get(form);
  assert.equal(page.status, 200, `${form} is shown`);
  // As a browser posts it: the record as it stands, with the changed fields typed over it.
  const values = { ...formValues(page.text), ...correction.fields };

  const noReason = await submitForm(agent, form, form, values);
  assert.equal(noReason.status, 400);
  assert.deepEqual(errorSummary(noReason.text), ['Enter the reason for the correction']);
  const [typedField, typed] = Object.entries(correction.fields)[0]!;
  const shown = pageOf(noReason.text);
  const kept = shown(`[name="${typedField}"]`).filter(
    (_i, input) => shown(input).attr('type') !== 'radio' || shown(input).is(':checked'),
  );
  assert.equal(kept.val(), typed, 'what was typed is kept');

  assert.notEqual(values.version, undefined, 'the form carries the version');
  const reason = 'Checked against the order as sealed';
  const saved = await submitForm(agent, form, form, { ...values, reason });
  assert.equal(saved.status, 302, errorSummary(saved.text).join('; '));
  const amendment = await db
    .selectFrom('record_amendments')
    .selectAll()
    .where('table_name', '=', correction.table)
    .where('record_id', '=', correction.recordId)
    .where('field', '=', correction.column)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  assert.deepEqual([amendment.previous_value, amendment.new_value], [correction.previous, correction.now]);
  assert.equal(amendment.reason, reason);
  assert.match((await agent.get(form)).text, new RegExp(reason), 'the history shows the reason');

  const stale = await submitForm(agent, form, form, { ...values, reason: 'Again' });
  assert.equal(stale.status, 409);
  assert.match(stale.text, /Someone else changed this record/);
}

/** The values a form would post as shown: its inputs, chosen radios and text areas (not the CSRF token). */
export function formValues(html: string): Record<string, string> {
  const page = pageOf(html);
  const values: Record<string, string> = {};
  page('form input, form textarea').each((_i, element) => {
    const input = page(element);
    const name = input.attr('name');
    if (!name || name === '_csrf' || (input.attr('type') === 'radio' && !input.is(':checked'))) return;
    values[name] = String(input.val() ?? '');
  });
  return values;
}
