// The "Umpan Balik" sheet of a feedback workbook (one row per problem: lembar!sel, isian, masalah, cara
// memperbaiki) and the styles it and the cell highlights need, appended to the workbook's styles.xml.
import { appendCounted, child, el, escapeAttr, escapeText, insertInOrder, type XmlElement } from './xml-tree.js';

const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface FeedbackStyles {
  /** Differential formats of the highlights (conditional formatting). */
  dxf: { error: number; warning: number };
  /** Cell formats of the Umpan Balik sheet. */
  xf: { title: number; text: number; head: number; body: number; num: number; link: number; error: number; warning: number };
}

const COLORS = {
  error: { font: 'FF9C0006', fill: 'FFFFC7CE', border: 'FFC00000' },
  warning: { font: 'FF7F6000', fill: 'FFFFEB9C', border: 'FFBF8F00' },
  head: 'FFD9E1F2',
  grid: 'FFA6A6A6',
  link: 'FF0563C1',
};

/** Append what the feedback needs to styles.xml (nothing existing changes: cells keep their formats). */
export function addFeedbackStyles(styles: XmlElement): FeedbackStyles {
  const list = (name: string) => {
    let l = child(styles, name);
    if (!l) {
      l = el(styles, name, { count: '0' });
      insertInOrder(styles, l, STYLESHEET_ORDER);
    }
    return l;
  };
  const fonts = list('fonts');
  const font = (o: { b?: boolean; u?: boolean; sz: number; color?: string }) =>
    appendCounted(
      fonts,
      el(fonts, 'font', {}, [
        ...(o.b ? [el(fonts, 'b')] : []),
        ...(o.u ? [el(fonts, 'u')] : []),
        el(fonts, 'sz', { val: String(o.sz) }),
        ...(o.color ? [el(fonts, 'color', { rgb: o.color })] : []),
        el(fonts, 'name', { val: 'Arial' }),
        el(fonts, 'family', { val: '2' }),
      ]),
    );
  const f = { title: font({ b: true, sz: 14 }), bold: font({ b: true, sz: 10 }), text: font({ sz: 10 }), link: font({ u: true, sz: 10, color: COLORS.link }), error: font({ b: true, sz: 10, color: COLORS.error.font }), warning: font({ b: true, sz: 10, color: COLORS.warning.font }) };
  const fills = list('fills');
  const headFill = appendCounted(fills, el(fills, 'fill', {}, [el(fills, 'patternFill', { patternType: 'solid' }, [el(fills, 'fgColor', { rgb: COLORS.head }), el(fills, 'bgColor', { indexed: '64' })])]));
  const borders = list('borders');
  const grid = appendCounted(borders, el(borders, 'border', {}, [...['left', 'right', 'top', 'bottom'].map((side) => el(borders, side, { style: 'thin' }, [el(borders, 'color', { rgb: COLORS.grid })])), el(borders, 'diagonal')]));
  const xfs = list('cellXfs');
  const xf = (font: number, o: { fill?: number; border?: boolean; wrap?: boolean; vertical?: string; center?: boolean } = {}) =>
    appendCounted(
      xfs,
      el(
        xfs,
        'xf',
        {
          numFmtId: '0',
          fontId: String(font),
          fillId: String(o.fill ?? 0),
          borderId: String(o.border ? grid : 0),
          xfId: '0',
          applyFont: '1',
          ...(o.fill ? { applyFill: '1' } : {}),
          ...(o.border ? { applyBorder: '1' } : {}),
          applyAlignment: '1',
        },
        [el(xfs, 'alignment', { ...(o.center ? { horizontal: 'center' } : {}), vertical: o.vertical ?? 'top', ...(o.wrap ? { wrapText: '1' } : {}) })],
      ),
    );
  const dxfs = list('dxfs');
  const dxf = (c: { font: string; fill: string; border: string }) =>
    appendCounted(
      dxfs,
      el(dxfs, 'dxf', {}, [
        el(dxfs, 'font', {}, [el(dxfs, 'b'), el(dxfs, 'color', { rgb: c.font })]),
        el(dxfs, 'fill', {}, [el(dxfs, 'patternFill', { patternType: 'solid' }, [el(dxfs, 'fgColor', { rgb: c.fill }), el(dxfs, 'bgColor', { rgb: c.fill })])]),
        el(dxfs, 'border', {}, ['left', 'right', 'top', 'bottom'].map((side) => el(dxfs, side, { style: 'thin' }, [el(dxfs, 'color', { rgb: c.border })]))),
      ]),
    );
  return {
    dxf: { error: dxf(COLORS.error), warning: dxf(COLORS.warning) },
    xf: {
      title: xf(f.title, { vertical: 'center' }),
      text: xf(f.text, { wrap: true }),
      head: xf(f.bold, { fill: headFill, border: true, wrap: true, vertical: 'center' }),
      body: xf(f.text, { border: true, wrap: true }),
      num: xf(f.text, { border: true, center: true }),
      link: xf(f.link, { border: true }),
      error: xf(f.error, { border: true }),
      warning: xf(f.warning, { border: true }),
    },
  };
}

