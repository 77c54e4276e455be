// A child's case notes: the list, writing one (a draft until it is checked and completed), adding to
// a completed one, and a manager marking one recorded in error. Each page is a view of the child's
// record; a draft written for several children is a view of each child's copy it shows.
import type { Request, Response } from 'express';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import { listPage, pageAskedFor } from '../../platform/web/pagination.ts';
import {
  formBody,
  hasErrors,
  idParam,
  noErrors,
  readVersion,
  refusalErrors,
  renderChildPage,
  saveOrShowAgain,
  type Child,
} from '../../platform/web/childPages.ts';
import type { FormErrors } from '../../platform/web/forms.ts';
import {
  addToCaseNote,
  caseNotesOf,
  changeDraftCaseNote,
  completeCaseNote,
  draftCaseNote,
  markRecordedInError,
} from './store.ts';
import {
  appendmentText,
  auditOtherCopies,
  draftProblem,
  reasonText,
  refused,
  renderAdd,
  renderCheck,
  renderInError,
  checked,
  copiesOf,
  formChoices,
  noteListRows,
  noteOf,
  notePath,
  notesPath,
  readNote,
  renderNoteForm,
  renderNotePage,
  storedValues,
} from './presenters.ts';
import type { CaseNote } from './schema.ts';
import { notStandingProblem } from './model.ts';

const pageSize = 20;
const notePage = '/children/:childId/case-notes/:noteId';
/** The note in the path, read again (after someone else's change) or for the first time. */
const noteInPath = (req: Request, res: Response, child: Child) => noteOf(res, child, idParam(req, 'noteId'));

