// CIN census 2025-26 rule 8945Q: the withdrawn assessment factor '18A' is not used ('18B' or '18C' instead).
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8945Q = defineCinRule({
  code: '8945Q',
  message:
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead) (QUERY)",
  check: (context) => cinRowsWhere(context, 'AssessmentFactors', (factor) => factor.AssessmentFactors === '18A'),
  examples: {
    passing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '18B' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '18C' },
      ],
    },
    failing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '18A' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '18C' },
      ],
    },
    flags: [['AssessmentFactors', 1]],
  },
});
