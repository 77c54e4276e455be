import type { ChildTimescales } from '../../platform/records/childTimescales.ts';
import { councilTimescaleSettings } from '../timescales/settings.ts';
import { loadChildJourney } from './loadJourney.ts';
import { dueItems } from '../timescales/index.ts';

/** The engine over one child's whole journey, with the council's local standards: what area pages show. */
export const childTimescales: ChildTimescales = {
  async dueItemsOfChild(db, childId, today) {
    const [journey, settings] = await Promise.all([loadChildJourney(db, childId), councilTimescaleSettings(db)]);
    return journey ? dueItems(journey, today, settings) : [];
  },
  councilSettings: councilTimescaleSettings,
};
