// Pure rules for care proceedings.

/** Children Act 1989 s32(1)(a)(ii): proceedings are to be concluded within 26 weeks of issue. */
export const proceedingsTimetableWeeks = 26;

/** Children Act 1989 s32(5): each extension of the timetable is for at most 8 weeks. */
export const maximumExtensionWeeks = 8;

/** An extension is a whole number of weeks, at least 1 and at most 8. */
export function isExtensionWithinLimit(weeks: number): boolean {
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= maximumExtensionWeeks;
}

/** The timetable in weeks once the given extensions have been granted. */
export function timetableWeeks(extensions: readonly { weeks: number }[]): number {
  return extensions.reduce((weeks, extension) => weeks + extension.weeks, proceedingsTimetableWeeks);
}
