// CIN census 2025-26 rule 2887Q: a council's return uses more than 7 different disability codes (NONE aside).
import { defineCinRule } from '../../rule.ts';

export const rule2887Q = defineCinRule({
  code: '2887Q',
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return (QUERY)',
  check: (context) => {
    const used = new Set(context.tables.Disabilities.map((row) => row.Disability));
    used.delete('NONE');
    used.delete('');
    return used.size > 7 ? [] : [{ table: 'Header', child: null }];
  },
  examples: {
    passing: {
      Disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'NONE'].map((Disability) => ({
        LAchildID: 'A1',
        Disability,
      })),
    },
    failing: {
      Disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'NONE', 'NONE'].map((Disability) => ({
        LAchildID: 'A1',
        Disability,
      })),
    },
    flags: [['Header', 'null']],
  },
});
