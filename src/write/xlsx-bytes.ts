// A workbook built with exceljs (the templates), as xlsx bytes. exceljs renders each part's XML; the
// one zip writer of iki (ZipOut in xlsx-writer.ts: fflate's container, Node's zlib deflate) packs them.
// exceljs's own packing (JSZip, a JavaScript deflate) costs more than building the workbook, so its
// write() steps (exceljs 4.4.0, pinned) run here with a part collector in place of its zip stream.
import type { Workbook } from 'exceljs';
import { ZipOut } from './xlsx-writer.js';

/** What exceljs's write steps hand their zip stream: a part's text (media would be a Buffer). */
interface Collector {
  append(data: unknown, options: { name: string }): void;
}
type Step = (zip: Collector, model: unknown) => Promise<void> | void;
/** exceljs's XLSX class: its steps are public methods, though not in its typings. */
type XlsxSteps = Record<(typeof STEPS)[number][number] | 'prepareModel', unknown>;

// The order of exceljs 4.4.0's XLSX.write(); steps in one group run together there too.
const STEPS = [
  ['addContentTypes'],
  ['addOfficeRels'],
  ['addWorkbookRels'],
  ['addWorksheets'],
  ['addSharedStrings'],
  ['addDrawings'],
  ['addTables'],
  ['addThemes', 'addStyles'],
  ['addMedia'],
  ['addApp', 'addCore'],
  ['addWorkbook'],
] as const;

export async function xlsxBytes(workbook: Workbook): Promise<Buffer> {
  const parts = await renderParts(workbook);
  // A later exceljs without these steps, or a part that is not text: its own (slower) packing.
  if (!parts) return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const created = workbook.created instanceof Date && !Number.isNaN(workbook.created.getTime()) ? workbook.created : new Date();
  const zip = new ZipOut(created);
  for (const p of parts) zip.part(p.name, [p.text]);
  const bytes = zip.end();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Every part exceljs writes for the workbook, in its order; undefined when exceljs cannot do it this way. */
async function renderParts(workbook: Workbook): Promise<{ name: string; text: string }[] | undefined> {
  const xlsx = workbook.xlsx as unknown as XlsxSteps;
  const steps = STEPS.map((group) => group.map((name) => xlsx[name]));
  if (typeof xlsx.prepareModel !== 'function' || !steps.flat().every((s) => typeof s === 'function')) return undefined;
  const parts: { name: string; text: string }[] = [];
  let binary = false;
  const collector: Collector = {
    append: (data, { name }) => {
      if (typeof data === 'string') parts.push({ name, text: data });
      else binary = true;
    },
  };
  // The model getter builds a new model each time: exceljs's write() takes it once, and so does this.
  const model = workbook.model;
  (xlsx.prepareModel as (model: unknown, options: object) => void).call(xlsx, model, {});
  for (const group of steps) await Promise.all(group.map((step) => (step as Step).call(xlsx, collector, model)));
  return binary ? undefined : parts;
}
