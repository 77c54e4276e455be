// The court area's public face: the orders the court made, read by the areas that act on them.
// A query only: court imports neither care nor permanence, which read it.
export { finalOrdersOf, type FinalOrderMade } from './finalOrders.ts';
