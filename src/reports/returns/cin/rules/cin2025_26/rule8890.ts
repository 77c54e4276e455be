// CIN census 2025-26 rule 8890: within an episode, a Section 47 enquiry does not start while another is ongoing.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue } from '../../ruleSupport.ts';

export const rule8890 = defineCinRule({
  code: '8890',
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing (ERROR)',
  // The enquiry flagged starts on or between another's start and its initial conference, or, when
  // that one has no conference and one is still required, its start and the reference date.
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const enquiries of context.byEpisode('Section47').values()) {
      if (enquiries.length < 2) continue;
      for (const enquiry of enquiries) {
        const start = context.day(enquiry.S47ActualStartDate);
        if (start === null) continue;
        const ongoing = enquiries.some((other) => {
          const otherStart = context.day(other.S47ActualStartDate);
          if (other === enquiry || otherStart === null || start < otherStart) return false;
          const conference = context.day(other.DateOfInitialCPC);
          if (conference !== null) return start <= conference;
          return other.DateOfInitialCPC === '' && !cinBooleanIsTrue(other.ICPCnotRequired) && start <= context.year.end;
        });
        if (ongoing) flags.push({ table: 'Section47', row: enquiry });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-01', DateOfInitialCPC: '2025-05-20' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-21' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-01', ICPCnotRequired: 'true' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-06-01' },
      ],
    },
    failing: {
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-01', DateOfInitialCPC: '2025-05-20' },
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-05-20' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-05-01', ICPCnotRequired: 'false' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-06-01' },
      ],
    },
    flags: [
      ['Section47', 2],
      ['Section47', 4],
    ],
  },
});
