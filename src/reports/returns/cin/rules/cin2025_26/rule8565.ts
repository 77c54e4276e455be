// CIN census 2025-26 rule 8565: nothing on a closed episode is dated after its closure.
import type { CinFlag } from '../../rule.ts';
import { defineCinRule } from '../../rule.ts';
import type { CinTableName } from '../../tables.ts';

/** The activity dates the DfE names, by the block that holds them; each must be on or before closure. */
const activityDates = {
  CINdetails: ['DateOfInitialCPC'],
  Assessments: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  Section47: ['S47ActualStartDate', 'DateOfInitialCPC'],
  ChildProtectionPlans: ['CPPendDate'],
  CINplanDates: ['CINPlanStartDate', 'CINPlanEndDate'],
} as const satisfies { [T in CinTableName]?: readonly string[] };

export const rule8565 = defineCinRule({
  code: '8565',
  message: 'Activity shown after a case has been closed (ERROR)',
  // Each block dated after its episode's closure is flagged, so the council sees the activity.
  check: (context) => {
    const flags: CinFlag[] = [];
    const closures = new Map<string, number>();
    for (const episode of context.tables.CINdetails) {
      const closure = context.day(episode.CINclosureDate);
      if (closure !== null) closures.set(episode.CINdetailsID, closure);
    }
    for (const [table, columns] of Object.entries(activityDates) as [keyof typeof activityDates, readonly string[]][])
      for (const row of context.tables[table]) {
        const closure = closures.get(row.CINdetailsID);
        if (closure === undefined) continue;
        const values = row as unknown as Readonly<Record<string, string>>;
        if (columns.some((column) => (context.day(values[column] ?? '') ?? -Infinity) > closure))
          flags.push({ table, row });
      }
    return flags;
  },
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-09-30', DateOfInitialCPC: '2025-06-20' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentActualStartDate: '2025-06-02' },
        { LAchildID: 'A2', CINdetailsID: '2', AssessmentAuthorisationDate: '2025-10-15' },
      ],
      Section47: [{ LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-06-05' }],
      ChildProtectionPlans: [{ LAchildID: 'A1', CINdetailsID: '1', CPPendDate: '2025-09-30' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanStartDate: '2025-09-30' }],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', CINclosureDate: '2025-09-30', DateOfInitialCPC: '2025-10-01' },
        { LAchildID: 'A2', CINdetailsID: '2', CINclosureDate: '' },
      ],
      Assessments: [
        { LAchildID: 'A1', CINdetailsID: '1', AssessmentActualStartDate: '2025-10-01' },
        { LAchildID: 'A2', CINdetailsID: '2', AssessmentAuthorisationDate: '2025-10-15' },
      ],
      Section47: [{ LAchildID: 'A1', CINdetailsID: '1', S47ActualStartDate: '2025-10-01' }],
      ChildProtectionPlans: [{ LAchildID: 'A1', CINdetailsID: '1', CPPendDate: '2025-10-01' }],
      CINplanDates: [{ LAchildID: 'A1', CINdetailsID: '1', CINPlanEndDate: '2025-10-01' }],
    },
    flags: [
      ['CINdetails', 1],
      ['Assessments', 1],
      ['Section47', 1],
      ['ChildProtectionPlans', 1],
      ['CINplanDates', 1],
    ],
  },
});
