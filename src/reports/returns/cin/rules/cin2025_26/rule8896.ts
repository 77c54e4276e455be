// CIN census 2025-26 rule 8896: an episode has at most one assessment not yet authorised.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8896 = defineCinRule({
  code: '8896',
  message: 'Within one CINDetails group there are 2 or more open Assessments groups (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const assessments of context.byEpisode('Assessments').values()) {
      const open = assessments.filter((assessment) => assessment.AssessmentAuthorisationDate === '');
      if (open.length > 1) for (const assessment of open) flags.push({ table: 'Assessments', row: assessment });
    }
    return flags;
  },
  examples: {
    passing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentAuthorisationDate: '2025-06-20' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
        { LAchildID: 'A1', CINdetailsID: '2', AssessmentAuthorisationDate: '' },
      ],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentAuthorisationDate: '' },
        { LAchildID: 'A1', CINdetailsID: '2', AssessmentAuthorisationDate: '' },
      ],
    },
    flags: [
      ['Assessments', 1],
      ['Assessments', 2],
    ],
  },
});
