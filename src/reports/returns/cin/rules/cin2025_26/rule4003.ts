// CIN census 2025-26 rule 4003: no protection plan review is held during one of the episode's CIN plans.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule4003 = defineCinRule({
  code: '4003',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan. (ERROR)',
  check: (context) => {
    const cinPlans = context.byEpisode('CINplanDates');
    const planEnds = new Map<string, number | null>();
    for (const plan of context.tables.ChildProtectionPlans) planEnds.set(plan.CPPID, context.day(plan.CPPendDate));
    return cinRowsWhere(context, 'Reviews', (review) => {
      const held = context.day(review.CPPreviewDate);
      // The review that ends the protection plan may fall on the day the CIN plan takes over.
      if (held === null || held === planEnds.get(review.CPPID)) return false;
      return (cinPlans.get(review.CINdetailsID) ?? []).some((plan) => {
        const start = context.day(plan.CINPlanStartDate);
        const end = context.day(plan.CINPlanEndDate) ?? Number.POSITIVE_INFINITY;
        return start !== null && start <= held && held < end;
      });
    });
  },
  examples: {
    passing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-05-01', CPPendDate: '2025-08-01' },
      ],
      Reviews: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-07-31' },
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-08-01' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-04-10', CINPlanEndDate: '2025-07-31' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-08-01' },
      ],
    },
    failing: {
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPstartDate: '2025-05-01', CPPendDate: '2025-08-01' },
      ],
      Reviews: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-07-31' },
        { LAchildID: 'A1', CINdetailsID: '1', CPPID: '2', CPPreviewDate: '2025-08-01' },
      ],
      CINplanDates: [
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-07-31', CINPlanEndDate: '2025-08-01' },
        { LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-08-01' },
      ],
    },
    flags: [['Reviews', 1]],
  },
});
