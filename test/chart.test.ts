// Native charts (src/write/chart.ts): the DrawingML parts, and that LibreOffice keeps them on an
// open-and-save and draws them in its PDF. Needs `soffice` and poppler-utils (CI installs both).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartXml, placeChart, rangeFormula, sheetCharts, type ChartData, type ChartSpec } from '../src/write/chart.js';
import { countColour, rasterize } from './support/pixels.js';
import { HAVE_SOFFICE, sofficeConvert } from './support/soffice.js';
import { tinyXlsx } from './support/tiny-xlsx.js';
import { unzipSync } from './support/zip.mjs';

const SHEET = 'Grafik Uji';
const CATS = ['Sertifikat', 'Lowongan', 'Kasus PHI', 'TPAK', 'Tupoksi'];
const CAPAIAN = [92.5, 71.3, 110, 55.2, null];
// Colours only the charts use, so a pixel of one on the page is a drawn bar or line.
const GREEN = '2E9E4F';
const YELLOW = 'E6B800';
const ORANGE = 'E8731A';
const LINE = 'C00000';
const TW = ['1F4E79', '2E75B6', '9DC3E6', '7030A0'];

const capaianData: ChartData = {
  title: 'Capaian indikator terhadap target 100 %',
  categories: CATS,
  series: [
    { name: 'Capaian (%)', kind: 'bar', color: '808080', values: CAPAIAN, pointColors: [GREEN, YELLOW, GREEN, ORANGE, undefined], labels: true },
    { name: 'Target 100 %', kind: 'line', color: LINE, values: CATS.map(() => 100), dashed: true },
  ],
  xTitle: 'Indikator',
  yTitle: 'Capaian (%)',
  yMin: 0,
  numFmt: '0.00',
};
const REALISASI = [
  [60, 62, 65, 66, 64],
  [70, 80, 85, 90, 81],
  [50, 55, 75, 90, 68],
  [69, 69, 70, 71, 70],
];
const triwulanData: ChartData = {
  title: 'Realisasi per triwulan (%)',
  categories: CATS,
  series: REALISASI.map((values, q) => ({ name: `TW ${['I', 'II', 'III', 'IV'][q]}`, kind: 'bar' as const, color: TW[q]!, values })),
  yTitle: 'Realisasi (%)',
  yMin: 0,
  numFmt: '0.00',
};

/** The sheet the charts refer to: categories in A, capaian in B, the 100s in C, TW I–IV in D–G. */
const rows: (string | number | null)[][] = [
  ['Indikator', 'Capaian', 'Target', 'TW I', 'TW II', 'TW III', 'TW IV'],
  ...CATS.map((c, i) => [c, CAPAIAN[i] ?? null, 100, ...REALISASI.map((r) => r[i]!)]),
];
const range = (col: string) => ({ sheet: SHEET, ref: `$${col}$2:$${col}$6` });
const specs: ChartSpec[] = [
  placeChart(capaianData, { categoriesRef: range('A'), seriesRefs: [range('B'), range('C')], from: { col: 0, row: 8 }, to: { col: 7, row: 28 } }),
  placeChart(triwulanData, { categoriesRef: range('A'), seriesRefs: ['D', 'E', 'F', 'G'].map(range), from: { col: 0, row: 30 }, to: { col: 7, row: 50 } }),
];

