// docs/problems.md is generated from the tables and must not go stale; every code's texts render
// with its example arguments in both languages, without leftovers of a template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/model/problem.js';
import { PROBLEM_CODES, PROBLEM_DEFS } from '../src/model/problems/codes.js';
import { problemsMarkdown } from '../src/model/problems/doc.js';
import { renderProblem } from '../src/model/problems/text.js';
import { ROOT } from './helpers.js';

describe('problem codes', () => {
  it('docs/problems.md is up to date (regenerate with `npm run docs`)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'problems.md'), 'utf8')).toBe(problemsMarkdown());
  });

  it.each(['id', 'en'] as const)('every code renders in %s with its example arguments', (lang) => {
    for (const code of PROBLEM_CODES) {
      const def = PROBLEM_DEFS[code];
      const t = renderProblem({ code, severity: def.severity, args: def.example, location: {} } as Problem, lang);
      expect(t.title.length, code).toBeGreaterThan(3);
      expect(t.message.length, code).toBeGreaterThan(10);
      for (const s of [t.title, t.message, t.hint ?? '']) expect(s, code).not.toMatch(/undefined|NaN|\[object Object\]|\$\{/);
    }
  });

  it('codes are area.name in lower case', () => {
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });
});
