// Native spreadsheet charts as DrawingML (ECMA-376 part 1, §21.2 charts and §20.5 spreadsheet drawing):
// real charts whose series refer to sheet ranges, with the values cached, so Excel and LibreOffice draw
// them, users can edit them, and a copy into the LKjIP Word document stays a chart, not a picture.
// Pure: a chart spec in, the package parts out; the workbook writer adds them to its zip.
//
// Element order follows the schema's sequences (Excel refuses a file whose children are out of order);
// the shapes are those XlsxWriter writes (chart.py, chart_bar.py, chart_line.py, drawing.py).

/** A range on a sheet, e.g. { sheet: 'Ringkasan', ref: '$J$8:$J$19' }. */
export interface SheetRange {
  sheet: string;
  ref: string;
}

/** One series as data: what a chart shows, wherever it is drawn (the workbook, the PDF). */
export interface SeriesData {
  /** Legend text. */
  name: string;
  /** One per category; null for a gap (no value: drawn as no bar, never as 0). */
  values: readonly (number | null)[];
  /** Bars, or a line drawn over the same axes (a reference line such as the 100 % target). */
  kind: 'bar' | 'line';
  /** RRGGBB. */
  color: string;
  /** Per point (bars): RRGGBB, or undefined for the series colour. Written as c:dPt. */
  pointColors?: readonly (string | undefined)[];
  /** Line series: dashed. */
  dashed?: boolean;
  /** Show each value above its bar or point. */
  labels?: boolean;
}

/** A chart as data: title, categories, series, axes. */
export interface ChartData {
  title: string;
  categories: readonly string[];
  series: readonly SeriesData[];
  xTitle?: string;
  yTitle?: string;
  /** Value axis bounds; undefined lets the program choose. */
  yMin?: number;
  yMax?: number;
  /** Number format of values and labels, as in the sheet (e.g. "0.00"). */
  numFmt?: string;
  /** Show the legend (below the plot); default shown. */
  legend?: boolean;
}

export interface ChartSeries extends SeriesData {
  /**
   * Where the values live, with `values` as their cached copy. Required: a chart over literal values
   * (c:numLit) is not editable from the sheet, and LibreOffice drops such a series on import (7.4), so
   * even a 100 % line needs its column of 100s on the sheet.
   */
  ref: SheetRange;
  /** The cell that holds the name, when there is one (editing it renames the series). */
  nameRef?: SheetRange;
}

export interface CellAnchor {
  /** 0-based column and row of the top-left (from) or bottom-right (to) corner. */
  col: number;
  row: number;
}

/** A chart placed on a sheet: its data, the ranges the data lives in, and the cells it covers. */
export interface ChartSpec extends Omit<ChartData, 'series'> {
  categoriesRef: SheetRange;
  series: readonly ChartSeries[];
  from: CellAnchor;
  to: CellAnchor;
}

/** Place chart data on a sheet: `seriesRefs[i]` holds series i's values (the sheet must show the same numbers). */
export function placeChart(data: ChartData, place: { categoriesRef: SheetRange; seriesRefs: readonly SheetRange[]; from: CellAnchor; to: CellAnchor }): ChartSpec {
  if (place.seriesRefs.length !== data.series.length) throw new Error(`placeChart: ${data.series.length} series, ${place.seriesRefs.length} ranges`);
  return { ...data, categoriesRef: place.categoriesRef, series: data.series.map((s, i) => ({ ...s, ref: place.seriesRefs[i]! })), from: place.from, to: place.to };
}

export interface PackagePart {
  path: string;
  data: string;
}

export interface ContentTypeOverride {
  partName: string;
  contentType: string;
}

/** What one sheet's charts add to the package. */
export interface SheetCharts {
  /** xl/charts/chartN.xml, xl/drawings/drawingN.xml and the drawing's relationships. */
  parts: PackagePart[];
  /** <Override> entries for [Content_Types].xml. */
  contentTypes: ContentTypeOverride[];
  /** The relationship to add to the sheet's rels (xl/worksheets/_rels/sheetK.xml.rels). */
  sheetRel: { id: string; type: string; target: string };
  /** The element to put in the sheet XML, after pageSetup/headerFooter and before legacyDrawing/tableParts. */
  sheetElement: string;
}

