// The laporan as a PDF (`iki report --pdf`), made in-process with pdfkit: A4, the DejaVu fonts embedded
// (subset), vector charts, "Halaman x dari y" on every page. From the view model only
// (src/write/laporan-model.ts), so its numbers are the workbook's. No disk: the caller writes the bytes.
//
// pdfkit rather than pdfmake: the charts are drawn with its vector primitives, the tables need no more
// than fixed columns and a repeated header, and pdfmake would add its own layout engine on top of the
// same pdfkit (more to load, less control over the 8 pt minimum).
import { ui } from '../../model/text/ui.js';
import type { LaporanModel } from '../laporan-model.js';
import { prepareFonts, textAt } from './metrics.js';
import { COLOURS, MARGIN, registerFonts, SIZE, type Doc } from './page.js';
import { catatan, contents, cover, grafik, kelengkapan, perbandingan, ringkasan, tandaTangan, units, type Starts } from './sections.js';

type PdfKit = new (options?: PDFKit.PDFDocumentOptions) => Doc;

export interface PdfInfo {
  /** Fixed in tests and reproducible builds (SOURCE_DATE_EPOCH). */
  createdAt: Date;
  toolVersion: string;
}

/** The laporan PDF's bytes. pdfkit is loaded here, on first use, so other commands never pay for it. */
export async function renderPdf(m: LaporanModel, info: PdfInfo): Promise<Buffer> {
  const mod = (await import('pdfkit')) as unknown as { default: PdfKit };
  const doc = new mod.default({
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: m.lang === 'id' ? 'id-ID' : 'en-US',
    info: { Title: `${m.kop.judul} — ${m.kop.instansi}`, Author: m.kop.instansi, Creator: `iki ${info.toolVersion}`, Producer: 'iki (pdfkit)', CreationDate: info.createdAt, ModDate: info.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  registerFonts(doc);
  prepareFonts(doc);
  const starts: Starts = [];
  cover(doc, m);
  ringkasan(doc, m, starts);
  perbandingan(doc, m, starts);
  grafik(doc, m, starts);
  units(doc, m, starts);
  kelengkapan(doc, m, starts);
  catatan(doc, m, starts);
  tandaTangan(doc, m);
  contents(doc, m, starts);
  footers(doc, m);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** "Halaman x dari y" at the foot of every page, with the kop's title at the left. */
function footers(doc: Doc, m: LaporanModel): void {
  const t = ui(m.lang).laporan.pdf;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not start a new page.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom + 16;
    const w = doc.page.width - MARGIN.left - MARGIN.right;
    doc.lineWidth(0.4).strokeColor(`#${COLOURS.rule}`).moveTo(MARGIN.left, y - 4).lineTo(MARGIN.left + w, y - 4).stroke();
    textAt(doc, `${m.kop.instansi} — ${m.kop.judul}${m.through < 4 ? ` — ${m.periode}` : ''}`, MARGIN.left, y, { size: SIZE.footer, colour: COLOURS.muted });
    textAt(doc, t.halaman(i + 1, count), MARGIN.left, y, { size: SIZE.footer, colour: COLOURS.muted, width: w, align: 'right' });
    doc.page.margins.bottom = keep;
  }
}
