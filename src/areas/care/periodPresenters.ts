// The looked-after pages' view models and form readers: the period of care and its placements in
// plain words, the episodes as the SSDA903 will see them, and the forms that start a period, change
// the placement or legal status, and end it. A form says what happened; the episode codes follow.
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries, type CodeList } from '../../core/codeLists.ts';
import { asList, fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  addError,
  codeItems,
  codeOf,
  dateInputs,
  hasErrors,
  mergeErrors,
  optionalText,
  plainDate,
  readDate,
  readVersion,
  renderChildPage,
  today,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import {
  categoriesOfNeed,
  episodeContinues,
  legalStatuses,
  placementArrangements,
  placementProviders,
  placementTypes,
  reasonsEpisodeCeased,
  reasonsForNewEpisode,
  reasonsForPlacementChange,
  type PlacementType,
} from './codes.ts';
import { placementsOf } from './model.ts';
import { careEpisodesOf, episodeFacts } from './store.ts';
import type { CareEpisode } from './schema.ts';
import { centroidsOf } from './postcodeLookup.ts';
import { distanceWhereKnown, normalisedPostcode, outOfArea } from './placementLocation.ts';
import { reasonCeasedHint } from './courtOrders.ts';

export const lookedAfterPath = (childId: number) => `/children/${childId}/looked-after`;

/** A GOV.UK select of a code list, each option its code and label (as the 903 guide writes them). */
export function codeSelectItems(codes: CodeList, chosen: unknown, prompt: string) {
  const value = fieldText(chosen);
  return [
    { value: '', text: prompt },
    ...codeEntries(codes).map(([code, label]) => ({
      value: code,
      text: `${code}: ${label}`,
      selected: code === value,
    })),
  ];
}

/** Fostering agreed to last until the child is 18 (903 U1, U4): visited 3-monthly after its first year. */
const longTermPlacements: readonly PlacementType[] = ['U1', 'U4'];

const postcodeField = (label: string) =>
  optionalText(8, label).transform((value) => (value ? normalisedPostcode(value) : null));

const placementFields = {
  placementType: codeOf(placementTypes, 'Select the type of placement'),
  placementProvider: codeOf(placementProviders, 'Select who provides the placement'),
  arrangement: codeOf(
    placementArrangements,
    'Select whether the child is placed with a parent, a connected person or neither',
  ),
  placementAddress: optionalText(500, 'The placement address'),
  placementPostcode: postcodeField('The placement postcode'),
  placementInArea: z.preprocess(
    (value) => value || undefined,
    z.enum(['yes', 'no'], { error: "Select whether the placement is in the council's area" }).optional(),
  ),
  placementLocalAuthority: optionalText(100, 'The local authority'),
  urn: optionalText(8, 'The Ofsted unique reference number').transform((value) => value?.toUpperCase() ?? null),
};

const startSchema = z.object({
  legalStatus: codeOf(legalStatuses, 'Select the legal status'),
  categoryOfNeed: codeOf(categoriesOfNeed, 'Select the category of need'),
  ...placementFields,
  homePostcode: postcodeField("The postcode of the child's home"),
});

const placementChangeSchema = z.object({
  ...placementFields,
  sameCarers: yesNo('Select yes if the child stays with the same carers'),
  reasonPlaceChange: z.preprocess(
    (value) => value || undefined,
    codeOf(reasonsForPlacementChange, 'Select the reason the placement changed').optional(),
  ),
  legalStatus: codeOf(legalStatuses, 'Select the legal status from the move on'),
});

const legalStatusSchema = z.object({ legalStatus: codeOf(legalStatuses, 'Select the new legal status') });

const endSchema = z.object({
  reasonCeased: codeOf(reasonsEpisodeCeased, 'Select why the child stopped being looked after'),
});

/** The placement's local authority: the council's own name when it is in the area. */
function placementDetails(res: Response, form: z.infer<typeof startSchema> | z.infer<typeof placementChangeSchema>) {
  return {
    placementType: form.placementType,
    placementProvider: form.placementProvider,
    arrangement: form.arrangement,
    placementAddress: form.placementAddress,
    placementPostcode: form.placementPostcode,
    placementLocalAuthority:
      form.placementInArea === 'yes' ? res.locals.services.config.councilName : form.placementLocalAuthority,
    urn: form.urn,
    longTerm: longTermPlacements.includes(form.placementType),
  };
}

/** A form's date and fields together: undefined (with the errors) until all is well. */
function readForm<S extends z.ZodType>(
  res: Response,
  schema: S,
  values: Record<string, unknown>,
  date: { field: string; label: string; notBefore?: string; notBeforeMessage?: string },
  errors: FormErrors,
) {
  const on = readDate(
    values,
    date.field,
    {
      label: date.label,
      notAfter: today(res),
      ...(date.notBefore
        ? { notBefore: plainDate(date.notBefore), notBeforeMessage: date.notBeforeMessage ?? '' }
        : {}),
    },
    errors,
  );
  const form = parseForm(schema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return on && form.ok && !hasErrors(errors) ? { on, form: form.value } : undefined;
}

function requireOtherAuthority(values: Record<string, unknown>, errors: FormErrors) {
  if (fieldText(values.placementInArea) === 'no' && !fieldText(values.placementLocalAuthority).trim())
    addError(errors, 'placementLocalAuthority', 'Enter the local authority the placement is in');
}

export function readStart(res: Response, child: Child, values: Record<string, unknown>, errors: FormErrors) {
  requireOtherAuthority(values, errors);
  const read = readForm(
    res,
    startSchema,
    values,
    {
      field: 'startDate',
      label: 'The date the child became looked after',
      notBefore: child.date_of_birth ?? undefined,
      notBeforeMessage: 'The date the child became looked after must be on or after their date of birth',
    },
    errors,
  );
  if (!read) return undefined;
  return {
    childId: child.id,
    startDate: read.on,
    legalStatus: read.form.legalStatus,
    categoryOfNeed: read.form.categoryOfNeed,
    homePostcode: read.form.homePostcode,
    ...placementDetails(res, read.form),
  };
}

export function readPlacementChange(
  res: Response,
  child: Child,
  open: CareEpisode,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  requireOtherAuthority(values, errors);
  const version = readVersion(values, errors);
  const read = readForm(res, placementChangeSchema, values, changeDate(open), errors);
  if (!read || version === undefined) return undefined;
  return {
    childId: child.id,
    date: read.on,
    version,
    episodeId: episodeIdOf(values),
    sameCarers: read.form.sameCarers === 'yes',
    reasonPlaceChange: read.form.reasonPlaceChange ?? null,
    legalStatus: read.form.legalStatus,
    ...placementDetails(res, read.form),
  };
}

/** The open episode the form was shown for: a version alone would match the next episode's first. */
const episodeIdOf = (values: Record<string, unknown>) => Number(fieldText(values.episodeId)) || 0;

const changeDate = (open: CareEpisode) => ({
  field: 'date',
  label: 'The date of the change',
  notBefore: open.start_date,
  notBeforeMessage: 'The date of the change must be on or after the start of the current placement and legal status',
});

export function readLegalStatusChange(
  res: Response,
  child: Child,
  open: CareEpisode,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  const version = readVersion(values, errors);
  const read = readForm(res, legalStatusSchema, values, changeDate(open), errors);
  if (read && read.form.legalStatus === open.legal_status)
    addError(errors, 'legalStatus', 'Select the new legal status: this is the legal status now');
  if (!read || version === undefined || hasErrors(errors)) return undefined;
  return {
    childId: child.id,
    date: read.on,
    version,
    episodeId: episodeIdOf(values),
    sameCarers: true,
    legalStatus: read.form.legalStatus,
  };
}

export function readEnd(
  res: Response,
  child: Child,
  open: CareEpisode,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  const version = readVersion(values, errors);
  const read = readForm(
    res,
    endSchema,
    values,
    {
      field: 'endDate',
      label: 'The date the child stopped being looked after',
      notBefore: open.start_date,
      notBeforeMessage:
        'The date the child stopped being looked after must be on or after the start of the current placement',
    },
    errors,
  );
  if (!read || version === undefined) return undefined;
  return {
    childId: child.id,
    endDate: read.on,
    reasonCeased: read.form.reasonCeased,
    seen: { episodeId: episodeIdOf(values), version },
  };
}

/** The form's items, from what was posted or, the first time, the open episode. */
export function renderCareForm(
  res: Response,
  child: Child,
  form: { view: string; title: string; open?: CareEpisode; siblings?: readonly { id: number; name: string }[] },
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  renderChildPage(
    res,
    `care/${form.view}`,
    child,
    {
      pageTitle: form.title,
      values,
      ...extras,
      open: form.open,
      siblingItems: (form.siblings ?? []).map((sibling) => ({
        value: String(sibling.id),
        text: sibling.name,
        checked: asList(values.together).includes(String(sibling.id)),
      })),
      councilName: res.locals.services.config.councilName,
      dates: dateInputs(values, extras.errors, ['startDate', 'date', 'endDate']),
      legalStatusItems: codeSelectItems(legalStatuses, values.legalStatus, 'Select the legal status'),
      categoryItems: codeItems(categoriesOfNeed, values.categoryOfNeed, true),
      placementTypeItems: codeSelectItems(placementTypes, values.placementType, 'Select the type of placement'),
      providerItems: codeSelectItems(placementProviders, values.placementProvider, 'Select who provides it'),
      arrangementItems: codeItems(placementArrangements, values.arrangement ?? 'other'),
      reasonPlaceChangeItems: codeSelectItems(reasonsForPlacementChange, values.reasonPlaceChange, 'Select the reason'),
      reasonCeasedHint: reasonCeasedHint(values.courtOrder),
      reasonCeasedItems: codeSelectItems(reasonsEpisodeCeased, values.reasonCeased, 'Select the reason').filter(
        (item) => item.value !== episodeContinues,
      ),
    },
    status,
  );
}

/** What a change form starts from: the open episode's placement and legal status, and its version. */
export const valuesOfOpen = (open: CareEpisode, councilName: string): Record<string, unknown> => ({
  version: String(open.version),
  episodeId: String(open.id),
  legalStatus: open.legal_status,
  arrangement: open.arrangement,
  placementInArea:
    open.placement_local_authority === null ? '' : open.placement_local_authority === councilName ? 'yes' : 'no',
});

const labelled = (codes: CodeList, code: string | null) => (code ? `${code}: ${codes[code] ?? code}` : '');

/**
 * The child's periods of care, newest first: each with its placements in plain words (where, who
 * provides it, in or out of the area, how far from home where the postcodes are known) and its
 * episodes as the 903 will see them. Audits the view.
 */
export async function lookedAfterView(res: Response, child: Child) {
  const { db, config } = res.locals.services;
  const periods = await careEpisodesOf(db, child.id);
  const episodes = periods.flatMap((period) => period.episodes);
  const centroids = await centroidsOf(
    db,
    episodes.flatMap((episode) => [episode.home_postcode, episode.placement_postcode]),
  );
  const at = (postcode: string | null) => (postcode ? centroids.get(postcode) : undefined);
  return periods.reverse().map((period) => {
    const byId = new Map(period.episodes.map((episode) => [episode.id, episode]));
    const last = period.episodes.at(-1);
    return {
      id: period.id,
      startDate: period.start_date,
      endDate: period.end_date,
      reasonCeased: period.end_date && last ? labelled(reasonsEpisodeCeased, last.reason_ceased) : null,
      legalStatus: last ? labelled(legalStatuses, last.legal_status) : '',
      placements: placementsOf(period.episodes.map(episodeFacts))
        .reverse()
        .map((placement) => {
          const latest = byId.get(placement.episodes.at(-1)!.id)!;
          const home = at(latest.home_postcode);
          const where = at(latest.placement_postcode);
          const miles = distanceWhereKnown(home, where);
          const out = outOfArea({
            recordedAuthority: latest.placement_local_authority,
            councilName: config.councilName,
            home,
            placement: where,
          });
          return {
            startDate: placement.startDate,
            endDate: placement.endDate,
            type: labelled(placementTypes, latest.placement_type),
            provider: labelled(placementProviders, latest.placement_provider),
            arrangement: placementArrangements[latest.arrangement as keyof typeof placementArrangements],
            address: [latest.placement_address, latest.placement_postcode].filter(Boolean).join(', '),
            authority: latest.placement_local_authority,
            area: out === undefined ? 'Not known' : out ? 'Out of area' : "In the council's area",
            distance: miles === undefined ? 'Not known' : `${miles} miles`,
          };
        }),
      episodes: period.episodes.map((episode) => ({
        decom: episode.start_date,
        rne: episode.reason_new_episode,
        rneText: reasonsForNewEpisode[episode.reason_new_episode as keyof typeof reasonsForNewEpisode],
        ls: episode.legal_status,
        cin: episode.category_of_need,
        place: episode.placement_type,
        provider: episode.placement_provider,
        dec: episode.end_date,
        rec: episode.reason_ceased,
        reasonPlaceChange: episode.reason_place_change,
        homePostcode: episode.home_postcode,
        placementPostcode: episode.placement_postcode,
      })),
    };
  });
}
