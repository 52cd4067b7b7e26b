// The shape of a problem's text, and rendering a problem in a language. The texts themselves are in
// text-id.ts and text-en.ts, each typed so that a code without its text does not compile.
import type { Fmt, Lang } from '../format.js';
import { fmt } from '../format.js';
import type { Location, Problem } from '../problem.js';
import type { ArgsOf, ProblemCode } from './codes.js';
import { en } from './text-en.js';
import { id } from './text-id.js';

export interface ProblemText<A> {
  /** A short title: the Judul column of the Validasi sheet, and docs/problems.md. */
  title: string;
  /** What is wrong, in the user's words. Does not repeat the location: renderers show it beside. */
  message: (a: A, f: Fmt, at: Location) => string;
  /** What to do: what to type, what to run. */
  hint?: string | ((a: A, f: Fmt, at: Location) => string | undefined);
}

export type ProblemTexts = { [C in ProblemCode]: ProblemText<ArgsOf<C>> };

const TABLES: Record<Lang, ProblemTexts> = { id, en };

export interface RenderedProblem {
  title: string;
  message: string;
  hint?: string;
}

export function problemText<C extends ProblemCode>(code: C, lang: Lang): ProblemText<ArgsOf<C>> {
  return (TABLES[lang] as unknown as Record<string, ProblemText<ArgsOf<C>>>)[code]!;
}

/** A problem's title, message and hint in one language. */
export function renderProblem(p: Problem, lang: Lang): RenderedProblem {
  const t = problemText(p.code, lang) as ProblemText<unknown>;
  const f = fmt(lang);
  const out: RenderedProblem = { title: t.title, message: t.message(p.args, f, p.location) };
  const hint = typeof t.hint === 'function' ? t.hint(p.args, f, p.location) : t.hint;
  if (hint) out.hint = hint;
  return out;
}
