// CIN census 2025-26 rule 8839: an episode has at most one open section 47 enquiry (no conference, one required).
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8839 = defineCinRule({
  code: '8839',
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const enquiries of context.byEpisode('Section47').values()) {
      const open = enquiries.filter((row) => row.DateOfInitialCPC === '' && !cinBooleanIsTrue(row.ICPCnotRequired));
      if (open.length > 1) for (const row of open) flags.push({ table: 'Section47', row });
    }
    return flags;
  },
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', ICPCnotRequired: '1' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-08-04', ICPCnotRequired: '0' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-02', ICPCnotRequired: '0' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-08-04', ICPCnotRequired: '0' },
      ],
    },
    flags: [
      ['Section47', 1],
      ['Section47', 2],
    ],
  },
});
