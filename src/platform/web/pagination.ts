// GOV.UK pagination for a long list: which page is asked for, and the component's links, numbered
// with ellipses as the Design System shows them (first, last, and the pages either side of this one).
import type { Request } from 'express';

export interface Page {
  /** 1-based. */
  number: number;
  size: number;
  offset: number;
}

/** The page asked for (`?page=`), 1 when absent or not a page number. */
export function pageAskedFor(req: Request, size: number): Page {
  const asked = Number(req.query.page);
  const number = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  return { number, size, offset: (number - 1) * size };
}

/** The govukPagination parameters, or undefined when everything fits on one page. */
export function paginationFor(path: string, query: Record<string, string | undefined>, page: Page, total: number) {
  const pages = Math.max(1, Math.ceil(total / page.size));
  if (pages === 1) return undefined;
  const kept = Object.entries(query).filter((entry): entry is [string, string] => entry[0] !== 'page' && !!entry[1]);
  const href = (number: number) => `${path}?${new URLSearchParams([...kept, ['page', String(number)]]).toString()}`;
  const shown = [...new Set([1, page.number - 1, page.number, page.number + 1, pages])]
    .filter((number) => number >= 1 && number <= pages)
    .sort((a, b) => a - b);
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  for (const [i, number] of shown.entries()) {
    if (i > 0 && number - shown[i - 1]! > 1) items.push({ ellipsis: true });
    items.push({ number, href: href(number), current: number === page.number });
  }
  return {
    ...(page.number > 1 ? { previous: { href: href(page.number - 1) } } : {}),
    ...(page.number < pages ? { next: { href: href(page.number + 1) } } : {}),
    items,
  };
}

/** "Showing 51 to 100 of 2,310": what a paginated list says above itself. */
export const showing = (page: Page, total: number) => ({
  from: total === 0 ? 0 : page.offset + 1,
  to: Math.min(page.offset + page.size, total),
  total,
});
