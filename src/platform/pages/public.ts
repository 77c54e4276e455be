import { sql } from 'kysely';
import { RouteTable } from '../web/routeSpec.ts';

/** Pages every visitor may reach: the service's status and its accessibility statement. */
export const publicRoutes = new RouteTable()
  .get('/health', { permission: 'public', audit: 'none' }, async (_req, res) => {
    try {
      await sql`select 1`.execute(res.locals.services.db);
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  })
  .get('/accessibility', { permission: 'public', audit: 'none' }, (_req, res) =>
    res.render('accessibility', { pageTitle: 'Accessibility statement' }),
  );
