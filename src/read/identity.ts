// Which template, jabatan and triwulan a workbook is: its hidden _iki sheet (DESIGN.md "Contracts"),
// checked against what the caller expects (an archive folder) and against what its file and folder
// names say. The _iki sheet is what counts; the names only hint.
import { META_SHEET, TEMPLATE_FORMAT, type TemplateMeta } from '../model/contract.js';
import { isQuarter, type Quarter } from '../model/period.js';
import { problem, type Location, type Problem } from '../model/problem.js';
import type { PeriodOf } from '../model/problems/codes.js';
import type { BookLike, SheetEntry, SheetLike } from './book.js';

/** The rows of _iki read at most: a handful are used, a hostile file may claim a million. */
const MAX_META_ROWS = 200;

/** The template identity from _iki, or undefined with the problem saying why it cannot be known. */
export function readMeta(workbook: BookLike, sheets: SheetEntry[], file: string, problems: Problem[]): TemplateMeta | undefined {
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws) {
    problems.push(problem('identity.no-meta', { sheet: META_SHEET }, { file }));
    return undefined;
  }
  const kv = keyValues(ws);
  const at: Location = { file, sheet: META_SHEET };
  const format = kv.get('format') ?? '';
  if (format !== TEMPLATE_FORMAT) {
    problems.push(problem('identity.format', { sheet: META_SHEET, found: format, expected: TEMPLATE_FORMAT }, at));
    return undefined;
  }
  const year = Number(kv.get('year'));
  const quarter = Number(kv.get('quarter'));
  const jabatanId = kv.get('jabatan_id') ?? '';
  const invalid: { key: 'year' | 'quarter' | 'jabatan_id'; value: string }[] = [];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) invalid.push({ key: 'year', value: kv.get('year') ?? '' });
  if (!isQuarter(quarter)) invalid.push({ key: 'quarter', value: kv.get('quarter') ?? '' });
  // Lower snake case only: the id becomes a file name in the archive, so "../x" must never pass.
  if (!/^[a-z][a-z0-9_]*$/.test(jabatanId)) invalid.push({ key: 'jabatan_id', value: jabatanId });
  if (invalid.length) {
    problems.push(problem('identity.format', { sheet: META_SHEET, invalid }, at));
    return undefined;
  }
  if (sheets.find((s) => s.name === META_SHEET)?.state === 'visible') problems.push(problem('identity.meta-visible', { sheet: META_SHEET }, at));
  return {
    format,
    catalogueId: kv.get('catalogue_id') ?? '',
    catalogueHash: kv.get('catalogue_hash') ?? '',
    jabatanId,
    year,
    quarter: quarter as Quarter,
    generatedAt: kv.get('generated_at') ?? '',
    toolVersion: kv.get('tool_version') ?? '',
  };
}

function keyValues(ws: SheetLike): Map<string, string> {
  const kv = new Map<string, string>();
  const rows = Math.min(ws.rowCount, MAX_META_ROWS);
  for (let r = 1; r <= rows; r++) {
    const k = cellText(ws.getCell(r, 1).value);
    if (k) kv.set(k, cellText(ws.getCell(r, 2).value));
  }
  return kv;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('date' in o) return typeof o.date === 'string' ? o.date : '';
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: unknown }) => String(r?.text ?? '')).join('').trim();
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return String(o.text).trim();
    return '';
  }
  return String(v).trim();
}

export interface PathHint {
  year: number;
  quarter: number;
  jabatanId?: string;
  /** What said so: the file name or its folder. */
  from: 'file' | 'folder';
}

/** Periods and jabatan that a path's last two segments imply: IKI_2017_TW1_<jabatan>[ (1)].xlsx, .../2017-TW1/... */
export function pathHints(path: string): PathHint[] {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const out: PathHint[] = [];
  const base = parts[parts.length - 1] ?? '';
  const f = /^IKI_(\d{4})_TW([1-4])_([a-z][a-z0-9_]*?)(?=[^a-z0-9_]|$)/i.exec(base);
  if (f) out.push({ year: Number(f[1]), quarter: Number(f[2]), jabatanId: f[3]!.toLowerCase(), from: 'file' });
  const dir = parts[parts.length - 2] ?? '';
  const d = /^(\d{4})-TW([1-4])$/i.exec(dir);
  if (d) out.push({ year: Number(d[1]), quarter: Number(d[2]), from: 'folder' });
  return out;
}

/**
 * The workbook's period and jabatan against what the caller expects (an error: e.g. an archived file
 * that is not what its folder and record say) and, unless `pathHints` is false, against the file and
 * folder names (a warning: people rename files). The problems' `expected` and `named` hold only what
 * differs.
 */
export function checkPeriod(meta: TemplateMeta, file: string, opts: { expect?: PeriodOf; pathHints?: boolean }, problems: Problem[]): void {
  const at: Location = { file, sheet: META_SHEET };
  const found = { jabatanId: meta.jabatanId, year: meta.year, quarter: meta.quarter };
  const expected = opts.expect && differing(opts.expect, found);
  if (expected) problems.push(problem('identity.period-mismatch', { expected, found }, at));
  if (opts.pathHints === false) return;
  for (const h of pathHints(file)) {
    // "IKI_2017_TW1_<jabatan>_revisi.xlsx" is the same jabatan with a word added, not another one.
    const said: PeriodOf = { year: h.year, quarter: h.quarter, ...(h.jabatanId !== undefined && !h.jabatanId.startsWith(`${meta.jabatanId}_`) ? { jabatanId: h.jabatanId } : {}) };
    const named = differing(said, found);
    if (named) problems.push(problem('identity.file-name-mismatch', { from: h.from, named, found }, at));
  }
}

/** What `said` says that is not so: its year and triwulan when either differs, its jabatan when that does; undefined when all agree. */
function differing(said: PeriodOf, found: Required<PeriodOf>): PeriodOf | undefined {
  const out: PeriodOf = {};
  if ((said.year !== undefined && said.year !== found.year) || (said.quarter !== undefined && said.quarter !== found.quarter)) {
    if (said.year !== undefined) out.year = said.year;
    if (said.quarter !== undefined) out.quarter = said.quarter;
  }
  if (said.jabatanId !== undefined && said.jabatanId !== found.jabatanId) out.jabatanId = said.jabatanId;
  return Object.keys(out).length ? out : undefined;
}
