// A small seeded random number generator (sfc32, seeded through splitmix32) and the sampling
// helpers the generator uses. Same seed, same sequence, on every machine.

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const weightTables = new WeakMap<object, { entries: [string | number, number][]; total: number }>();

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const next = splitmix32(seed);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** A generator for one part of the county, independent of how much the others draw. */
  fork(label: string): Random {
    let hash = 2166136261;
    for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return new Random((this.uint32() ^ hash) >>> 0);
  }

  uint32(): number {
    // sfc32 (Chris Doty-Humphrey's small fast chaotic generator).
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A whole number from min to max inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One key of a table of weights. */
  weighted<K extends string | number>(weights: Readonly<Record<K, number>> | readonly (readonly [K, number])[]): K {
    let table = weightTables.get(weights);
    if (!table) {
      const entries = (Array.isArray(weights) ? weights : Object.entries(weights)) as [K, number][];
      table = { entries, total: entries.reduce((sum, [, weight]) => sum + weight, 0) };
      // Literal tables are reused call after call; arrays built per call are not worth keeping.
      if (!Array.isArray(weights)) weightTables.set(weights, table);
    }
    const entries = table.entries as [K, number][];
    let r = this.next() * table.total;
    for (const [key, weight] of entries) {
      r -= weight;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** Normal, by Box–Muller. */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

function isPairs<K extends string | number>(
  weights: Readonly<Record<K, number>> | readonly (readonly [K, number])[],
): weights is readonly (readonly [K, number])[] {
  return Array.isArray(weights);
}

/**
 * Stratified draws: a shuffled deck holding each outcome in proportion, dealt one by one and
 * reshuffled when empty. The shares come out as set with far less noise than independent draws,
 * which is what keeps a county of a few hundred families on the profile.
 */
export class Deck<K extends string | number> {
  private cards: K[] = [];
  private readonly entries: [K, number][];

  constructor(
    private readonly random: Random,
    weights: Readonly<Record<K, number>> | readonly (readonly [K, number])[],
    private readonly size = 100,
  ) {
    this.entries = (isPairs(weights) ? [...weights] : Object.entries(weights)) as [K, number][];
  }

  private refill(): void {
    const total = this.entries.reduce((sum, [, weight]) => sum + weight, 0);
    // Largest remainders, so a deck of 100 holds a 12.5 % outcome 12 or 13 times, never 0.
    const exact = this.entries.map(([key, weight]) => ({ key, share: (weight / total) * this.size }));
    const counts = exact.map((entry) => Math.floor(entry.share));
    let left = this.size - counts.reduce((a, b) => a + b, 0);
    const order = exact
      .map((entry, i) => ({ i, rest: entry.share - counts[i]! + this.random.next() * 1e-9 }))
      .sort((x, y) => y.rest - x.rest);
    for (const { i } of order) {
      if (left-- <= 0) break;
      counts[i]!++;
    }
    this.cards = [];
    exact.forEach((entry, i) => {
      for (let n = 0; n < counts[i]!; n++) this.cards.push(entry.key);
    });
    this.random.shuffle(this.cards);
  }

  deal(): K {
    if (this.cards.length === 0) this.refill();
    return this.cards.pop()!;
  }
}

/** Whole numbers per period from a fractional rate, carrying the remainder so totals are exact over time. */
export class Carry {
  private owed = 0;
  take(expected: number): number {
    this.owed += expected;
    const whole = Math.floor(this.owed);
    this.owed -= whole;
    return whole;
  }
}
