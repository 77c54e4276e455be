// CIN census 2025-26 rule 1104: an initial child protection conference is not before the episode's referral.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { cinEpisodeById } from '../../ruleSupport.ts';

export const rule1104 = defineCinRule({
  code: '1104',
  message: 'The date of the initial child protection conference cannot be before the referral date (ERROR)',
  // The DfE names DateOfInitialCPC wherever it is held: in a Section47 block or on the episode itself.
  check: (context) => {
    const flags: CinFlag[] = [];
    const episodes = cinEpisodeById(context);
    const before = (conference: string, episode: { CINreferralDate: string } | undefined) => {
      const day = context.day(conference);
      const referral = episode ? context.day(episode.CINreferralDate) : null;
      return day !== null && referral !== null && day < referral;
    };
    for (const episode of context.tables.CINdetails)
      if (before(episode.DateOfInitialCPC, episode)) flags.push({ table: 'CINdetails', row: episode });
    for (const enquiry of context.tables.Section47)
      if (before(enquiry.DateOfInitialCPC, episodes.get(enquiry.CINdetailsID)))
        flags.push({ table: 'Section47', row: enquiry });
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-06-02', DateOfInitialCPC: '2025-06-02' },
      ],
      Section47: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-06-02' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINreferralDate: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', CINreferralDate: '2025-06-02', DateOfInitialCPC: '2025-06-01' },
      ],
      Section47: [{ LAchildID: 'A1', CINdetailsID: '1', DateOfInitialCPC: '2025-05-30' }],
    },
    flags: [
      ['CINdetails', 2],
      ['Section47', 1],
    ],
  },
});
