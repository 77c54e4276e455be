// CIN census 2025-26 rule 8869: factor 21 (no factors identified) is an assessment's only factor.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import { factorsByAssessment } from '../../ruleSupport.ts';

export const rule8869 = defineCinRule({
  code: '8869',
  message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors. (ERROR)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const factors of factorsByAssessment(context).values()) {
      if (!factors.some((factor) => factor.AssessmentFactors !== '21')) continue;
      for (const row of factors) if (row.AssessmentFactors === '21') flags.push({ table: 'AssessmentFactors', row });
    }
    return flags;
  },
  examples: {
    passing: {
      AssessmentFactors: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '21' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentFactors: '2B' },
      ],
    },
    failing: {
      AssessmentFactors: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '21' },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '2', AssessmentFactors: '2B' },
      ],
    },
    flags: [['AssessmentFactors', 1]],
  },
});
