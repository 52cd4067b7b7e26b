// The input template: one workbook per jabatan per triwulan, for people to fill. template-plan.ts lays
// out every row and input as plain data; buildTemplate() renders that plan with the exceljs module it
// is given (xlsx-bytes.ts packs it). Nothing here touches the disk.
// The contract other programs read (defined names, the _iki sheet) is in model/contract.ts.
import type { Alignment, Borders, DataValidation, Fill, Font, Style, Workbook, Worksheet, WorksheetProtection, WorksheetView } from 'exceljs';
import { boundsOf, type CatalogueIndex, type Element } from '../model/catalogue.js';
import { inputNumFmt } from '../model/value-format.js';
import { GUIDE_SHEET, INPUT_SHEET, META_KEYS, META_SHEET } from '../model/contract.js';
import type { Period } from '../model/period.js';
import { fmt } from '../model/format.js';
import { ui } from '../model/text/ui.js';
import { COL_WIDTHS, INPUT_COL_LETTER, plan, rowHeight, type CellStyle, type GuideStyle, type TemplateOptions, type TemplatePlan } from './template-plan.js';

/** The part of the exceljs module the builder needs (pass the imported module itself). */
export interface ExcelModule {
  Workbook: new () => Workbook;
}

export interface TemplateSummary {
  jabatanId: string;
  fileName: string;
  elementInputs: number;
  noteInputs: number;
}

// ---------------------------------------------------------------- looks

const INPUT_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const KINERJA_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const gold = { style: 'thin' as const, color: { argb: 'FFBF9000' } };
const INPUT_BOX: Partial<Borders> = { top: gold, left: gold, bottom: gold, right: gold };
const wrapTop: Partial<Alignment> = { wrapText: true, vertical: 'top' };
const font = (extra: Partial<Font> = {}): Partial<Font> => ({ name: 'Arial', size: 10, ...extra });
const UNLOCKED = { locked: false };

/**
 * One style object per look, shared by every cell that has it: exceljs resolves a style object once per
 * workbook (it caches by object), where a fresh object per cell costs a lookup and garbage per cell.
 * Inputs carry their unlocked protection here, so no cell's style is ever changed after it is shared.
 */
const LOOKS: Record<CellStyle, Partial<Style>> = {
  title: { font: font({ size: 14, bold: true }), alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: font({ size: 12, bold: true }), alignment: { horizontal: 'center', vertical: 'middle' } },
  label: { font: font({ bold: true }), alignment: { vertical: 'top' } },
  value: { font: font(), alignment: wrapTop },
  legend: { font: font({ italic: true, color: { argb: 'FF7F6000' } }), alignment: { wrapText: true, vertical: 'middle' } },
  th: { font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: HEAD_FILL, border: BOX },
  thNumber: { font: font({ size: 8, italic: true }), alignment: { horizontal: 'center' }, fill: HEAD_FILL, border: BOX },
  kinerja: { font: font({ bold: true }), alignment: { wrapText: true, vertical: 'middle' }, fill: KINERJA_FILL, border: BOX },
  section: { font: font({ bold: true, size: 11 }), alignment: { vertical: 'middle' }, fill: KINERJA_FILL, border: BOX },
  sectionText: { font: font({ italic: true }), alignment: { wrapText: true, vertical: 'middle' } },
  text: { font: font(), alignment: wrapTop, border: BOX },
  center: { font: font(), alignment: { horizontal: 'center', vertical: 'top', wrapText: true }, border: BOX },
  part: { font: font(), alignment: wrapTop, border: BOX },
  readonly: { font: font({ italic: true, color: { argb: 'FF595959' } }), alignment: wrapTop, border: BOX },
  noteLabel: { font: font({ color: { argb: 'FF404040' } }), alignment: wrapTop, border: BOX },
  inputNumber: {
    font: font({ size: 11, bold: true }),
    alignment: { horizontal: 'right', vertical: 'top' },
    fill: INPUT_FILL,
    border: INPUT_BOX,
    numFmt: '0',
    protection: UNLOCKED,
  },
  inputText: { font: font(), alignment: wrapTop, fill: INPUT_FILL, border: INPUT_BOX, numFmt: '@', protection: UNLOCKED },
  sign: { font: font(), alignment: { horizontal: 'center', vertical: 'top', wrapText: true } },
  signName: { font: font({ bold: true }), alignment: { horizontal: 'center', vertical: 'bottom' } },
};

