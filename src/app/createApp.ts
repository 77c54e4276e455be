import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { csrfSync } from 'csrf-sync';
import { DatabaseSessionStore } from '../platform/access/sessionStore.ts';
import { findUserById } from '../platform/access/users.ts';
import { accountClosed } from '../platform/access/signIn.ts';
import { rolesAllow, type Permission } from '../platform/access/roles.ts';
import { configureNunjucks } from '../platform/web/nunjucks.ts';
import { buildRouter, draftForms } from '../platform/web/routeSpec.ts';
import { childRecordLinks, navigation, routeTables, viewFolders } from './modules.ts';
import { navigationFor } from '../platform/web/navigation.ts';
import { formKeyCookie, formKeyHours, formKeyOf, heldAfterTimeout } from '../platform/web/drafts.ts';
import { errorHandler, notFoundHandler, renderErrorPage, tooManyRequestsPage } from '../platform/web/errors.ts';
import { cleanInput, cleanQueryParser } from '../platform/web/input.ts';
import { harbourStylesheet } from '../platform/web/assets/styles.ts';
import { logUser, noStore, requestContext } from '../platform/web/requestContext.ts';
import type { Services } from '../platform/web/services.ts';
import { syntheticDataCheck } from './synth/banner.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const govukDist = path.resolve(here, '../../node_modules/govuk-frontend/dist/govuk');
const webAssets = path.resolve(here, '../platform/web/assets');

/** Every route's long forms: a post after a timeout is held as a draft, and drafts are named by them. */
const longForms = draftForms(routeTables);

export function createApp(services: Services): express.Express {
  const { config } = services;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  configureNunjucks(app, viewFolders);

  app.use(requestContext(services));
  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString('base64');
    res.locals.actor = { userId: null, username: null };
    res.locals.councilName = config.councilName;
    res.locals.idleMinutes = config.idleMinutes;
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.trustProxy ? [] : null,
        },
      },
      strictTransportSecurity: config.trustProxy,
      // As the CSP's frame-ancestors 'none', for browsers that read only this header.
      xFrameOptions: { action: 'deny' },
    }),
  );

  // Assets need no session: served before it, cached by the browser.
  app.get('/assets/harbour.css', async (_req, res) => {
    res
      .type('text/css')
      .set('Cache-Control', 'public, max-age=3600')
      .send(await harbourStylesheet());
  });
  app.use('/assets', express.static(webAssets, { index: false, maxAge: '1h' }));
  app.use('/assets', express.static(path.join(govukDist, 'assets'), { index: false, maxAge: '1h' }));
  app.get('/assets/govuk-frontend.min.js', (_req, res) => res.sendFile(path.join(govukDist, 'govuk-frontend.min.js')));
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/assets/images/harbour-favicon.svg'));
  app.use(noStore);

  app.use(express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 500 }));
  // Characters that cannot be stored (NUL, control characters, lone surrogates) out of every field
  // and query value before anything reads them; the form helpers then point at the fields (input.ts).
  app.set('query parser', cleanQueryParser);
  app.use(cleanInput);

  const sessionStore = new DatabaseSessionStore(services.db, config.idleMinutes);
  app.use(
    session({
      name: 'harbour.sid',
      secret: services.sessionSecret,
      store: sessionStore,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.trustProxy ? 'auto' : false,
        maxAge: config.idleMinutes * 60_000,
      },
    }),
  );

  // Who is signed in: read afresh each request, so a disabled account or a role change takes effect at once.
  app.use(async (req, res, next) => {
    if (req.session.userId !== undefined) {
      const user = await findUserById(services.db, req.session.userId);
      if (user && !accountClosed(user, services.clock.today().toString())) {
        res.locals.user = user;
        res.locals.actor = { userId: user.id, username: user.username, ip: req.ip ?? null };
        logUser(res, user.id);
      } else {
        delete req.session.userId;
      }
    } else {
      res.locals.actor = { userId: null, username: null, ip: req.ip ?? null };
    }
    res.locals.navigation = navigationFor(navigation, res.locals.user?.roles, req.path);
    res.locals.childRecordLinks = childRecordLinks;
    res.locals.draftForms = longForms;
    // Pages ask `can("child:record")` to show only the actions a person may take.
    res.locals.can = (permission: Permission) =>
      Boolean(res.locals.user && rolesAllow(res.locals.user.roles, permission));
    res.locals.today = services.clock.today().toString();
    if (req.session.flash) {
      res.locals.flash = req.session.flash;
      delete req.session.flash;
    }
    next();
  });

  // The layout's "synthetic data" banner while any generated child is held (checked at most once a minute).
  const syntheticData = syntheticDataCheck(services.db);
  app.use(async (_req, res, next) => {
    res.locals.syntheticData = await syntheticData();
    next();
  });

  const { csrfSynchronisedProtection, generateToken, invalidCsrfTokenError } = csrfSync({
    getTokenFromRequest: (req) => (req.body as Record<string, unknown> | undefined)?._csrf as string | undefined,
  });
  // The CSRF token is checked before anything else happens to a post; a refused post is kept as a
  // draft only when it came from the person's own session that timed out (drafts.ts).
  app.use((req, res, next) =>
    csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (error && heldAfterTimeout(req, res, longForms, services.sessionSecret)) return;
      next(error);
    }),
  );
  // Every page may hold a form, including one shown again after a failed post. The token is made
  // when a page first shows it, so a request that shows no form (a health check) stores no session.
  app.use((req, res, next) => {
    let token: string | undefined;
    Object.defineProperty(res.locals, 'csrfToken', {
      enumerable: true,
      get: () => {
        if (token === undefined) {
          token = generateToken(req);
          res.cookie(formKeyCookie, formKeyOf(services.sessionSecret, token), {
            httpOnly: true,
            sameSite: 'strict',
            secure: req.secure,
            maxAge: formKeyHours * 3_600_000,
          });
        }
        return token;
      },
    });
    next();
  });

  app.post(
    '/sign-in',
    rateLimit({
      windowMs: 15 * 60_000,
      limit: config.signInRateLimit,
      // Failed sign-ins count towards the limit for an address; an office's colleagues signing in do not.
      skipSuccessfulRequests: true,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => renderErrorPage(res, tooManyRequestsPage),
    }),
  );

  app.use(buildRouter(routeTables));
  app.use(notFoundHandler);
  app.use(errorHandler((error) => error === invalidCsrfTokenError));

  setInterval(() => void sessionStore.pruneExpired().catch(() => undefined), 15 * 60_000).unref();
  return app;
}
