// `page`/`per_page` pagination with a Link header (ordinary list routes), as GitHub does it: per_page
// defaults to 30 and is capped at 100, Link carries prev/next/last/first where they apply.
import type { Ctx } from './ctx.js';
import type { RouteResult } from './http.js';

export function pageParams(ctx: Ctx, defaultPerPage = 30): { page: number; perPage: number } {
  const perPageRaw = Number(ctx.query.get('per_page') ?? defaultPerPage);
  const pageRaw = Number(ctx.query.get('page') ?? 1);
  const perPage =
    Number.isFinite(perPageRaw) && perPageRaw >= 1 ? Math.min(100, Math.floor(perPageRaw)) : defaultPerPage;
  const page = Number.isFinite(pageRaw) && pageRaw >= 1 ? Math.floor(pageRaw) : 1;
  return { page, perPage };
}

export function linkUrl(ctx: Ctx, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(ctx.query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  return `${ctx.req.origin}${ctx.req.path}?${params.toString()}`;
}

/** A page of `items` with GitHub's Link header. */
export function paginated<T>(
  ctx: Ctx,
  items: readonly T[],
  render: (item: T) => unknown,
  defaultPerPage = 30,
): RouteResult {
  const { page, perPage } = pageParams(ctx, defaultPerPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  const at = (p: number): string =>
    linkUrl(ctx, { page: String(p), per_page: ctx.query.has('per_page') ? String(perPage) : null });
  if (page > 1) links.push(`<${at(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return { status: 200, body: slice.map(render), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
