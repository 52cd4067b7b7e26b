// A chart drawn as vector graphics in the PDF (rectangles and lines, no picture), from the same chart
// data the workbook's native charts are made of (src/write/chart.ts): bars coloured per point, line
// series on the same axes (the 100 % line), gridlines, axis titles and a legend.
import type { ChartData } from '../chart.js';
import { measure, textAt } from './metrics.js';
import { COLOURS, setText, SIZE, type Doc } from './page.js';

interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Extra legend entries (e.g. the predikat colours of per-point bars). */
interface LegendEntry {
  label: string;
  colour: string;
}

const AXIS_LEFT = 46;
const AXIS_BOTTOM = 34;
const TITLE = 22;
const LEGEND = 16;

/** `label(v)` words a value as the laporan does (65,22); `tick(v)` a gridline label. */
export function drawChart(doc: Doc, data: ChartData, box: ChartBox, words: { label(v: number): string; tick(v: number): string }, extra: LegendEntry[] = []): void {
  doc.save();
  setText(doc, SIZE.chartTitle, true).text(data.title, box.x, box.y, { width: box.width, align: 'center' });
  const plot = { x: box.x + AXIS_LEFT, y: box.y + TITLE, w: box.width - AXIS_LEFT - 8, h: box.height - TITLE - AXIS_BOTTOM - LEGEND * legendRows(data, extra, box.width) };
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const { min, max, step } = scale(data.yMin ?? 0, Math.max(data.yMax ?? 0, ...values, 1));
  const yOf = (v: number) => plot.y + plot.h - ((v - min) / (max - min)) * plot.h;
  gridlines(doc, plot, min, max, step, yOf, words.tick);
  const n = Math.max(1, data.categories.length);
  const group = plot.w / n;
  const bars = data.series.filter((s) => s.kind === 'bar');
  const barW = (group * 0.72) / Math.max(1, bars.length);
  bars.forEach((s, si) => {
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      const x = plot.x + i * group + group * 0.14 + si * barW;
      const top = yOf(Math.min(v, max));
      doc.rect(x, top, barW, plot.y + plot.h - top).fill(`#${s.pointColors?.[i] ?? s.color}`);
      if (s.labels) textAt(doc, words.label(v), x - 10, top - 10, { size: SIZE.chart, width: barW + 20, align: 'center' });
    });
  });
  for (const s of data.series.filter((x) => x.kind === 'line')) {
    const pts = s.values.map((v, i) => (v === null ? null : ([plot.x + (i + 0.5) * group, yOf(v)] as const)));
    doc.lineWidth(1.6).strokeColor(`#${s.color}`);
    if (s.dashed) doc.dash(5, { space: 3 });
    let started = false;
    for (const p of pts) {
      if (!p) continue;
      if (!started) doc.moveTo(p[0] - group / 2, p[1]);
      doc.lineTo(p[0], p[1]);
      started = true;
    }
    const last = [...pts].reverse().find((p) => p);
    if (last) doc.lineTo(last[0] + group / 2, last[1]);
    doc.stroke();
    doc.undash();
  }
  axes(doc, data, plot, group);
  legend(doc, data, extra, box, plot.y + plot.h + AXIS_BOTTOM);
  doc.restore();
}

function scale(lo: number, hi: number): { min: number; max: number; step: number } {
  const span = Math.max(1, hi * 1.12 - lo);
  const raw = span / 6;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { min: lo, max: lo + Math.ceil(span / step) * step, step };
}

function gridlines(doc: Doc, plot: { x: number; y: number; w: number; h: number }, min: number, max: number, step: number, yOf: (v: number) => number, tick: (v: number) => string): void {
  for (let v = min; v <= max + step / 1000; v += step) {
    const y = yOf(v);
    doc.lineWidth(0.4).strokeColor(`#${COLOURS.grid}`).moveTo(plot.x, y).lineTo(plot.x + plot.w, y).stroke();
    textAt(doc, tick(v), plot.x - AXIS_LEFT + 14, y - 4, { size: SIZE.chart, colour: COLOURS.muted, width: AXIS_LEFT - 18, align: 'right' });
  }
}

function axes(doc: Doc, data: ChartData, plot: { x: number; y: number; w: number; h: number }, group: number): void {
  const base = plot.y + plot.h;
  doc.lineWidth(0.8).strokeColor('#808080').moveTo(plot.x, plot.y).lineTo(plot.x, base).lineTo(plot.x + plot.w, base).stroke();
  data.categories.forEach((c, i) => {
    textAt(doc, c, plot.x + i * group, base + 3, { size: SIZE.chart, width: group, align: 'center' });
  });
  if (data.xTitle) textAt(doc, data.xTitle, plot.x, base + 16, { size: SIZE.chart, bold: true, width: plot.w, align: 'center' });
  if (data.yTitle) {
    doc.save();
    const cx = plot.x - AXIS_LEFT + 4;
    const cy = plot.y + plot.h / 2;
    doc.rotate(-90, { origin: [cx, cy] });
    textAt(doc, data.yTitle, cx - plot.h / 2, cy - 4, { size: SIZE.chart, bold: true, width: plot.h, align: 'center' });
    doc.restore();
  }
}

function legendItems(data: ChartData, extra: LegendEntry[]): { label: string; colour: string; line?: { dashed: boolean } }[] {
  const own = data.series
    .filter((s) => !(s.kind === 'bar' && s.pointColors?.some(Boolean) && extra.length))
    .map((s) => ({ label: s.name, colour: s.color, ...(s.kind === 'line' ? { line: { dashed: Boolean(s.dashed) } } : {}) }));
  return [...extra, ...own];
}

function legendRows(data: ChartData, extra: LegendEntry[], width: number): number {
  return data.legend === false ? 0 : Math.max(1, Math.ceil((legendItems(data, extra).length * 110) / width));
}

function legend(doc: Doc, data: ChartData, extra: LegendEntry[], box: ChartBox, top: number): void {
  if (data.legend === false) return;
  let x = box.x + AXIS_LEFT;
  let y = top;
  for (const item of legendItems(data, extra)) {
    const w = 18 + measure(doc, item.label, SIZE.chart) + 14;
    if (x + w > box.x + box.width) {
      x = box.x + AXIS_LEFT;
      y += LEGEND;
    }
    if (item.line) {
      doc.lineWidth(1.6).strokeColor(`#${item.colour}`);
      if (item.line.dashed) doc.dash(4, { space: 2 });
      doc.moveTo(x, y + 4).lineTo(x + 14, y + 4).stroke();
      doc.undash();
    } else doc.rect(x, y, 14, 8).fill(`#${item.colour}`);
    textAt(doc, item.label, x + 18, y, { size: SIZE.chart });
    x += w;
  }
}
