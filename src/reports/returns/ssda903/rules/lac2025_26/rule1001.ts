// SSDA903 2025-26 rule 1001: a care leaver was a relevant child — looked after 13 weeks since 14 and after 16 (short breaks aside), and not adopted — as far as this year's and last year's episodes show.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { birthDays, type Episode903 } from '../../ruleSupport.ts';

const thirteenWeeks = 91;
const adopted = new Set(['E11', 'E12']);

export const rule1001 = defineRule903({
  code: '1001',
  message:
    "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  tables: ['Episodes', 'OC3', 'Header'],
  needs: ['previous'],
  check: (context) => {
    const born = birthDays(context);
    const thisYear = context.byChild('Episodes');
    const lastYear = context.previousByChild('Episodes');
    return rowsWhere(context, 'OC3', (leaver) => {
      const birth = born.get(leaver.CHILD);
      // Two years of episodes cannot show the care of someone who turned 20 by the year's end.
      if (birth === undefined || birthdayAt(birth, 20) <= context.year.end) return false;
      const byStart = new Map<number, Episode903>();
      for (const episode of [...(lastYear.get(leaver.CHILD) ?? []), ...(thisYear.get(leaver.CHILD) ?? [])]) {
        const began = context.day(episode.DECOM);
        if (began !== null) byStart.set(began, episode);
      }
      const starts = [...byStart.keys()].sort((a, b) => a - b);
      const latest = byStart.get(starts.at(-1) ?? Number.NaN);
      if (latest && adopted.has(latest.REC)) return true;
      const fourteenth = birthdayAt(birth, 14);
      const sixteenth = birthdayAt(birth, 16);
      let sinceFourteen = 0;
      let sinceSixteen = 0;
      for (const began of starts) {
        const episode = byStart.get(began) as Episode903;
        if (episode.LS === 'V3' || episode.LS === 'V4') continue;
        const ended = context.day(episode.DEC) ?? (episode === latest ? context.year.end : began);
        sinceFourteen += Math.max(0, ended - Math.max(began, fourteenth));
        sinceSixteen += Math.max(0, ended - Math.max(began, sixteenth));
      }
      return sinceFourteen < thirteenWeeks || sinceSixteen < 1;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '01/06/2008' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2024', DEC: '02/06/2024', REC: 'E8', LS: 'C2' }],
      OC3: [{ CHILD: '1', DOB: '01/06/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/01/2024', LS: 'C2' }] },
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/06/2008' },
        { CHILD: '2', DOB: '01/06/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', DEC: '01/06/2024', REC: 'E8', LS: 'C2' },
        { CHILD: '2', DECOM: '01/01/2024', DEC: '02/06/2024', REC: 'E12', LS: 'C2' },
      ],
      OC3: [
        { CHILD: '1', DOB: '01/06/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '2', DOB: '01/06/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/01/2024', LS: 'C2' }] },
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
