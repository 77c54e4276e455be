// The child's family network: linking another child, and adding a parent or carer.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, singleError } from '../../platform/web/forms.ts';
import { addAdultToNetwork, familyNetwork, linkChildren } from './store.ts';
import { mayOpenChild } from '../../platform/access/recordScope.ts';
import {
  addError,
  formBody,
  hasErrors,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
} from '../../platform/web/childPages.ts';
import {
  childLinkSchema,
  adultNameSchema,
  adultRelationSchema,
  searchText,
  renderLinkChild,
  renderAddAdult,
} from './presenters.ts';

export const familyNetworkRoutes = new RouteTable()
  .get(
    '/children/:id/family/children',
    childRecordPage('child:record', 'relationships'),
    async (req, res, { child }) => {
      const query = req.query as Record<string, unknown>;
      const blank = 'q' in query && !searchText(query).trim();
      if (blank)
        return renderLinkChild(res, child, query, singleError('q', 'Enter a name, Harbour ID, UPN or NHS number'), 400);
      await renderLinkChild(res, child, query);
    },
  )
  .post('/children/:id/family/children', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const { db } = res.locals.services;
    const values = formBody(req);
    const form = parseForm(childLinkSchema, values);
    if (!form.ok) return renderLinkChild(res, child, values, form.errors, 400);
    const { relatedChildId, relationship } = form.value;
    const related = await db.selectFrom('children').selectAll().where('id', '=', relatedChildId).executeTakeFirst();
    const errors = noErrors();
    // Only a child the search could show may be linked: a restricted record needs access first.
    if (!related || !(await mayOpenChild(db, res.locals.user!, related)))
      addError(errors, 'relatedChildId', 'Select the child to link from the search results');
    else if (
      (await familyNetwork(db, child.id)).some((member) => member.kind === 'child' && member.id === related.id)
    ) {
      addError(
        errors,
        'relatedChildId',
        `${related.forename} ${related.surname} is already in ${child.forename} ${child.surname}'s family network`,
      );
    }
    if (!related || hasErrors(errors)) return renderLinkChild(res, child, values, errors, 400);
    try {
      await linkChildren(db, res.locals.actor, { childId: child.id, relatedChildId: related.id, relationship });
    } catch (error) {
      const refused = refusalErrors(error);
      if (refused) return renderLinkChild(res, child, values, refused, 400);
      throw error;
    }
    req.session.flash = `${related.forename} ${related.surname} is now in ${child.forename} ${child.surname}'s family network`;
    res.redirect(`/children/${child.id}`);
  })
  .get('/children/:id/family/adults', childRecordPage('child:record', 'relationships'), (_req, res, { child }) => {
    renderAddAdult(res, child, {});
  })
  .post('/children/:id/family/adults', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const { db, clock } = res.locals.services;
    const values = formBody(req);
    const errors = noErrors();
    const names = parseForm(adultNameSchema, values);
    mergeErrors(errors, names.ok ? undefined : names.errors);
    const dateOfBirth = readDate(
      values,
      'dateOfBirth',
      { label: 'Date of birth', required: false, notAfter: clock.today() },
      errors,
    );
    const relation = parseForm(adultRelationSchema, values);
    mergeErrors(errors, relation.ok ? undefined : relation.errors);
    if (!names.ok || !relation.ok || dateOfBirth === undefined) return renderAddAdult(res, child, values, errors, 400);
    const { adult } = await addAdultToNetwork(db, res.locals.actor, {
      childId: child.id,
      forename: names.value.forename,
      surname: names.value.surname,
      dateOfBirth,
      relationship: relation.value.relationship,
      hasParentalResponsibility: relation.value.parentalResponsibility === 'yes',
    });
    req.session.flash = `${adult.forename} ${adult.surname} is now in ${child.forename} ${child.surname}'s family network`;
    res.redirect(`/children/${child.id}`);
  });
