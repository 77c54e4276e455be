// A 903 SWEpisodes row as the allocation the workforce area records (a pure mapping, like
// records903.ts): SW_ID is a Social Work England number (SW and digits) or, for a worker without
// one, a council-local id beginning XX (the guide's rule SW02STG1).
import type { ImportedSocialWorkerEpisode, SocialWorkerChangeReason } from '../../../areas/workforce/index.ts';
import type { Row903 } from '../ssda903/tables.ts';
import { socialWorkerChangeCodes } from '../ssda903/validCodes.ts';
import { RowReader, type DateWindow, type Mapped } from './records903.ts';

const socialWorkerIdPattern = /^(SW[0-9]{1,10}|XX[A-Z0-9]{0,18})$/;

export function socialWorkerEpisodeRecord(
  row: Row903<'SWEpisodes'>,
  window: DateWindow,
): Mapped<ImportedSocialWorkerEpisode> {
  const reader = new RowReader(row, window);
  const record = {
    socialWorkerId:
      reader.required('SW_ID') &&
      reader.matches('SW_ID', socialWorkerIdPattern, 'SW and a Social Work England number, or XX and a local id'),
    startDate: reader.date('SW_DECOM', true),
    endDate: reader.date('SW_DEC', false),
    reason: reader.code('SW_REASON', socialWorkerChangeCodes, false) as SocialWorkerChangeReason | null,
  };
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    reader.problems.push(`SW_DEC ${row.SW_DEC} is before SW_DECOM ${row.SW_DECOM}`);
  return reader.done(record as ImportedSocialWorkerEpisode);
}