const GUIDE_LOOKS: Record<GuideStyle | 'sampleCell', Partial<Style>> = {
  title: { font: font({ bold: true, size: 13 }), alignment: wrapTop },
  heading: { font: font({ bold: true }), alignment: { vertical: 'bottom' } },
  text: { font: font(), alignment: wrapTop },
  sample: { font: font(), alignment: wrapTop },
  sampleCell: { font: font({ italic: true }), alignment: { horizontal: 'center', vertical: 'middle' }, fill: INPUT_FILL, border: INPUT_BOX },
};

/** Sheet protection: a guard against slips, not security. No password, so opening never asks for one. */
const PROTECTION: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  spinCount: 1000,
};

// ---------------------------------------------------------------- the workbook

/** Build the workbook for one jabatan in memory. Pure apart from exceljs. */
export async function buildTemplate(
  excel: ExcelModule,
  index: CatalogueIndex,
  jabatanId: string,
  period: Period,
  opts: TemplateOptions,
): Promise<{ workbook: Workbook; summary: TemplateSummary; plan: TemplatePlan }> {
  const p = plan(index, jabatanId, period, opts);
  const wb = new excel.Workbook();
  wb.creator = 'iki';
  wb.lastModifiedBy = 'iki';
  const when = new Date(opts.generatedAt);
  if (!Number.isNaN(when.getTime())) wb.created = wb.modified = when;
  wb.title = p.title;
  wb.company = index.catalogue.instansi;

  await inputSheet(wb, p, index);
  await guideSheet(wb, p);
  // The contract sheet goes last: a hidden FIRST sheet would still show (exceljs #2911).
  await metaSheet(wb, p);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const summary: TemplateSummary = {
    jabatanId,
    fileName: p.fileName,
    elementInputs: p.inputs.filter((i) => i.spec.kind === 'element').length,
    noteInputs: p.inputs.filter((i) => i.spec.kind === 'note').length,
  };
  return { workbook: wb, summary, plan: p };
}

