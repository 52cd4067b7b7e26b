// `iki status --year Y [--quarter Q] [--json]`: who has submitted for which triwulan, and the
// reporting rate (received / expected). Reads only the archive records, never the workbooks.
import { QUARTERS, twLabel, type Quarter } from '../../model/period.js';
import { listArchive, type ArchiveEntry } from '../../store/archive.js';
import { quarterArg, requireWorkspace, yearArg } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT_OK } from '../exit.js';
import { requireCatalogue } from '../../store/catalogue-source.js';
import { renderProblemLines, table, jsonText } from '../render.js';

interface Opts {
  year: string;
  quarter?: string;
  workspace?: string;
  json?: boolean;
}

export async function run(ctx: CliContext, opts: Opts): Promise<number> {
  const year = yearArg(opts.year);
  const quarters: readonly Quarter[] = opts.quarter === undefined ? QUARTERS : [quarterArg(opts.quarter)];
  const ws = requireWorkspace(ctx, opts.workspace, "status reads a workspace's archive");
  const { index } = await requireCatalogue({ workspace: ws.root }, ctx.cwd, ctx.env);
  const listing = listArchive(ws, year);

  const expected = index.subtree(index.root.id);
  const expectedIds = new Set(expected.map((j) => j.id));
  const current = new Map<string, ArchiveEntry>();
  for (const e of listing.current) current.set(`${e.record.quarter}/${e.record.jabatan_id}`, e);
  const replacedCount = new Map<string, number>();
  for (const e of listing.replaced) {
    const k = `${e.record.quarter}/${e.record.jabatan_id}`;
    replacedCount.set(k, (replacedCount.get(k) ?? 0) + 1);
  }
  // Submissions from jabatan no longer in the catalogue still show, marked.
  const extra = [...new Set(listing.current.map((e) => e.record.jabatan_id))].filter((id) => !expectedIds.has(id)).sort();

  const cellOf = (q: Quarter, id: string) => {
    const e = current.get(`${q}/${id}`);
    const replaced = replacedCount.get(`${q}/${id}`) ?? 0;
    if (!e) return { status: 'missing' as const, replaced };
    return {
      status: 'received' as const,
      replaced,
      sha256: e.record.sha256,
      taken_at: e.record.taken_at,
      original_name: e.record.original_name,
      file: e.xlsx,
      warnings: e.record.counts.warnings,
      blank: e.record.missing.length,
      missing_elements: e.record.missing,
    };
  };
  const perQuarter = quarters.map((q) => {
    const received = expected.filter((j) => current.has(`${q}/${j.id}`)).length;
    return {
      quarter: q,
      expected: expected.length,
      received,
      rate: expected.length ? received / expected.length : 0,
      missing: expected.filter((j) => !current.has(`${q}/${j.id}`)).map((j) => j.id),
      replaced: expected.filter((j) => replacedCount.has(`${q}/${j.id}`)).length,
      with_warnings: expected.filter((j) => (current.get(`${q}/${j.id}`)?.record.counts.warnings ?? 0) > 0).length,
    };
  });

  if (opts.json) {
    ctx.out(
      jsonText(ctx, 
        {
          year,
          workspace: ws.root,
          quarters: perQuarter,
          jabatan: [...expected.map((j) => ({ id: j.id, nama: j.nama })), ...extra.map((id) => ({ id, nama: null, not_in_catalogue: true }))].map((j) => ({
            ...j,
            quarters: Object.fromEntries(quarters.map((q) => [q, cellOf(q, j.id)])),
          })),
          problems: listing.problems,
        }
      ),
    );
    return EXIT_OK;
  }

  const show = (q: Quarter, id: string) => {
    const c = cellOf(q, id);
    if (c.status === 'missing') return c.replaced ? ctx.color.red(`missing (${c.replaced} replaced)`) : ctx.color.dim('-');
    const notes = [c.blank ? `${c.blank} blank` : '', c.warnings > c.blank ? `${c.warnings - c.blank} warning${c.warnings - c.blank === 1 ? '' : 's'}` : '', c.replaced ? `replaced ${c.replaced}x` : '']
      .filter(Boolean)
      .join(', ');
    return notes ? ctx.color.yellow(`ok (${notes})`) : ctx.color.green('ok');
  };
  const rows: (string | number)[][] = expected.map((j) => [`${'  '.repeat(index.depth(j.id))}${j.id}`, ...quarters.map((q) => show(q, j.id))]);
  for (const id of extra) rows.push([`${id} (not in catalogue)`, ...quarters.map((q) => show(q, id))]);
  rows.push(['received', ...perQuarter.map((p) => `${p.received} of ${p.expected}`)]);
  rows.push(['rate', ...perQuarter.map((p) => `${(p.rate * 100).toFixed(p.rate === 1 || p.rate === 0 ? 0 : 1)} %`)]);
  ctx.out(table(ctx, ['jabatan', ...quarters.map((q) => twLabel(q))], rows));
  for (const p of perQuarter) {
    ctx.out(`${year} ${twLabel(p.quarter)}: ${p.received} of ${p.expected} received (${(p.rate * 100).toFixed(1)} %)${p.replaced ? `, ${p.replaced} replaced` : ''}${p.with_warnings ? `, ${p.with_warnings} with warnings` : ''}.`);
  }
  for (const line of renderProblemLines(ctx, listing.problems)) ctx.err(line);
  return EXIT_OK;
}
