// CIN census 2025-26 rule 8898: an assessment does not give the same factor code twice.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8898 = defineCinRule({
  code: '8898',
  message: ' The assessment has more than one parental or child factors with the same code (ERROR)',
  // Every factor whose code the assessment repeats is flagged, so the council sees each line.
  check: (context) => {
    const flags: CinFlag[] = [];
    const byAssessment = new Map<string, Map<string, number>>();
    for (const factor of context.tables.AssessmentFactors) {
      if (factor.AssessmentFactors === '') continue;
      let counts = byAssessment.get(factor.AssessmentID);
      if (!counts) byAssessment.set(factor.AssessmentID, (counts = new Map<string, number>()));
      counts.set(factor.AssessmentFactors, (counts.get(factor.AssessmentFactors) ?? 0) + 1);
    }
    for (const factor of context.tables.AssessmentFactors)
      if ((byAssessment.get(factor.AssessmentID)?.get(factor.AssessmentFactors) ?? 0) > 1)
        flags.push({ table: 'AssessmentFactors', row: factor });
    return flags;
  },
  examples: {
    passing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '2A' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '3B' },
        { LAchildID: 'A1', AssessmentID: '2', AssessmentFactors: '2A' },
      ],
    },
    failing: {
      AssessmentFactors: [
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '2A' },
        { LAchildID: 'A1', AssessmentID: '1', AssessmentFactors: '2A' },
        { LAchildID: 'A1', AssessmentID: '2', AssessmentFactors: '2A' },
      ],
    },
    flags: [
      ['AssessmentFactors', 1],
      ['AssessmentFactors', 2],
    ],
  },
});
