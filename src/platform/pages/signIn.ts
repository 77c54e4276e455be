import { z } from 'zod';
import { RouteTable } from '../web/routeSpec.ts';
import { parseForm, singleError } from '../web/forms.ts';
import { attemptSignIn } from '../access/signIn.ts';
import { recordAudit } from '../access/audit.ts';
import { forgetSignedIn, markSignedIn, wasSignedIn } from '../web/cookies.ts';

const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(100, 'Username must be 100 characters or fewer'),
  password: z.string().min(1, 'Enter your password').max(200, 'Password must be 200 characters or fewer'),
});

// Only same-site paths, so a crafted link cannot send someone elsewhere after signing in.
const safeReturnTo = (value: string | undefined) =>
  value && value.startsWith('/') && !value.startsWith('//') ? value : '/';

export const signInRoutes = new RouteTable()
  .get('/sign-in', { permission: 'public', audit: 'none' }, (req, res) => {
    if (res.locals.user) return res.redirect('/');
    // "You were signed out" is for someone whose session ended; a first visit gets a plain welcome,
    // and someone sent here from a page they asked for is told plainly that it needs them signed in.
    const returning = Boolean(req.session.returnTo) && wasSignedIn(req);
    res.render('sign-in', {
      pageTitle: 'Sign in',
      values: {},
      returning,
      sentFromPage: !returning && safeReturnTo(req.session.returnTo) !== '/',
    });
  })
  .post('/sign-in', { permission: 'public' }, async (req, res) => {
    const { services } = res.locals;
    const form = parseForm(signInSchema, req.body);
    if (!form.ok)
      return res
        .status(400)
        .render('sign-in', { pageTitle: 'Sign in', errors: form.errors, values: { username: req.body?.username } });
    const result = await attemptSignIn(
      services.db,
      { ...form.value, ip: req.ip ?? null },
      services.config.lockout,
      services.clock.today().toString(),
    );
    if (!result.ok) {
      return res.status(401).render('sign-in', {
        pageTitle: 'Sign in',
        errors: singleError('username', 'The username or password is not right'),
        values: { username: form.value.username },
      });
    }
    const returnTo = safeReturnTo(req.session.returnTo);
    const pendingDraft = req.session.pendingDraft;
    // A new session id at sign-in, so a session fixed before sign-in is worthless after it.
    req.session.regenerate((error) => {
      if (error)
        return res.status(500).render('errors/error', { pageTitle: 'Sorry, there is a problem with the service' });
      req.session.userId = result.user.id;
      markSignedIn(req, res);
      // A form posted after a timeout carries over to the signed-in session, to be restored.
      if (pendingDraft) req.session.pendingDraft = pendingDraft;
      req.session.save(() => res.redirect(returnTo));
    });
  })
  .get('/sign-out', { permission: 'home:view', audit: 'none' }, (_req, res) =>
    res.render('sign-out', { pageTitle: 'Sign out' }),
  )
  .post('/sign-out', { permission: 'home:view' }, async (req, res) => {
    await recordAudit(res.locals.services.db, res.locals.actor, { event: 'sign-out' });
    req.session.destroy(() => {
      res.clearCookie('harbour.sid');
      forgetSignedIn(res);
      res.redirect('/signed-out');
    });
  })
  .get('/signed-out', { permission: 'public', audit: 'none' }, (_req, res) =>
    res.render('signed-out', { pageTitle: 'You have signed out' }),
  );
