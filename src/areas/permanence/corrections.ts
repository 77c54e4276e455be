// Correcting the dates of the adoption route (and the adopters matched), a special guardianship order and long-term fostering
// as recorded: the adoption scorecard and the 903 are counted from these dates, so a wrong one is
// changed with the reason and the previous value kept, never overwritten.
import type { RouteTable } from '../../platform/web/routeSpec.ts';
import { addCorrection, rowOfChild } from '../../platform/web/correction.ts';
import type { Child } from '../../platform/web/childPages.ts';
import { adopterLegalStatusCodes, adopterSexCodes } from './codes.ts';
import { items as codeItems } from './forms.ts';

const permanencePage = (child: Child) => `/children/${child.id}/permanence`;

export function addPermanenceCorrections(table: RouteTable): void {
  addCorrection(table, {
    path: '/children/:childId/permanence/adoption/:planId/correct',
    table: 'adoption_plans',
    recordId: 'planId',
    title: 'Correct the adoption route as recorded',
    load: (res, child, id) => rowOfChild(res, 'adoption_plans', id, child.id),
    fields: [
      {
        kind: 'date',
        column: 'should_be_placed_date',
        legend: 'Date of the decision that the child should be placed for adoption',
        required: true,
      },
      { kind: 'date', column: 'placement_order_date', legend: 'Date of the placement order' },
      { kind: 'date', column: 'matched_date', legend: 'Date matched with adopters' },
      { kind: 'date', column: 'placed_date', legend: 'Date placed for adoption' },
      { kind: 'date', column: 'adoption_order_date', legend: 'Date of the adoption order' },
      {
        kind: 'radios',
        column: 'adopters_sex',
        legend: 'The adopters matched with the child (903 SEX_ADOPTR)',
        items: codeItems(adopterSexCodes),
        missing: 'Select the adopters from the list',
        optional: true,
      },
      {
        kind: 'radios',
        column: 'adopters_legal_status',
        legend: 'The adopters’ legal status (903 LS_ADOPTR)',
        items: codeItems(adopterLegalStatusCodes),
        missing: 'Select the adopters’ legal status from the list',
        optional: true,
      },
    ],
    back: permanencePage,
  });
  addCorrection(table, {
    path: '/children/:childId/permanence/special-guardianship-orders/:orderId/correct',
    table: 'special_guardianship_orders',
    recordId: 'orderId',
    title: 'Correct the special guardianship order as recorded',
    load: (res, child, id) => rowOfChild(res, 'special_guardianship_orders', id, child.id),
    fields: [{ kind: 'date', column: 'order_date', legend: 'Date the order was made', required: true }],
    back: permanencePage,
  });
  addCorrection(table, {
    path: '/children/:childId/permanence/long-term-fostering/:confirmationId/correct',
    table: 'long_term_fostering_confirmations',
    recordId: 'confirmationId',
    title: 'Correct long-term fostering as recorded',
    load: (res, child, id) => rowOfChild(res, 'long_term_fostering_confirmations', id, child.id),
    fields: [
      { kind: 'date', column: 'panel_date', legend: 'Date of the fostering panel', required: true },
      { kind: 'date', column: 'confirmed_date', legend: 'Date long-term fostering was confirmed', required: true },
    ],
    back: permanencePage,
  });
}
