// CIN census 2025-26 rule 8867: each assessment of a closed episode is completed (authorised).
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule8867 = defineCinRule({
  code: '8867',
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed (ERROR)',
  check: (context) => {
    const episodes = context.byEpisode('CINdetails');
    return cinRowsWhere(
      context,
      'Assessments',
      (assessment) =>
        (episodes.get(assessment.CINdetailsID)?.[0]?.CINclosureDate ?? '') !== '' &&
        assessment.AssessmentAuthorisationDate === '',
    );
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentAuthorisationDate: '2025-06-30' },
        { LAchildID: 'A2', CINdetailsID: '2', AssessmentID: '4', AssessmentActualStartDate: '2025-06-02' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-07-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '2025-07-01' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3', AssessmentAuthorisationDate: '2025-06-30' },
        { LAchildID: 'A2', CINdetailsID: '2', AssessmentID: '4', AssessmentActualStartDate: '2025-06-02' },
      ],
    },
    flags: [['Assessments', 2]],
  },
});
