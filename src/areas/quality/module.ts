import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { oversightChronology } from './oversight.ts';

export const qualityArea: AreaModule = {
  name: 'quality',
  migrations: path.join(import.meta.dirname, 'migrations'),
  chronology: oversightChronology,
};