const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for XML content and attribute values. */
export function xmlText(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Ringkasan!$J$8:$J$19, quoting the sheet name as formulas do ('Rekap Isian'!…). */
export function rangeFormula(r: SheetRange): string {
  const quoted = /[^A-Za-z0-9_.]/.test(r.sheet) || /^\d/.test(r.sheet) ? `'${r.sheet.replace(/'/g, "''")}'` : r.sheet;
  return `${quoted}!${r.ref}`;
}

/**
 * The parts for the charts of one sheet: one drawing holding every chart anchored at its cells.
 * `drawingNo` and `firstChartNo` number the parts across the workbook (drawing1, chart1 …);
 * `sheetRelId` is the relationship id the sheet's rels file gives the drawing.
 */
export function sheetCharts(charts: readonly ChartSpec[], o: { drawingNo: number; firstChartNo: number; sheetRelId: string }): SheetCharts {
  const parts: PackagePart[] = [];
  const contentTypes: ContentTypeOverride[] = [];
  const anchors: string[] = [];
  const rels: string[] = [];
  charts.forEach((spec, i) => {
    const n = o.firstChartNo + i;
    parts.push({ path: `xl/charts/chart${n}.xml`, data: chartXml(spec) });
    contentTypes.push({ partName: `/xl/charts/chart${n}.xml`, contentType: CT_CHART });
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`);
    anchors.push(anchorXml(spec, i + 1, `rId${i + 1}`));
  });
  const drawing = `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
  parts.push({ path: `xl/drawings/drawing${o.drawingNo}.xml`, data: drawing });
  parts.push({ path: `xl/drawings/_rels/drawing${o.drawingNo}.xml.rels`, data: `${XML_HEAD}<Relationships xmlns="${NS_REL}">${rels.join('')}</Relationships>` });
  contentTypes.push({ partName: `/xl/drawings/drawing${o.drawingNo}.xml`, contentType: CT_DRAWING });
  return {
    parts,
    contentTypes,
    sheetRel: { id: o.sheetRelId, type: REL_DRAWING, target: `../drawings/drawing${o.drawingNo}.xml` },
    sheetElement: `<drawing xmlns:r="${NS_R}" r:id="${o.sheetRelId}"/>`,
  };
}

// ---------------------------------------------------------------- the drawing

function anchorXml(spec: ChartSpec, id: number, relId: string): string {
  const corner = (tag: string, a: CellAnchor) =>
    `<xdr:${tag}><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    corner('from', spec.from) +
    corner('to', spec.to) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlText(`Grafik ${id}`)}" descr="${xmlText(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

// ---------------------------------------------------------------- the chart

const AX_CAT = 50010001;
const AX_VAL = 50010002;
const FONT = 'Arial';

/** Run properties: size in points (LibreOffice and Excel print these as they are). */
function txPr(sizePt: number, bold = false, rot?: number): string {
  return (
    `<c:txPr><a:bodyPr${rot !== undefined ? ` rot="${rot}" vert="horz"` : ''}/><a:lstStyle/><a:p><a:pPr>` +
    `<a:defRPr sz="${Math.round(sizePt * 100)}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:defRPr>` +
    '</a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
  );
}

function richTitle(text: string, sizePt: number, rot?: number): string {
  return (
    '<c:title><c:tx><c:rich>' +
    `<a:bodyPr${rot !== undefined ? ` rot="${rot}" vert="horz"` : ''}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${sizePt * 100}" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${sizePt * 100}" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${xmlText(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb.replace(/^#/, '').toUpperCase()}"/></a:solidFill>`;

function strData(values: readonly string[], ref: SheetRange): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlText(rangeFormula(ref))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numData(values: readonly (number | null)[], ref: SheetRange, numFmt: string): string {
  // A gap is a missing c:pt, which both programs draw as no bar (never as 0).
  const pts = values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${xmlText(rangeFormula(ref))}</c:f><c:numCache><c:formatCode>${xmlText(numFmt)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function seriesName(s: ChartSeries): string {
  if (!s.nameRef) return `<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
  return `<c:tx><c:strRef><c:f>${xmlText(rangeFormula(s.nameRef))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
}

function dataLabels(numFmt: string, pos: 'outEnd' | 't'): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlText(numFmt)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(8)}` +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function barSeries(s: ChartSeries, idx: number, spec: ChartSpec, numFmt: string): string {
  const points = (s.pointColors ?? [])
    .map((c, i) => (c ? `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(c)}</c:spPr></c:dPt>` : ''))
    .join('');
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${seriesName(s)}<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>` +
    points +
    (s.labels ? dataLabels(numFmt, 'outEnd') : '') +
    `<c:cat>${strData(spec.categories, spec.categoriesRef)}</c:cat><c:val>${numData(s.values, s.ref, numFmt)}</c:val></c:ser>`
  );
}

function lineSeries(s: ChartSeries, idx: number, spec: ChartSpec, numFmt: string): string {
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : '';
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/>${seriesName(s)}` +
    `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}${dash}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
    (s.labels ? dataLabels(numFmt, 't') : '') +
    `<c:cat>${strData(spec.categories, spec.categoriesRef)}</c:cat><c:val>${numData(s.values, s.ref, numFmt)}</c:val><c:smooth val="0"/></c:ser>`
  );
}

function axes(spec: ChartSpec, numFmt: string): string {
  const line = '<c:spPr><a:ln w="9525">' + solid('808080') + '</a:ln></c:spPr>';
  const scaling = `<c:scaling><c:orientation val="minMax"/>${spec.yMax !== undefined ? `<c:max val="${spec.yMax}"/>` : ''}${spec.yMin !== undefined ? `<c:min val="${spec.yMin}"/>` : ''}</c:scaling>`;
  const cat =
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    (spec.xTitle ? richTitle(spec.xTitle, 9) : '') +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line}${txPr(8)}` +
    `<c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${AX_VAL}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    (spec.yTitle ? richTitle(spec.yTitle, 9, -5400000) : '') +
    `<c:numFmt formatCode="${xmlText(numFmt)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line}${txPr(8)}` +
    `<c:crossAx val="${AX_CAT}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/** One chart part: clustered columns, with any line series drawn over the same axes. */
export function chartXml(spec: ChartSpec): string {
  const numFmt = spec.numFmt ?? 'General';
  const bars = spec.series.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'bar');
  const lines = spec.series.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'line');
  const axIds = `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
  const barChart = bars.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((x) => barSeries(x.s, x.i, spec, numFmt)).join('')}<c:gapWidth val="60"/>${axIds}</c:barChart>`
    : '';
  const lineChart = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => lineSeries(x.s, x.i, spec, numFmt)).join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
    : '';
  const legend = spec.legend === false ? '' : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(8)}</c:legend>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    richTitle(spec.title, 11) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${axes(spec, numFmt)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    legend +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    `${txPr(9)}` +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}
