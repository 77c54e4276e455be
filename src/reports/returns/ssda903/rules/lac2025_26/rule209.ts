// SSDA903 2025-26 rule 209: a child of school age (4 or over on 31 August before the year began) does not have UPN UN1 (not yet school age).
import { ageInYears, dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule209 = defineRule903({
  code: '209',
  message: 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
  tables: ['Header'],
  check: (context) => {
    const schoolYearCutOff = dayFromParts(context.year.firstYear - 1, 8, 31) as number;
    return rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.DOB);
      return child.UPN === 'UN1' && born !== null && ageInYears(born, schoolYearCutOff) >= 4;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', DOB: '01/09/2020', UPN: 'UN1' },
        { CHILD: '2', DOB: '31/08/2020', UPN: 'A123456789012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/09/2020', UPN: 'UN1' },
        { CHILD: '2', DOB: '31/08/2020', UPN: 'UN1' },
      ],
    },
    flags: [['Header', 2]],
  },
});