// ---------------------------------------------------------------- the sheet

export interface FeedbackRow {
  where: string;
  /** Where the hyperlink of `where` goes ('Isian'!G12), when the cell can be shown. */
  link?: string;
  isian: string;
  problem: string;
  fix: string;
  kind: string;
  severity: 'error' | 'warning' | 'info';
}

export interface FeedbackHead {
  title: string;
  intro: string;
  keep: string;
  made: string;
  columns: { no: string; where: string; isian: string; problem: string; fix: string; kind: string };
}

/** Column widths (characters) of No, Lembar!Sel, Isian, Masalah, Cara memperbaiki, Jenis. */
const WIDTHS = [5, 16, 30, 55, 55, 12];
const FIRST_ROW = 6;

/** The sheet's XML, in the workbook's own main namespace (Transitional or Strict). */
export function feedbackSheetXml(ns: string, head: FeedbackHead, rows: readonly FeedbackRow[], s: FeedbackStyles): string {
  const c = (ref: string, style: number, text?: string) =>
    text === undefined || text === '' ? `<c r="${ref}" s="${style}"/>` : `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
  const row = (r: number, cells: string, lines = 1) => `<row r="${r}" ht="${Math.max(15, lines * 13 + 3)}" customHeight="1">${cells}</row>`;
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const span = WIDTHS.reduce((a, b) => a + b, 0);
  const x = head.columns;
  const out = [
    row(1, c('A1', s.xf.title, head.title), 1.5),
    row(2, c('A2', s.xf.text, head.intro), linesFor(head.intro, span)),
    row(3, c('A3', s.xf.text, head.keep)),
    row(4, c('A4', s.xf.text, head.made)),
    row(FIRST_ROW - 1, ['A', 'B', 'C', 'D', 'E', 'F'].map((col, i) => c(`${col}${FIRST_ROW - 1}`, s.xf.head, [x.no, x.where, x.isian, x.problem, x.fix, x.kind][i])).join(''), 2),
  ];
  const links: string[] = [];
  rows.forEach((p, i) => {
    const r = FIRST_ROW + i;
    const lines = Math.max(linesFor(p.isian, WIDTHS[2]!), linesFor(p.problem, WIDTHS[3]!), linesFor(p.fix, WIDTHS[4]!));
    const kind = p.severity === 'error' ? s.xf.error : p.severity === 'warning' ? s.xf.warning : s.xf.body;
    out.push(row(r, [c(`A${r}`, s.xf.num, String(i + 1)), c(`B${r}`, p.link ? s.xf.link : s.xf.body, p.where), c(`C${r}`, s.xf.body, p.isian), c(`D${r}`, s.xf.body, p.problem), c(`E${r}`, s.xf.body, p.fix), c(`F${r}`, kind, p.kind)].join(''), lines));
    if (p.link) links.push(`<hyperlink ref="B${r}" location="${escapeAttr(p.link)}" display="${escapeAttr(p.where)}"/>`);
  });
  const last = FIRST_ROW + Math.max(rows.length, 1) - 1;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${ns}">`,
    '<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:F${last}"/>`,
    '<sheetViews><sheetView workbookViewId="0" tabSelected="1" showGridLines="0"><selection activeCell="B6" sqref="B6"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${cols}</cols>`,
    `<sheetData>${out.join('')}</sheetData>`,
    '<mergeCells count="4"><mergeCell ref="A1:F1"/><mergeCell ref="A2:F2"/><mergeCell ref="A3:F3"/><mergeCell ref="A4:F4"/></mergeCells>',
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    '</worksheet>',
  ].join('');
}

/** How many lines a text wraps to in a column of `width` characters (10 pt Arial: about 1.1 characters a unit). */
function linesFor(text: string, width: number): number {
  const per = Math.max(4, Math.floor(width * 1.1));
  return text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / per)), 0);
}
