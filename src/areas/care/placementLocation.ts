// Where a placement is: the distance from the child's home (from the postcode centroids a council loads)
// and whether it is outside the council's area.

export interface Centroid {
  latitude: number;
  longitude: number;
  /** The local authority the postcode is in, when the council's lookup has the column. */
  localAuthorityCode?: string | null;
}

const earthRadiusMiles = 3958.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in miles between two points, to the nearest tenth of a mile. */
export function milesBetween(a: Centroid, b: Centroid): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * earthRadiusMiles * Math.asin(Math.min(1, Math.sqrt(h))) * 10) / 10;
}

/** The distance where both postcodes are in the council's lookup; undefined ("not known") otherwise. */
export function distanceWhereKnown(home: Centroid | undefined, placement: Centroid | undefined): number | undefined {
  return home && placement ? milesBetween(home, placement) : undefined;
}

/** A postcode as the 903 and the lookup hold it: capitals, one space before a full postcode's inward code. */
export function normalisedPostcode(text: string): string {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  if (/^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$/.test(compact)) return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return text.toUpperCase().trim().replace(/\s+/g, ' ');
}

/**
 * Whether the placement is outside the council's area: by the local authority recorded for it
 * (the council's own name, or another's), else by the lookup's authority codes of the home and
 * placement postcodes; undefined when neither says.
 */
export function outOfArea(placement: {
  recordedAuthority: string | null;
  councilName: string;
  home: Centroid | undefined;
  placement: Centroid | undefined;
}): boolean | undefined {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (placement.recordedAuthority) return !same(placement.recordedAuthority, placement.councilName);
  const homeCode = placement.home?.localAuthorityCode;
  const placementCode = placement.placement?.localAuthorityCode;
  return homeCode && placementCode ? homeCode !== placementCode : undefined;
}
