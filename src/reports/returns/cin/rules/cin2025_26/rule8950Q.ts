// CIN census 2025-26 rule 8950Q: the withdrawn assessment factor '19A' is not used ('19B' or '19C' instead).
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8950Q = defineCinRule({
  code: '8950Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead) (QUERY)",
  check: (context) => cinRowsWhere(context, 'AssessmentFactors', (factor) => factor.AssessmentFactors === '19A'),
  examples: {
    passing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '19B' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '19C' },
      ],
    },
    failing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '19A' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '19C' },
      ],
    },
    flags: [['AssessmentFactors', 1]],
  },
});