describe('chart parts', () => {
  const parts = sheetCharts(specs, { drawingNo: 1, firstChartNo: 1, sheetRelId: 'rId3' });

  it('writes one drawing with both charts, their relationships and content types', () => {
    expect(parts.parts.map((p) => p.path)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']);
    expect(parts.contentTypes.map((c) => c.partName)).toEqual(['/xl/charts/chart1.xml', '/xl/charts/chart2.xml', '/xl/drawings/drawing1.xml']);
    expect(parts.sheetRel).toEqual({ id: 'rId3', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing', target: '../drawings/drawing1.xml' });
    expect(parts.sheetElement).toContain('r:id="rId3"');
    const drawing = parts.parts[2]!.data;
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>');
  });

  it('colours each bar by predikat, draws the 100 % line on the same axes, leaves a gap for no value', () => {
    const xml = chartXml(specs[0]!);
    expect(xml.match(/<c:dPt>/g)).toHaveLength(4);
    expect(xml).toContain(`<c:dPt><c:idx val="3"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${ORANGE}"/>`);
    expect(xml).toMatch(/<c:barChart>.*<c:lineChart>.*<c:catAx>.*<c:valAx>/s);
    expect(xml.match(/<c:axId val="50010001"\/>/g)).toHaveLength(3);
    expect(xml).toContain("<c:f>'Grafik Uji'!$B$2:$B$6</c:f>");
    // Tupoksi (index 4) has no capaian: no cached point, so no bar (never 0).
    const bar = xml.slice(xml.indexOf('<c:barChart>'), xml.indexOf('</c:barChart>'));
    const values = bar.slice(bar.indexOf('<c:val>'));
    expect(values).toContain('<c:ptCount val="5"/><c:pt idx="0"><c:v>92.5</c:v></c:pt>');
    expect(values).not.toContain('<c:pt idx="4">');
  });

  it('quotes sheet names and escapes text', () => {
    expect(rangeFormula({ sheet: 'Rekap Isian', ref: '$A$1' })).toBe("'Rekap Isian'!$A$1");
    expect(rangeFormula({ sheet: "Bidang H'I", ref: '$A$1' })).toBe("'Bidang H''I'!$A$1");
    expect(rangeFormula({ sheet: 'Ringkasan', ref: '$A$1:$A$4' })).toBe('Ringkasan!$A$1:$A$4');
    const xml = chartXml({ ...specs[0]!, title: 'Capaian <PKB & PP>' });
    expect(xml).toContain('Capaian &lt;PKB &amp; PP&gt;');
  });
});

(HAVE_SOFFICE || process.env.CI ? describe : describe.skip)('charts in LibreOffice', () => {
  let dir: string;
  let saved: Map<string, string>;
  let pdf: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'iki-chart-'));
    const file = join(dir, 'grafik.xlsx');
    writeFileSync(file, tinyXlsx(SHEET, rows, sheetCharts(specs, { drawingNo: 1, firstChartNo: 1, sheetRelId: 'rId1' })));
    const roundTrip = sofficeConvert([file], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'saved'))[0]!;
    // LibreOffice writes colours in lower case and apostrophes as &apos;.
    saved = new Map(unzipSync(readFileSync(roundTrip)).map((e) => [e.name, e.data.toString('utf8').replace(/&apos;/g, "'").toUpperCase()]));
    // The PDF of the saved workbook: what a user prints after editing and saving it in LibreOffice.
    pdf = sofficeConvert([roundTrip], 'pdf', join(dir, 'pdf'))[0]!;
  }, 240_000);
  // IKI_KEEP_OUTPUT=1 keeps the files to look at (the path is printed).
  afterAll(() => (process.env.IKI_KEEP_OUTPUT ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true })));

  it('keeps both charts, their series, ranges and point colours on an open-and-save', () => {
    const charts = [...saved.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).sort();
    expect(charts).toHaveLength(2);
    const all = charts.map((k) => saved.get(k)!);
    const capaian = all.find((x) => x.includes('TARGET 100 %'))!;
    const triwulan = all.find((x) => x.includes('TW IV'))!;
    expect(capaian).toBeDefined();
    expect(triwulan).toBeDefined();
    expect(capaian).toContain('<C:LINECHART>');
    expect(capaian.match(/<C:DPT>/g)).toHaveLength(4);
    for (const c of [GREEN, YELLOW, ORANGE, LINE]) expect(capaian).toContain(`<A:SRGBCLR VAL="${c}"/>`);
    expect(capaian).toContain("<C:F>'GRAFIK UJI'!$B$2:$B$6</C:F>");
    expect(capaian).toContain("<C:F>'GRAFIK UJI'!$C$2:$C$6</C:F>");
    expect(triwulan.match(/<C:SER>/g)).toHaveLength(4);
    expect([...saved.keys()].some((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toBe(true);
  });

  it('draws the bars in their predikat colours, the 100 % line and the triwulan series in its PDF', () => {
    const page = rasterize(pdf, 1, 50);
    for (const c of [GREEN, YELLOW, ORANGE, LINE, ...TW]) expect(countColour(page, c), c).toBeGreaterThan(20);
  });
});
