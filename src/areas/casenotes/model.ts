// What a case note's pages and store say of it, as plain rules: what may still happen to a note,
// how long an excerpt is, and the names a restricted child is called by, to take out of the note's
// text for someone who may not know them.

export const completedMessage = 'This case note is completed, so it cannot be changed: you can add to it instead';

/** Why a note cannot be added to or marked in error, or undefined: only a completed note that stands can be. */
export function notStandingProblem(note: { completed_at: Date | null; recorded_in_error: boolean }) {
  if (!note.completed_at) return 'This note is still a draft: complete it first';
  if (note.recorded_in_error) return 'This note is recorded in error: it stays as it is';
  return undefined;
}

/** The start of a note's text, on one line, for a list or a chronology. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

/**
 * Every name a note's writer may have called a child by, longest first so that "Ava Example" is
 * taken out whole before "Ava".
 */
export const namesOf = (child: { forename: string; surname: string; preferred_name: string | null }) =>
  [
    ...new Set(
      [
        `${child.forename} ${child.surname}`,
        child.preferred_name && `${child.preferred_name} ${child.surname}`,
        child.forename,
        child.preferred_name,
      ].filter((name): name is string => Boolean(name?.trim())),
    ),
  ].sort((a, b) => b.length - a.length);

/** "Ava", "Ava and Ben", "Ava, Ben and Cara". */
export const inWords = (names: readonly string[]) =>
  new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(names);