async function inputSheet(wb: Workbook, p: TemplatePlan, index: CatalogueIndex): Promise<void> {
  const ws = wb.addWorksheet(INPUT_SHEET, {
    properties: { defaultRowHeight: 15 },
    // No frozen panes: the heading is a third of a laptop screen. The cursor starts on the first input.
    views: [{ state: 'normal', tabSelected: true, activeCell: p.inputs[0] ? `${INPUT_COL_LETTER}${p.inputs[0].row}` : 'A1', showGridLines: false } as Partial<WorksheetView>],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${p.headerRows[0]}:${p.headerRows[1]}`,
      printArea: `A1:${INPUT_COL_LETTER}${p.lastRow}`,
    },
    headerFooter: { oddFooter: p.footer, evenFooter: p.footer },
  });
  ws.columns = COL_WIDTHS.map((width) => ({ width }));
  renderRows(ws, p);
  for (const b of p.pageBreaks) ws.getRow(b).addPageBreak();
  const numberRule = numberValidation(p);
  const looks = new Map<string, Partial<Style>>();
  for (const i of p.inputs) {
    const cell = ws.getCell(i.address.replace(/\$/g, ''));
    const el = i.spec.kind === 'element' ? index.elements.get(i.spec.elementId) : undefined;
    if (i.spec.kind !== 'element') cell.dataValidation = textValidation(p, i.spec.maxLength);
    else if (!el || (el.type === 'count' && el.min === undefined && el.max === undefined)) cell.dataValidation = numberRule;
    else {
      cell.dataValidation = valueValidation(p, el);
      // One shared style object per format (see LOOKS).
      const numFmt = inputNumFmt(el);
      if (!looks.has(numFmt)) looks.set(numFmt, { ...LOOKS.inputNumber, numFmt });
      cell.style = looks.get(numFmt)!;
    }
    // Workbook scope (no localSheetId): ingest looks the name up without knowing the sheet.
    wb.definedNames.add(`${INPUT_SHEET}!${i.address}`, i.name);
  }
  await ws.protect('', { ...PROTECTION });
}

function renderRows(ws: Worksheet, p: TemplatePlan): void {
  for (const pr of p.rows) {
    if (pr.height !== undefined) ws.getRow(pr.row).height = pr.height;
    for (const c of pr.cells) {
      const look = LOOKS[c.style];
      const cols = c.span?.cols ?? 1;
      const rows = c.span?.rows ?? 1;
      // Borders and fills must be on every cell of a merge, or printing shows gaps.
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) ws.getCell(pr.row + dr, c.col + dc).style = look;
      if (c.value !== '') ws.getCell(pr.row, c.col).value = c.value;
      if (cols > 1 || rows > 1) ws.mergeCells(pr.row, c.col, pr.row + rows - 1, c.col + cols - 1);
    }
  }
}

function numberValidation(p: TemplatePlan): DataValidation {
  const t = ui(p.lang).template.numberValidation;
  return {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t.errorTitle,
    error: t.error,
    showInputMessage: true,
    promptTitle: t.promptTitle,
    prompt: t.prompt,
  };
}

/** A typed input (or a count with its own bounds): its range and its type's texts. */
function valueValidation(p: TemplatePlan, el: Element): DataValidation {
  const t = ui(p.lang).template.valueValidation;
  const f = fmt(p.lang);
  const { min, max } = boundsOf(el);
  // The words say "0 atau lebih" for rupiah below its 10^15 cap; the rule still holds the cap.
  const worded = el.max !== undefined || el.type === 'percent';
  const bounded = worded || el.type === 'rupiah';
  const show = (v: number) => (el.type === 'rupiah' ? f.num(v, 0) : f.num(v, 6));
  const range = t.range(worded ? { min: show(min), max: show(max) } : { min: show(min) });
  const texts = t[el.type];
  return {
    // Rupiah as decimal: Excel's whole-number rule is not trusted above 2^31; ingest refuses fractions.
    type: el.type === 'count' ? 'whole' : 'decimal',
    operator: bounded ? 'between' : 'greaterThanOrEqual',
    allowBlank: true,
    formulae: bounded ? [min, max] : [min],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: texts.errorTitle,
    error: texts.error({ range }),
    showInputMessage: true,
    promptTitle: texts.promptTitle,
    prompt: texts.prompt({ range }),
  };
}

function textValidation(p: TemplatePlan, max: number): DataValidation {
  const t = ui(p.lang).template.textValidation;
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t.errorTitle,
    error: t.error({ max }, fmt(p.lang)),
  };
}

async function guideSheet(wb: Workbook, p: TemplatePlan): Promise<void> {
  const g = wb.addWorksheet(GUIDE_SHEET, {
    views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  g.columns = [{ width: 90 }, { width: 12 }];
  p.guide.forEach((line, n) => {
    const cell = g.getCell(n + 1, 1);
    cell.value = line.text;
    cell.style = GUIDE_LOOKS[line.style];
    g.getRow(n + 1).height = line.style === 'heading' ? 22 : Math.max(16, rowHeight(line.text, 90));
    if (line.style === 'sample') {
      const sample = g.getCell(n + 1, 2);
      sample.value = ui(p.lang).template.guide.sample;
      sample.style = GUIDE_LOOKS.sampleCell;
    }
  });
  await g.protect('', { ...PROTECTION });
}

async function metaSheet(wb: Workbook, p: TemplatePlan): Promise<void> {
  const m = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  META_KEYS.forEach((key, n) => {
    m.getCell(n + 1, 1).value = key;
    m.getCell(n + 1, 2).value = p.meta[key];
  });
  m.getColumn(1).width = 16;
  m.getColumn(2).width = 70;
  await m.protect('', { ...PROTECTION });
}
