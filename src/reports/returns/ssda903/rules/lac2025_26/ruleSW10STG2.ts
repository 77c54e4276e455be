// SSDA903 2025-26 rule SW10STG2: a social worker episode does not start more than 7 days before the previous one ended, unless the change was for a first contact (FCONTA).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { socialWorkerEpisodesInOrder } from '../../ruleSupport.ts';

/** The DfE allows a handover of up to a week either side of the previous episode's end. */
const toleranceDays = 7;

export const ruleSW10STG2 = defineRule903({
  code: 'SW10STG2',
  message: 'A new social worker episode has started before the end date of the previous social worker episode.',
  tables: ['SWEpisodes'],
  // The community validator also flags a start more than 7 days after the previous end (a gap); the
  // DfE message is about starting before it, so only that is flagged here.
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of socialWorkerEpisodesInOrder(context).values()) {
      for (let index = 1; index < episodes.length; index++) {
        const [previous, episode] = [episodes[index - 1], episodes[index]];
        if (!previous || !episode || episode.SW_REASON === 'FCONTA') continue;
        const began = context.day(episode.SW_DECOM);
        const previousEnded = context.day(previous.SW_DEC);
        if (began !== null && previousEnded !== null && began < previousEnded - toleranceDays)
          flags.push({ table: 'SWEpisodes', row: episode });
      }
    }
    return flags;
  },
  examples: {
    // A gap after the previous episode ended is not this rule's concern.
    passing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '10/06/2025', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '03/06/2025', SW_REASON: 'LEFTRL' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '10/06/2025', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_ID: 'SW2', SW_DECOM: '01/09/2025', SW_REASON: 'LEFTRL' },
      ],
    },
    failing: {
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_DEC: '10/06/2025', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_ID: 'SW2', SW_DECOM: '02/06/2025', SW_REASON: 'LEFTRL' },
      ],
    },
    flags: [['SWEpisodes', 2]],
  },
});
