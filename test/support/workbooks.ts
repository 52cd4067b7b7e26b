// Test fixtures: fill templates the way people do, take zips apart and put them back together,
// simulate row inserts, round-trip through LibreOffice, and hash a folder tree.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { zipSync, type ZipEntry } from './zip.mjs';

export type CellValue = ExcelJS.CellValue;

// ---------------------------------------------------------------- zip

/** Every entry of a zip, in order (small trusted fixtures only). */
export function readZip(bytes: Buffer): Promise<[string, Buffer][]> {
  return new Promise((res, rej) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return rej(err);
      const out: [string, Buffer][] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (er, s) => {
          if (er || !s) return rej(er);
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out.push([e.fileName, Buffer.concat(chunks)]);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => res(out));
      zip.on('error', rej);
      zip.readEntry();
    });
  });
}

export type ZipEntryIn = ZipEntry;

/** A plain zip writer (deflate or store), enough for crafting hostile files. */
export function writeZip(entries: (ZipEntryIn | [string, Buffer])[]): Buffer {
  return zipSync(entries.map((raw) => (Array.isArray(raw) ? { name: raw[0], data: raw[1] } : raw)));
}

/** Change some entries of an xlsx (each `edit` gets the entry text and returns the new text). */
export async function editXlsx(bytes: Buffer, edits: Record<string, (xml: string) => string>): Promise<Buffer> {
  const entries = await readZip(bytes);
  return writeZip(entries.map(([n, d]) => [n, edits[n] ? Buffer.from(edits[n]!(d.toString('utf8')), 'utf8') : d] as [string, Buffer]));
}

// ---------------------------------------------------------------- filling

/** Where each iki name points, from exceljs's own reading of a trusted template. */
export async function namedCells(bytes: Buffer): Promise<Map<string, { sheet: string; cell: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, { sheet: string; cell: string }>();
  for (const m of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const r = m.ranges[0];
    if (!r) continue;
    const [sheet, cell] = r.split('!');
    out.set(m.name, { sheet: sheet!.replace(/^'|'$/g, ''), cell: cell!.replace(/\$/g, '') });
  }
  return out;
}

/** Type values into named cells with exceljs, as a person would in Excel; returns the saved bytes. */
export async function fillWorkbook(
  bytes: Buffer,
  values: Record<string, CellValue>,
  opts: { restyle?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const names = new Map<string, string>();
  for (const m of wb.definedNames.model as { name: string; ranges: string[] }[]) if (m.ranges[0]) names.set(m.name, m.ranges[0]);
  for (const [name, v] of Object.entries(values)) {
    const r = names.get(name);
    if (!r) throw new Error(`no defined name ${name}`);
    const [sheet, cell] = r.split('!');
    const c = wb.getWorksheet(sheet!.replace(/^'|'$/g, ''))!.getCell(cell!.replace(/\$/g, ''));
    c.value = v;
    // Excel turns a typed date into a date-formatted cell.
    if (v instanceof Date) c.numFmt = 'dd/mm/yyyy';
  }
  if (opts.restyle) {
    for (const ws of wb.worksheets) {
      if (ws.state !== 'visible') continue;
      ws.eachRow((row) => {
        row.height = 30;
        row.eachCell((c) => {
          c.font = { name: 'Comic Sans MS', size: 14, color: { argb: 'FF0000FF' } };
          c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCCFFCC' } };
        });
      });
      ws.getColumn(7).width = 60;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Element names (iki_<id>, not notes) of a template, in sheet order. */
export async function elementNames(bytes: Buffer): Promise<string[]> {
  const cells = await namedCells(bytes);
  return [...cells.keys()].filter((n) => n.startsWith('iki_') && !n.startsWith('iki_note_'));
}

// ---------------------------------------------------------------- what Excel does on "Insert row"

/** Shift rows >= `at` down by `count` in a sheet's XML and in the workbook's defined names (as Excel does). */
export async function insertRows(bytes: Buffer, sheetPart: string, sheetName: string, at: number, count: number): Promise<Buffer> {
  const shiftRef = (ref: string) =>
    ref.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (m, d1: string, col: string, d2: string, row: string) => (Number(row) >= at ? `${d1}${col}${d2}${Number(row) + count}` : m));
  return editXlsx(bytes, {
    [sheetPart]: (xml) =>
      xml
        .replace(/<row r="(\d+)"/g, (m, r: string) => (Number(r) >= at ? `<row r="${Number(r) + count}"` : m))
        .replace(/<c r="([A-Z]+)(\d+)"/g, (m, c: string, r: string) => (Number(r) >= at ? `<c r="${c}${Number(r) + count}"` : m))
        .replace(/(<mergeCell ref=")([^"]+)(")/g, (_m, a: string, ref: string, b: string) => `${a}${shiftRef(ref)}${b}`)
        .replace(/(sqref=")([^"]+)(")/g, (_m, a: string, ref: string, b: string) => `${a}${shiftRef(ref)}${b}`)
        .replace(/(<f[^>]*>)([^<]*)(<\/f>)/g, (_m, a: string, f: string, b: string) => `${a}${shiftRef(f)}${b}`)
        .replace(/(<dimension ref=")([^"]+)(")/g, (_m, a: string, ref: string, b: string) => `${a}${shiftRef(ref)}${b}`),
    'xl/workbook.xml': (xml) =>
      xml.replace(/(<definedName[^>]*>)([^<]*)(<\/definedName>)/g, (_m, a: string, text: string, b: string) =>
        text.replace(/&apos;/g, "'").replace(/^'?([^'!]+)'?!/, '$1!').startsWith(`${sheetName}!`) ? `${a}${shiftRef(text)}${b}` : `${a}${text}${b}`,
      ),
  });
}

// ---------------------------------------------------------------- LibreOffice

export const HAVE_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Open and save workbooks with LibreOffice, one soffice run (own profile per call, so parallel runs do not clash). */
export function libreofficeRoundTrip(files: string | string[], outDir: string): string[] {
  const list = Array.isArray(files) ? files : [files];
  const profile = mkdtempSync(join(tmpdir(), 'iki-lo-profile-'));
  mkdirSync(outDir, { recursive: true });
  try {
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...list],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const outs = list.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.xlsx')));
    const missing = outs.filter((o) => !existsSync(o));
    if (r.status !== 0 || missing.length) throw new Error(`soffice failed (${r.status}): ${r.stderr} missing ${missing.join(', ')}`);
    return outs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- archive checks

/** sha256 of every file under a folder, by relative path: compare before and after a refused run. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d).sort()) {
      // .iki/ holds the compiled cache: derived data any command may refresh, not something it "wrote".
      if (n === '.iki' && d === dir) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
