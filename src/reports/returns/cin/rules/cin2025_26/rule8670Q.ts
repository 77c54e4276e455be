// CIN census 2025-26 rule 8670Q: an assessment still open at the reference date started within its last 45 working days.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { dayWorkingDaysBefore } from '../../ruleSupport.ts';

/** An assessment should be completed within 45 working days of its start (Working Together). */
const assessmentWorkingDays = 45;

export const rule8670Q = defineCinRule({
  code: '8670Q',
  message:
    'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date. (QUERY)',
  check: (context) => {
    const earliest = dayWorkingDaysBefore(context.year.end, assessmentWorkingDays);
    return cinRowsWhere(context, 'Assessments', (assessment) => {
      const start = context.day(assessment.AssessmentActualStartDate);
      return assessment.AssessmentAuthorisationDate === '' && start !== null && start < earliest;
    });
  },
  examples: {
    // 31 March 2024 is a Sunday and Good Friday (29 March) is not a working day: 45 working days
    // before the reference date is Friday 26 January 2024.
    year: '2023-24',
    passing: {
      Assessments: [
        { LAchildID: 'A1', AssessmentActualStartDate: '2024-01-26' },
        { LAchildID: 'A2', AssessmentActualStartDate: '2023-11-01', AssessmentAuthorisationDate: '2023-12-01' },
      ],
    },
    failing: {
      Assessments: [
        { LAchildID: 'A1', AssessmentActualStartDate: '2024-01-25' },
        { LAchildID: 'A2', AssessmentActualStartDate: '2023-11-01', AssessmentAuthorisationDate: '2023-12-01' },
      ],
    },
    flags: [['Assessments', 1]],
  },
});
