// The child's NHS number recorded after they were added, or why it is not known. Every change is an
// amendment (amendRecord): what was recorded before stays in the child's history, and a number
// already recorded is changed or taken away only with the person's reason.
import type { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm, type RecordForm } from '../../platform/web/recordForm.ts';
import { addError, codeItems, optionalText, versionField, type Child } from '../../platform/web/childPages.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { nhsNumberUnknownReasons } from './codes.ts';
import { nhsNumberAsWritten, nhsNumberRecorded, nhsNumberShown } from './nhsNumber.ts';
import { nhsNumberSchema } from './presenters.ts';

const schema = nhsNumberSchema.extend({
  version: versionField,
  reason: optionalText(1000, 'Reason for the change'),
});

/** The form's answers as the record would hold them; the check has already refused any other. */
const answered = (value: z.infer<typeof schema>, child: Child) => {
  const recorded = nhsNumberRecorded(value, !child.date_of_birth);
  if (!recorded.ok) throw new Error(recorded.message);
  return recorded.value;
};

const nhsNumberForm: RecordForm<Child, z.infer<typeof schema>> = {
  path: '/children/:childId/nhs-number',
  record: 'children',
  title: 'NHS number',
  button: 'Save NHS number',
  load: (_res, child) => Promise.resolve(child),
  initial: (child) => ({
    version: child.version,
    nhsNumber: child.nhs_number ? nhsNumberAsWritten(child.nhs_number) : '',
    nhsNumberUnknown: child.nhs_number_unknown ?? '',
    nhsNumberUnknownDetail: child.nhs_number_unknown_detail ?? '',
  }),
  summary: (child) => [{ key: { text: 'Recorded now' }, value: { text: nhsNumberShown(child) } }],
  fields: () => [
    {
      kind: 'text',
      name: 'nhsNumber',
      label: 'NHS number',
      hint: '10 digits, with or without spaces as on an NHS card, for example 943 476 5919',
    },
    {
      kind: 'radios',
      name: 'nhsNumberUnknown',
      legend: 'If the NHS number is not known, why not?',
      hint: 'Only when the NHS number is left empty for a child already born',
      items: codeItems(nhsNumberUnknownReasons, undefined),
    },
    { kind: 'text', name: 'nhsNumberUnknownDetail', label: 'If other, why it is not known' },
    {
      kind: 'textarea',
      name: 'reason',
      label: 'Reason for the change',
      hint: 'Needed to change or remove an NHS number already recorded. The number it replaces stays in the child’s history.',
    },
  ],
  dates: () => ({}),
  schema,
  check: (value, errors, child) => {
    const recorded = nhsNumberRecorded(value, !child.date_of_birth);
    if (!recorded.ok) return addError(errors, recorded.field, recorded.message);
    if (child.nhs_number && recorded.value.nhsNumber !== child.nhs_number && !value.reason)
      addError(errors, 'reason', 'Enter why the NHS number recorded is being changed');
  },
  save: (res, child, value) => {
    const recorded = answered(value, child);
    return amendRecord(res.locals.services.db, res.locals.actor, {
      table: 'children',
      recordId: child.id,
      childId: child.id,
      version: value.version,
      changes: {
        nhs_number: recorded.nhsNumber,
        nhs_number_unknown: recorded.nhsNumberUnknown,
        nhs_number_unknown_detail: recorded.nhsNumberUnknownDetail,
      },
      // Recording what was not known is not a correction: it says so when the person gives no reason.
      reason: value.reason ?? (recorded.nhsNumber ? 'NHS number recorded' : 'Why the NHS number is not known recorded'),
    });
  },
  done: { flash: 'The NHS number is saved', to: (child) => `/children/${child.id}` },
};

export const nhsNumberRoutes = new RouteTable();
addRecordForm(nhsNumberRoutes, nhsNumberForm);
