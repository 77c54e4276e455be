// CIN census 2025-26 rule 2885: a plan starting in the year starts on the day of its episode's initial conference.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinBooleanIsTrue, cinEpisodeById, isInCensusYear } from '../../ruleSupport.ts';

export const rule2885 = defineCinRule({
  code: '2885',
  message:
    'Child protection plan shown as starting a different day to the initial child protection conference. (ERROR)',
  // The conference is a Section47 block's; the episode's own DateOfInitialCPC counts only when the
  // episode has no Section 47 enquiry that held (or was to hold) a conference.
  check: (context) => {
    const enquiries = context.byEpisode('Section47');
    const episodes = cinEpisodeById(context);
    return cinRowsWhere(context, 'ChildProtectionPlans', (plan) => {
      const start = context.day(plan.CPPstartDate);
      if (!isInCensusYear(context, start)) return false;
      const held = (enquiries.get(plan.CINdetailsID) ?? []).filter((s47) => !cinBooleanIsTrue(s47.ICPCnotRequired));
      const conferences = held.length
        ? held.map((s47) => s47.DateOfInitialCPC)
        : [episodes.get(plan.CINdetailsID)?.DateOfInitialCPC ?? ''];
      return !conferences.some((conference) => context.day(conference) === start);
    });
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-04-07' },
      ],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-10' },
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-09-01' },
      ],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-09-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-04-07' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-03-20' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2', DateOfInitialCPC: '2025-04-07' },
      ],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-10' },
        { LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-09-01' },
      ],
      ChildProtectionPlans: [
        { LAchildID: 'A1', CINdetailsID: '1', CPPstartDate: '2025-09-02' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-04-08' },
        { LAchildID: 'A2', CINdetailsID: '2', CPPstartDate: '2025-03-20' },
      ],
    },
    flags: [
      ['ChildProtectionPlans', 1],
      ['ChildProtectionPlans', 2],
    ],
  },
});
