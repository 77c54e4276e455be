// Small mappings from rows to the plain data of journeys and chronologies, shared by the court,
// care, missing, permanence and leaving care adapters.

/** `{ [key]: value }`, or nothing when the value is missing (journey fields are optional, never null). */
export const optional = <K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, string>);

/** A code with its meaning, as a chronology line says it: "Full care order (C2)". */
export const described = (codes: Record<string, string>, code: string): string =>
  `${codes[code] ?? 'Unknown code'} (${code})`;
