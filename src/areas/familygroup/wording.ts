// How the family group record is put in words, by its pages and its chronology alike.

/** A code's label; a code no longer in the list is shown as stored. */
export const described = (codes: Record<string, string>, code: string | null) => (code ? (codes[code] ?? code) : '');

/** "Amy", "Amy and Ben", "Amy, Ben and Cara". */
export const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** An amount kept in pence, as pounds: "£1,250.00". */
export const pounds = (pence: number) => money.format(pence / 100);
