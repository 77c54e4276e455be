// CIN census 2025-26 rule 8841: a child protection plan's reviews fall after the day it started.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8841 = defineCinRule({
  code: '8841',
  message: 'The review date cannot be on the same day or before the Child protection Plan start date. (ERROR)',
  check: (context) => {
    const starts = context.once('protectionPlanStartByCppId', () => {
      const days = new Map<string, number>();
      for (const plan of context.tables.ChildProtectionPlans) {
        const start = context.day(plan.CPPstartDate);
        if (start !== null) days.set(plan.CPPID, start);
      }
      return days;
    });
    return cinRowsWhere(context, 'Reviews', (review) => {
      const reviewed = context.day(review.CPPreviewDate);
      const start = starts.get(review.CPPID);
      return reviewed !== null && start !== undefined && reviewed <= start;
    });
  },
  examples: {
    passing: {
      ChildProtectionPlans: [{ LAchildID: 'A1', CPPID: '1', CPPstartDate: '2025-06-02' }],
      Reviews: [
        { LAchildID: 'A1', CPPID: '1', CPPreviewDate: '2025-06-03' },
        { LAchildID: 'A1', CPPID: '1', CPPreviewDate: '2025-09-01' },
      ],
    },
    failing: {
      ChildProtectionPlans: [{ LAchildID: 'A1', CPPID: '1', CPPstartDate: '2025-06-02' }],
      Reviews: [
        { LAchildID: 'A1', CPPID: '1', CPPreviewDate: '2025-06-02' },
        { LAchildID: 'A1', CPPID: '1', CPPreviewDate: '2025-09-01' },
      ],
    },
    flags: [['Reviews', 1]],
  },
});
