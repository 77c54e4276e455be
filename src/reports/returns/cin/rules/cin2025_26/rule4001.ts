// CIN census 2025-26 rule 4001: an episode with an open child protection plan has no open CIN plan.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule4001 = defineCinRule({
  code: '4001',
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan (ERROR)',
  check: (context) => {
    const protectionPlans = context.byEpisode('ChildProtectionPlans');
    return cinRowsWhere(
      context,
      'CINplanDates',
      (cinPlan) =>
        cinPlan.CINPlanStartDate !== '' &&
        cinPlan.CINPlanEndDate === '' &&
        (protectionPlans.get(cinPlan.CINdetailsID) ?? []).some((plan) => plan.CPPendDate === ''),
    );
  },
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-05-01', CPPendDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-05-01', CPPendDate: '' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-04-01', CINPlanEndDate: '2025-05-01' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-05-01', CPPendDate: '' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-05-01', CPPendDate: '' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINPlanStartDate: '2025-04-01', CINPlanEndDate: '2025-05-01' },
      ],
    },
    flags: [['CINplanDates', 1]],
  },
});
