// The reminders as people read them: one short message per jabatan, ready to paste into e-mail or
// WhatsApp (addressed to the jabatan; what is missing or what to fix, cell by cell; the due date; where
// to send the file), and the file of all of them grouped by atasan. Pure: text in, text out.
import type { CatalogueIndex } from '../model/catalogue.js';
import { localDate } from '../model/calendar.js';
import { ZONA_WAKTU_OFFSET_MINUTES, type ZonaWaktu } from '../model/config.js';
import { templateFileName } from '../model/contract.js';
import { fmt, type Lang } from '../model/format.js';
import type { Quarter } from '../model/period.js';
import type { Problem } from '../model/problem.js';
import { renderProblem } from '../model/problems/text.js';
import { ui } from '../model/text/ui.js';
import type { ReminderCase, ReminderGroup } from '../compute/reminders.js';
import { isianOf } from './isian.js';

/** Problems listed in one message at most; the rest are counted. */
const MAX_PROBLEM_LINES = 15;

export interface ReminderContext {
  lang: Lang;
  index: CatalogueIndex;
  year: number;
  quarter: Quarter;
  zonaWaktu: ZonaWaktu;
  kirimKe?: string;
  /** "Today" as an ISO date in the office's time zone. */
  today: string;
}

/** One jabatan's message. */
export function reminderMessage(c: ReminderCase, ctx: ReminderContext): string {
  const t = ui(ctx.lang).remind;
  const f = fmt(ctx.lang);
  const period = `${f.tw(ctx.quarter)} ${ctx.year}`;
  const day = (iso: string) => f.date(localDate(iso, ZONA_WAKTU_OFFSET_MINUTES[ctx.zonaWaktu]));
  const due = f.date(c.due.date);
  const passed = c.due.date < ctx.today;
  const lines = [t.greeting(ctx.index.jabatan.get(c.jabatanId)?.nama ?? c.jabatanId), ''];
  const send = (lead: string) => `${lead}${t.to(ctx.kirimKe)}${t.by(due, passed)}`;
  switch (c.kind) {
    case 'pending':
    case 'overdue': {
      const tl = c.timeliness;
      lines.push(tl.state === 'overdue' ? t.overdue(period, due, tl.daysOver) : t.pending(period, due, tl.state === 'pending' ? tl.daysLeft : 0));
      lines.push(send(t.fill(templateFileName(ctx.year, ctx.quarter, c.jabatanId))));
      break;
    }
    case 'refused':
      lines.push(t.refused(period, c.refused!.file, day(c.refused!.at)), ...problemLines(c.refused!.problems, ctx), send(t.fix));
      break;
    case 'returned':
      lines.push(t.returned(period, day(c.returned!.receivedAt), c.returned!.oleh, day(c.returned!.at)), `"${c.returned!.alasan}"`, send(t.fix));
      break;
  }
  lines.push('', t.thanks);
  return lines.join('\n');
}

/** "1. Isian!G12 (Jumlah peserta pelatihan): …": errors first, then the warnings to check. */
function problemLines(problems: readonly Problem[], ctx: ReminderContext): string[] {
  const t = ui(ctx.lang).remind;
  const f = fmt(ctx.lang);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const line = (p: Problem, n: number) => {
    const r = renderProblem(p, ctx.lang);
    const where = p.location.sheet || p.location.cell ? f.ref(p.location.sheet, p.location.cell) : '';
    const isian = isianOf(ctx.index, p.location.name);
    const head = [where, isian ? `(${isian})` : ''].filter(Boolean).join(' ');
    return `${n}. ${head ? `${head}: ` : ''}${r.message}${r.hint ? ` ${r.hint}` : ''}`;
  };
  const out: string[] = [];
  let n = 0;
  for (const p of errors.slice(0, MAX_PROBLEM_LINES)) out.push(line(p, ++n));
  const room = MAX_PROBLEM_LINES - n;
  if (warnings.length && room > 0) {
    out.push(t.alsoCheck);
    for (const p of warnings.slice(0, room)) out.push(line(p, ++n));
  }
  if (errors.length + warnings.length > n) out.push(t.more(errors.length + warnings.length - n));
  return out;
}

/** The reminders file: a heading, then each atasan's group, each message between rules for copying. */
export function remindersText(groups: readonly ReminderGroup[], ctx: ReminderContext): string {
  const t = ui(ctx.lang).remind;
  const f = fmt(ctx.lang);
  const period = `${f.tw(ctx.quarter)} ${ctx.year}`;
  const rule = '='.repeat(72);
  const out = [t.fileHead(period, f.date(ctx.today)), rule];
  if (groups.length === 0) out.push('', t.none(period));
  for (const g of groups) {
    const atasan = g.atasanId ? `${ctx.index.jabatan.get(g.atasanId)?.nama ?? g.atasanId} (${g.atasanId})` : null;
    out.push('', t.groupHead(atasan, g.cases.length), rule);
    for (const c of g.cases) out.push('', `[${c.jabatanId}: ${t.kinds[c.kind]}]`, reminderMessage(c, ctx), '', '-'.repeat(72));
  }
  return `${out.join('\n')}\n`;
}
