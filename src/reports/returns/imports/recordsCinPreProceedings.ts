// The CIN census's PreProceedingsandFGDM block (from 2026) as the court area's pre-proceedings:
// PPOutcome's letters read back as the export writes them, the dates in the order Harbour holds them.
import type { ImportedPreProceedings } from '../../../areas/court/index.ts';
import type { CinRow } from '../cin/tables.ts';
import { preProceedingsOutcomeCodes } from '../cin/writeXml.ts';
import { RowReader, type DateWindow, type Mapped } from './records903.ts';
import { flag, isoDate } from './recordsCin.ts';

const outcomeOfCode = new Map(Object.entries(preProceedingsOutcomeCodes).map(([outcome, code]) => [code, outcome]));

export function preProceedingsRecordCin(
  row: CinRow<'PreProceedings'>,
  window: DateWindow,
): Mapped<ImportedPreProceedings> {
  const reader = new RowReader(row, window);
  const reviews = reader.text('ReviewMeetingsCount');
  if (reviews !== null && !/^\d{1,2}$/.test(reviews))
    reader.problems.push(`ReviewMeetingsCount ${reviews} is not a number of meetings`);
  const code = reader.text('PPOutcome')?.toUpperCase() ?? null;
  const outcome = code === null ? null : (outcomeOfCode.get(code) ?? null);
  if (code !== null && outcome === null) reader.problems.push(`PPOutcome ${code} is not a code of the census`);
  const record = {
    startDate: isoDate(reader, 'PPStartDate', true),
    letterSentDate: isoDate(reader, 'LBPSentDate', false),
    familyMeetingOffered: flag(reader, 'FGDMMeetingOffer'),
    familyMeetingHeld: flag(reader, 'FGDMMeetingFac'),
    initialMeetingDate: isoDate(reader, 'InitialPPMeetingDate', false),
    reviewMeetings: reviews === null ? 0 : Number(reviews),
    decisionDate: isoDate(reader, 'StepDecisionDate', false),
    outcome,
    applicationDate: isoDate(reader, 'CourtAppDate', false),
  };
  const { startDate } = record;
  for (const [column, day] of [
    ['LBPSentDate', record.letterSentDate],
    ['StepDecisionDate', record.decisionDate],
    ['CourtAppDate', record.applicationDate],
  ] as const)
    if (startDate && day && day < startDate)
      reader.problems.push(`${column} ${day} is before PPStartDate ${startDate}`);
  if (record.initialMeetingDate && (!record.letterSentDate || record.initialMeetingDate < record.letterSentDate))
    reader.problems.push('InitialPPMeetingDate is not on or after LBPSentDate');
  if (record.familyMeetingHeld && !record.familyMeetingOffered)
    reader.problems.push('FGDMMeetingFac says a meeting was held but FGDMMeetingOffer that none was offered');
  if ((record.decisionDate === null) !== (record.outcome === null))
    reader.problems.push(
      record.decisionDate
        ? 'PPOutcome is blank for a decided StepDecisionDate'
        : 'PPOutcome is given with no StepDecisionDate',
    );
  return reader.done(record as ImportedPreProceedings);
}
