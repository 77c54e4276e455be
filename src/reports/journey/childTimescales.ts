import type { ChildTimescales } from '../../platform/records/childTimescales.ts';
import { councilTimescaleSettings } from '../timescales/settings.ts';
import { storedDueItemsOf } from './storedDueItems.ts';

/**
 * A child's due items as the engine gives them, read from their stored items (kept with the record
 * in every write), so an area page showing its record's deadline loads no journey.
 */
export const childTimescales: ChildTimescales = {
  dueItemsOfChild: storedDueItemsOf,
  councilSettings: councilTimescaleSettings,
};
