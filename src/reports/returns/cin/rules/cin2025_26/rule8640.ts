// CIN census 2025-26 rule 8640: a reason for closure, when given, is a DfE code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { cinReasonForClosureCodes } from '../../validCodes.ts';

export const rule8640 = defineCinRule({
  code: '8640',
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set) (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'CINdetails',
      (episode) => episode.ReasonForClosure !== '' && !cinReasonForClosureCodes.has(episode.ReasonForClosure),
    ),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', ReasonForClosure: 'RC9' },
        { LAchildID: 'A2', ReasonForClosure: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', ReasonForClosure: 'RC10' },
        { LAchildID: 'A2', ReasonForClosure: '' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
