// CIN census 2025-26 rule 2991Q: an episode with a Section 47 enquiry also has an assessment.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

export const rule2991Q = defineCinRule({
  code: '2991Q',
  message:
    'Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode (QUERY)',
  check: (context) => {
    const enquiries = context.byEpisode('Section47');
    const assessments = context.byEpisode('Assessments');
    return cinRowsWhere(
      context,
      'CINdetails',
      (episode) => enquiries.has(episode.CINdetailsID) && !assessments.has(episode.CINdetailsID),
    );
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3' }],
      Section47: [{ LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1' },
        { LAchildID: 'A2', CINdetailsID: '2' },
      ],
      Assessments: [{ LAchildID: 'A1', CINdetailsID: '1', AssessmentID: '3' }],
      Section47: [
        { LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', S47ActualStartDate: '2025-06-02' },
      ],
    },
    flags: [['CINdetails', 2]],
  },
});