export const caseNoteRoutes = new RouteTable()
  .get('/children/:childId/case-notes', childRecordPage('child:view', 'case_notes'), async (req, res, { child }) => {
    const page = pageAskedFor(req, pageSize);
    const { rows, total } = await caseNotesOf(res.locals.services.db, child.id, {
      limit: page.size,
      offset: page.offset,
    });
    const { showing, pagination } = listPage(notesPath(child.id), {}, page, total);
    renderChildPage(res, 'casenotes/notes', child, {
      pageTitle: 'Case notes',
      columns: 'full',
      notes: await noteListRows(res, child, rows),
      showing,
      pagination,
    });
  })
  .get(
    '/children/:childId/case-notes/new',
    childRecordPage('case-note:record', 'case_notes'),
    async (req, res, { child }) => {
      const draft = await draftFor(req, res, child.id);
      await renderNoteForm(res, child, draft.values ?? {}, { draft });
    },
  )
  .post(
    '/children/:childId/case-notes/new',
    { permission: 'case-note:record', child: true, draft: 'Case note' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const details = readNote(
        values,
        child,
        await formChoices(res, child),
        res.locals.services.clock.now(),
        errors,
        res.locals.user!,
      );
      if (!details) return renderNoteForm(res, child, values, { errors }, 400);
      let note: CaseNote;
      try {
        note = await draftCaseNote(res.locals.services.db, res.locals.actor, details);
      } catch (error) {
        const refused = refusalErrors(error, ['happenedAt']);
        if (refused) return renderNoteForm(res, child, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      res.redirect(`${notePath(note)}/complete`);
    },
  )
  .get(notePage, childRecordPage('child:view', 'case_notes', 'noteId'), async (req, res, { child }) =>
    renderNotePage(res, 'casenotes/note', child, await noteInPath(req, res, child), { pageTitle: 'Case note' }),
  )
  .get(`${notePage}/edit`, childRecordPage('case-note:record', 'case_notes', 'noteId'), async (req, res, { child }) => {
    const note = await noteInPath(req, res, child);
    if (note.completed_at) return res.redirect(notePath(note));
    const copies = await copiesOf(res, child, note);
    if (await refused(res, child, note, draftProblem(note, copies))) return;
    await auditOtherCopies(req, res, note, copies);
    const draft = await draftFor(req, res, child.id);
    await renderNoteForm(res, child, draft.values ?? (await storedValues(res, note, copies)), { draft, note, copies });
  })
  .post(
    `${notePage}/edit`,
    { permission: 'case-note:record', child: true, draft: 'Case note' },
    async (req, res, { child }) => {
      const note = await noteInPath(req, res, child);
      const copies = await copiesOf(res, child, note);
      // A completed note is never edited, whatever is posted.
      if (await refused(res, child, note, draftProblem(note, copies))) return;
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const version = readVersion(values, errors);
      const choices = await formChoices(res, child, copies);
      const details = readNote(values, child, choices, res.locals.services.clock.now(), errors, res.locals.user!);
      const show = (shown: CaseNote, posted: Record<string, unknown>, found: FormErrors, status: number) =>
        renderNoteForm(res, child, posted, { errors: found, note: shown, copies }, status);
      if (!details || version === undefined) return show(note, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          changeDraftCaseNote(
            res.locals.services.db,
            res.locals.actor,
            { childId: child.id, id: note.id, version },
            details,
          ),
        { record: note, values, dateFields: ['happenedAt'], reload: () => noteInPath(req, res, child), render: show },
      );
      if (!saved) return;
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      res.redirect(`${notePath(note)}/complete`);
    },
  )
  .get(
    `${notePage}/complete`,
    childRecordPage('case-note:record', 'case_notes', 'noteId'),
    async (req, res, { child }) => {
      const note = await noteInPath(req, res, child);
      if (note.completed_at) return res.redirect(notePath(note));
      const copies = await copiesOf(res, child, note);
      if (await refused(res, child, note, draftProblem(note, copies))) return;
      await auditOtherCopies(req, res, note, copies);
      await renderCheck(res, child, note);
    },
  )
  .post(`${notePage}/complete`, { permission: 'case-note:record', child: true }, async (req, res, { child }) => {
    const note = await noteInPath(req, res, child);
    if (await refused(res, child, note, draftProblem(note, await copiesOf(res, child, note)))) return;
    const errors = noErrors();
    const version = readVersion(formBody(req), errors);
    if (version === undefined) return renderCheck(res, child, note, errors, 400);
    const saved = await saveOrShowAgain(
      () =>
        completeCaseNote(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          id: note.id,
          version,
          completedAt: new Date(res.locals.services.clock.now().epochMilliseconds),
        }),
      {
        record: note,
        values: {},
        reload: () => noteInPath(req, res, child),
        render: (shown, _values, found, status) => renderCheck(res, child, shown, found, status),
      },
    );
    if (!saved) return;
    req.session.flash = 'The case note is completed';
    res.redirect(notePath(note));
  })
  .get(`${notePage}/add`, childRecordPage('case-note:record', 'case_notes', 'noteId'), async (req, res, { child }) => {
    const note = await noteInPath(req, res, child);
    if (notStandingProblem(note)) return res.redirect(notePath(note));
    const draft = await draftFor(req, res, child.id);
    await renderAdd(res, child, note, { values: draft.values ?? {}, draft });
  })
  .post(
    `${notePage}/add`,
    { permission: 'case-note:record', child: true, draft: 'Addition to a case note' },
    async (req, res, { child }) => {
      const note = await noteInPath(req, res, child);
      if (await refused(res, child, note, notStandingProblem(note))) return;
      const values = formBody(req);
      const errors = noErrors();
      const appendment = checked(appendmentText, values.appendment, 'appendment', errors);
      if (appendment === undefined || hasErrors(errors)) return renderAdd(res, child, note, { values, errors }, 400);
      try {
        await addToCaseNote(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          id: note.id,
          appendment,
          appendedAt: new Date(res.locals.services.clock.now().epochMilliseconds),
        });
      } catch (error) {
        const refused = refusalErrors(error);
        if (refused) return renderAdd(res, child, note, { values, errors: refused }, 409);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'Your addition to the case note is saved';
      res.redirect(notePath(note));
    },
  )
  .get(
    `${notePage}/recorded-in-error`,
    childRecordPage('case-note:mark-in-error', 'case_notes', 'noteId'),
    async (req, res, { child }) => {
      const note = await noteInPath(req, res, child);
      if (notStandingProblem(note)) return res.redirect(notePath(note));
      await renderInError(res, child, note, { version: String(note.version) });
    },
  )
  .post(
    `${notePage}/recorded-in-error`,
    { permission: 'case-note:mark-in-error', child: true },
    async (req, res, { child }) => {
      const note = await noteInPath(req, res, child);
      if (await refused(res, child, note, notStandingProblem(note))) return;
      const values = formBody(req);
      const errors = noErrors();
      const reason = checked(reasonText, values.reason, 'reason', errors);
      const version = readVersion(values, errors);
      if (reason === undefined || version === undefined || hasErrors(errors))
        return renderInError(res, child, note, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          markRecordedInError(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: note.id,
            version,
            reason,
          }),
        {
          record: note,
          values,
          reload: () => noteInPath(req, res, child),
          render: (shown, posted, found, status) => renderInError(res, child, shown, posted, found, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The case note is marked as recorded in error';
      res.redirect(notePath(note));
    },
  );
