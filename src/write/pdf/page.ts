/// <reference types="pdfkit" />
// The PDF page: A4, margins, the embedded fonts and the type sizes, and the helpers every section uses.
// Type sizes live here only, and none is below 8 pt (MIN_SIZE): the laporan is printed and signed.
import { createRequire } from 'node:module';

export type Doc = PDFKit.PDFDocument;
export type Orientation = 'portrait' | 'landscape';

/** The smallest type anywhere in the PDF, in points. Tests check every text against it. */
export const MIN_SIZE = 8;
export const SIZE = { title: 16, subtitle: 12, heading: 12, subheading: 10, body: 9, table: 8, footer: 8, chartTitle: 10, chart: 8 } as const;

export const MARGIN = { top: 42, bottom: 44, left: 36, right: 36 } as const;
export const COLOURS = { text: '000000', muted: '595959', rule: 'A6A6A6', head: 'D9E1F2', section: 'EDEDED', grid: 'D9D9D9' } as const;

/** DejaVu Sans Condensed (dejavu-fonts-ttf, Bitstream Vera licence with public-domain changes): embedded, subset. */
const requireFont = createRequire(import.meta.url);
const FONT_FILES = {
  regular: requireFont.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: requireFont.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
} as const;
export const FONT = { regular: 'iki-regular', bold: 'iki-bold' } as const;

export function registerFonts(doc: Doc): void {
  doc.registerFont(FONT.regular, FONT_FILES.regular);
  doc.registerFont(FONT.bold, FONT_FILES.bold);
}

export function newPage(doc: Doc, layout: Orientation): void {
  doc.addPage({ size: 'A4', layout, margins: { ...MARGIN } });
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

export function bottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

/** Start a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: Doc, height: number, layout: Orientation): void {
  if (doc.y + height > bottom(doc)) {
    newPage(doc, layout);
    doc.y = MARGIN.top;
  }
}

export function setText(doc: Doc, size: number, bold = false, colour: string = COLOURS.text): Doc {
  // One guard for every text: nothing is set below the minimum size.
  return doc.font(bold ? FONT.bold : FONT.regular).fontSize(Math.max(MIN_SIZE, size)).fillColor(`#${colour}`);
}

export function heading(doc: Doc, text: string, layout: Orientation, size: number = SIZE.heading): void {
  ensureSpace(doc, 60, layout);
  setText(doc, size, true).text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.y += 6;
}

export function paragraph(doc: Doc, text: string, size: number = SIZE.body, colour: string = COLOURS.text): void {
  setText(doc, size, false, colour).text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.y += 4;
}
