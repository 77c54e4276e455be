// CIN census 2025-26 rule 2884: an initial conference is recorded on the section 47 or the episode, not both.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule2884 = defineCinRule({
  code: '2884',
  message:
    'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one (ERROR)',
  check: (context) => {
    // The child's conferences recorded at episode level: the same date on a section 47 is the same conference twice.
    const episodeConferences = new Set<string>();
    for (const episode of context.tables.CINdetails) {
      const day = context.day(episode.DateOfInitialCPC);
      if (day !== null) episodeConferences.add(`${episode.LAchildID}\u0000${day}`);
    }
    return cinRowsWhere(context, 'Section47', (enquiry) => {
      const day = context.day(enquiry.DateOfInitialCPC);
      return day !== null && episodeConferences.has(`${enquiry.LAchildID}\u0000${day}`);
    });
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', DateOfInitialCPC: '' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', DateOfInitialCPC: '2025-05-20' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-05-01', DateOfInitialCPC: '2025-05-20' },
      ],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', DateOfInitialCPC: '2025-05-20' },
      ],
    },
    flags: [['Section47', 1]],
  },
});
