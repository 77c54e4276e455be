// A code list (a CIN census, SSDA903 or local list) is shown in the order its guidance writes it.
// An object literal cannot keep that order: JavaScript lists integer-like keys ('4', '10', '20')
// before all others, so the DfE's source of referral would read "4, 6, 7, 8, 9, 10, 1A…". A list is
// therefore declared as [code, label] pairs, looked up as an object (`referralSources[code]`), and
// listed through `codesIn` and `codeEntries`, which follow the pairs' order.

/** A code list: each code's label, looked up by code. */
export type CodeList<K extends string = string> = Readonly<Record<K, string>>;

const declaredOrder = new WeakMap<object, readonly string[]>();

/** Declares a code list in the order its guidance writes it. */
export function codeList<const K extends string>(pairs: readonly (readonly [K, string])[]): CodeList<K> {
  const codes = pairs.map(([code]) => code);
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated !== undefined) throw new Error(`Code ${repeated} is declared twice in one code list`);
  const list = Object.freeze(Object.fromEntries(pairs)) as CodeList<K>;
  declaredOrder.set(list, Object.freeze(codes));
  return list;
}

/** The list's codes in their declared order. */
export function codesIn<K extends string>(list: CodeList<K>): [K, ...K[]] {
  return [...(declaredOrder.get(list) ?? Object.keys(list))] as [K, ...K[]];
}

/** The list's codes and labels in their declared order. */
export function codeEntries<K extends string>(list: CodeList<K>): [K, string][] {
  return codesIn(list).map((code) => [code, list[code]]);
}

/** Whether a list was declared with `codeList`, so that its order is the declared one. */
export const hasDeclaredOrder = (list: object): boolean => declaredOrder.has(list);
