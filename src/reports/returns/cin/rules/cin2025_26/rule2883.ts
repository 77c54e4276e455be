// CIN census 2025-26 rule 2883: no more protection plans start in the year than initial conferences are held.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule2883 = defineCinRule({
  code: '2883',
  message: 'There are more child protection plans starting than initial conferences taking place (ERROR)',
  check: (context): CinFlag[] => {
    const inYear = (text: string) => {
      const day = context.day(text);
      return day !== null && day >= context.year.start && day <= context.year.end;
    };
    const plans = context.tables.ChildProtectionPlans.filter((plan) => inYear(plan.CPPstartDate)).length;
    const conferences =
      context.tables.CINdetails.filter((episode) => inYear(episode.DateOfInitialCPC)).length +
      context.tables.Section47.filter((enquiry) => inYear(enquiry.DateOfInitialCPC)).length;
    return plans > conferences ? [{ table: 'Header', child: null }] : [];
  },
  examples: {
    passing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-04-01' }],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2026-03-31' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '3', CPPstartDate: '2025-04-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPID: '4', CPPstartDate: '2026-03-30' },
      ],
    },
    failing: {
      CINdetails: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-03-31' }],
      Section47: [{ LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2026-03-31' }],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '3', CPPstartDate: '2025-04-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPID: '4', CPPstartDate: '2026-03-30' },
      ],
    },
    flags: [['Header', 'null']],
  },
});
