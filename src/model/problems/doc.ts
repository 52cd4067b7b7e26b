// docs/problems.md, generated from the tables: every code with its meaning (title), severity, exit
// class and both texts rendered with its example arguments. `npm run docs` writes it; a test fails
// when the committed file is stale.
import type { Lang } from '../format.js';
import type { Problem } from '../problem.js';
import { PROBLEM_CODES, PROBLEM_DEFS } from './codes.js';
import { renderProblem } from './text.js';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Inside a code span only the table's own separator needs escaping. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Running text: also the characters markdown would take for emphasis. */
function prose(s: string): string {
  return cell(s).replace(/[*_]/g, (c) => `\\${c}`);
}

function rendered(code: (typeof PROBLEM_CODES)[number], lang: Lang): string {
  const def = PROBLEM_DEFS[code];
  const t = renderProblem({ code, severity: def.severity, args: def.example, location: {} } as Problem, lang);
  return `**${prose(t.title)}.** ${prose(t.message)}${t.hint ? ` *${prose(t.hint)}*` : ''}`;
}

export function problemsMarkdown(): string {
  const areas = new Map<string, typeof PROBLEM_CODES>();
  for (const code of PROBLEM_CODES) {
    const area = code.split('.')[0]!;
    areas.set(area, [...(areas.get(area) ?? []), code]);
  }
  const out = [
    '# Problem codes',
    '',
    'Every problem iki reports, generated from `src/model/problems/` (`npm run docs`; a test fails when',
    'this file is stale). A problem is data: `{code, severity, args, location}`; `--json` adds the',
    '`message` (and `hint`) in the chosen language. Codes are stable; wording may change.',
    '',
    'Severity: `error` refuses (a workbook is not taken, a report is not written), `warning` is reported',
    'and allowed, `info` is a note. Exit: an error of class `usage` exits 2 (bad usage or configuration),',
    'any other error exits 1 (bad data). Each text below is rendered with the example arguments shown.',
    '',
  ];
  for (const [area, codes] of areas) {
    out.push(`## ${area}`, '', '| code | severity | exit | example args | Bahasa Indonesia | English |', '|---|---|---|---|---|---|');
    for (const code of codes) {
      const def = PROBLEM_DEFS[code];
      out.push(`| \`${code}\` | ${SEVERITY[def.severity]} | ${def.severity === 'error' ? (def.exit === 'usage' ? 2 : 1) : '–'} | \`${cell(JSON.stringify(def.example))}\` | ${rendered(code, 'id')} | ${rendered(code, 'en')} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
