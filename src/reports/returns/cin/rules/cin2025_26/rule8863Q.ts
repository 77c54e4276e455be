// CIN census 2025-26 rule 8863Q: an assessment does not start while another of its episode is ongoing.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';

export const rule8863Q = defineCinRule({
  code: '8863Q',
  message: 'An Assessment is shown as starting when there is another Assessment ongoing. (QUERY)',
  check: (context) => {
    const flags: CinFlag[] = [];
    for (const assessments of context.byEpisode('Assessments').values()) {
      if (assessments.length < 2) continue;
      // An assessment not yet authorised is ongoing to the census's reference date.
      const spans = assessments.map((row) => ({
        row,
        start: context.day(row.AssessmentActualStartDate),
        end: context.day(row.AssessmentAuthorisationDate) ?? context.year.end,
      }));
      for (const { row, start } of spans) {
        if (start === null) continue;
        const during = spans.some(
          (other) => other.row !== row && other.start !== null && other.start <= start && start <= other.end,
        );
        if (during) flags.push({ table: 'Assessments', row });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Assessments: [
        {
          LAchildID: 'A1',
          CINdetailsID: '1',
          AssessmentID: '2',
          AssessmentActualStartDate: '2025-05-01',
          AssessmentAuthorisationDate: '2025-06-10',
        },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentActualStartDate: '2025-06-11' },
        {
          LAchildID: 'A2',
          CINdetailsID: '4',
          AssessmentID: '5',
          AssessmentActualStartDate: '2025-09-01',
          AssessmentAuthorisationDate: '2025-09-19',
        },
        { LAchildID: 'A2', CINdetailsID: '4', AssessmentID: '6', AssessmentActualStartDate: '2025-09-22' },
      ],
    },
    failing: {
      Assessments: [
        {
          LAchildID: 'A1',
          CINdetailsID: '1',
          AssessmentID: '2',
          AssessmentActualStartDate: '2025-05-01',
          AssessmentAuthorisationDate: '2025-06-10',
        },
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentActualStartDate: '2025-06-10' },
        {
          LAchildID: 'A2',
          CINdetailsID: '4',
          AssessmentID: '5',
          AssessmentActualStartDate: '2025-09-01',
          AssessmentAuthorisationDate: '2025-09-19',
        },
        { LAchildID: 'A2', CINdetailsID: '4', AssessmentID: '6', AssessmentActualStartDate: '2025-09-01' },
      ],
    },
    flags: [
      ['Assessments', 2],
      ['Assessments', 3],
      ['Assessments', 4],
    ],
  },
});
