// Turning problems and rows into terminal text. The only place that decides how things look.
import { createRequire } from 'node:module';
import { countBySeverity, formatLocation, type Problem, type Severity } from '../model/problem.js';
import { renderProblem } from '../model/problems/text.js';
import { ui } from '../model/text/ui.js';
import type { CliContext } from './context.js';

export function severityLabel(ctx: CliContext, s: Severity): string {
  const word = ui(ctx.lang).common.severity[s];
  return s === 'error' ? ctx.color.red(word) : s === 'warning' ? ctx.color.yellow(word) : ctx.color.cyan(word);
}

/** One problem a line: "where: severity code: message hint". For short lists and stderr. */
export function renderProblemLines(ctx: CliContext, problems: readonly Problem[]): string[] {
  return problems.map((p) => {
    const where = formatLocation(p.location, ctx.lang);
    const t = renderProblem(p, ctx.lang);
    return `${where ? `${ctx.color.bold(where)}: ` : ''}${severityLabel(ctx, p.severity)} ${ctx.color.dim(p.code)} ${t.message}${t.hint ? ` ${t.hint}` : ''}`;
  });
}

// cli-table3 is loaded on first use so that `iki --help` does not pay for it.
const requireLazy = createRequire(import.meta.url);
type TableCtor = typeof import('cli-table3');

export function table(ctx: CliContext, head: string[], rows: (string | number)[][], opts: { wrap?: number[] } = {}): string {
  const width = ctx.stdout.columns && ctx.stdout.columns > 40 ? ctx.stdout.columns : 0;
  const colWidths = width && opts.wrap ? fitWidths(head.length, width, opts.wrap) : [];
  const Table = requireLazy('cli-table3') as TableCtor;
  const t = new Table({
    head: head.map((h) => ctx.color.bold(h)),
    style: { head: [], border: [], compact: true },
    // No rule between rows: long lists stay readable in a terminal.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    wordWrap: true,
    ...(colWidths.length ? { colWidths } : {}),
  });
  for (const r of rows) t.push(r.map((c) => String(c)));
  return t.toString();
}

// Give wrap columns what is left of the terminal after the others take a fair share.
function fitWidths(n: number, width: number, wrap: number[]): (number | null)[] {
  const fixed = Math.min(24, Math.floor(width / (n + 1)));
  const rest = width - fixed * (n - wrap.length) - (n + 1);
  const each = Math.max(20, Math.floor(rest / wrap.length));
  return Array.from({ length: n }, (_, i) => (wrap.includes(i) ? each : null));
}

/** "file: 1 kesalahan, 0 peringatan" */
export function summaryLine(ctx: CliContext, problems: readonly Problem[], what = ''): string {
  const c = countBySeverity(problems);
  const t = ui(ctx.lang).common;
  const parts = [c.error ? ctx.color.red(t.errors(c.error)) : t.errors(0), c.warning ? ctx.color.yellow(t.warnings(c.warning)) : t.warnings(0)];
  return `${what ? `${what}: ` : ''}${parts.join(', ')}`;
}

/** A progress line that rewrites itself on a terminal and stays silent in a pipe. */
export function progress(ctx: CliContext): { update(text: string): void; done(): void } {
  if (!ctx.interactive) return { update() {}, done() {} };
  return {
    update: (text) => void ctx.stderr.write(`\r\x1b[2K${text}`),
    done: () => void ctx.stderr.write('\r\x1b[2K'),
  };
}

function isProblem(v: unknown): v is Problem {
  return typeof v === 'object' && v !== null && 'code' in v && 'severity' in v && 'args' in v && 'location' in v;
}

/** A report as JSON: every problem in it carries its message (and hint) in the chosen language. */
export function jsonText(ctx: CliContext, value: unknown): string {
  return JSON.stringify(
    value,
    function (_key, v: unknown) {
      if (!isProblem(v)) return v;
      const t = renderProblem(v, ctx.lang);
      return { ...v, message: t.message, ...(t.hint ? { hint: t.hint } : {}) };
    },
    2,
  );
}
