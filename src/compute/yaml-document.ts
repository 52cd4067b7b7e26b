// A small YAML file a person maintains (riwayat, renstra), from text to checked data: YAML with line
// numbers (src/store/yaml-source.ts), then a declarative zod schema; every problem as data at its line.
// Each file keeps its own schema and codes; this is only the pipeline they share.
import type { core, z } from 'zod';
import type { DocumentIssue } from '../model/problems/codes.js';
import type { Location, Problem } from '../model/problem.js';
import { formatPath, parseYamlSource, type YamlSource } from '../store/yaml-source.js';

/** Aliases a hand-written file may use; more is an attack, not a convenience (the targets file's limit). */
const MAX_ALIASES = 50;

export interface Checked<T> {
  data?: T;
  problems: Problem[];
  locate: YamlSource['locate'];
}

export interface DocumentCodes {
  syntax(detail: string, at: Location): Problem;
  schema(issue: DocumentIssue, at: Location): Problem;
}

/** Parse `source` and check it against `schema`; `data` only when both pass. */
export function checkYaml<S extends z.ZodType>(source: string, file: string, schema: S, codes: DocumentCodes): Checked<z.output<S>> {
  const { doc, at, locate } = parseYamlSource(source, file);
  const problems = doc.errors.map((e) => codes.syntax(e.message.split('\n')[0] ?? e.message, at(e.pos[0])));
  if (problems.length) return { problems, locate };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    return { problems: [codes.syntax((err as Error).message, at(0))], locate };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems, locate };
  for (const issue of parsed.error.issues) {
    const { args, keyPath } = schemaIssue(issue);
    problems.push(codes.schema(args, locate(keyPath)));
  }
  return { problems, locate };
}

/** A zod issue as data a text can word, and the path of the node to point at. */
function schemaIssue(issue: core.$ZodIssue): { args: DocumentIssue; keyPath: (string | number)[] } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = formatPath(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return { args: { path: at, issue: 'unknown-keys', keys: issue.keys }, keyPath: [...path, issue.keys[0] ?? ''] };
    case 'invalid_type': {
      // zod words a missing key as "received undefined"; that is the one case worth its own text.
      if (/received undefined$/.test(issue.message)) return { args: { path: at, issue: 'missing' }, keyPath: path };
      const kind = issue.expected === 'number' ? 'not-number' : issue.expected === 'object' || issue.expected === 'record' ? 'not-mapping' : issue.expected === 'string' ? 'not-text' : 'wrong-type';
      return { args: { path: at, issue: kind, expected: issue.expected }, keyPath: path };
    }
    case 'too_small':
      if (Number(issue.minimum) === 0 && issue.origin === 'number') return { args: { path: at, issue: 'negative' }, keyPath: path };
      return { args: { path: at, issue: 'too-small', min: Number(issue.minimum) }, keyPath: path };
    case 'too_big':
      return { args: { path: at, issue: 'too-large', max: Number(issue.maximum) }, keyPath: path };
    case 'invalid_value':
      return { args: { path: at, issue: 'not-allowed', expected: issue.values.map((v) => String(v)).join(' / ') }, keyPath: path };
    case 'invalid_key': {
      const key = path[path.length - 1];
      return { args: { path: formatPath(path.slice(0, -1)), issue: 'bad-key', keys: [String(key ?? '')], ...(issue.issues[0] ? { expected: keyExpectation(issue.issues[0]) } : {}) }, keyPath: path };
    }
    case 'invalid_format':
      return { args: { path: at, issue: 'not-allowed', expected: issue.format }, keyPath: path };
    case 'invalid_union':
      return unionIssue(issue.errors, path);
    case 'custom':
      return { args: { path: at, issue: ((issue.params as { issue?: DocumentIssue['issue'] } | undefined)?.issue ?? 'wrong-type') }, keyPath: path };
    default:
      return { args: { path: at, issue: 'wrong-type' }, keyPath: path };
  }
}

/**
 * A value matching no alternative of a union (a number, or a mapping of …): the alternative it came
 * closest to. A mapping with one bad entry says which entry; anything else was meant as a number.
 */
function unionIssue(branches: core.$ZodIssue[][], path: (string | number)[]): { args: DocumentIssue; keyPath: (string | number)[] } {
  const nested = branches.find((b) => b.some((i) => i.path.length > 0 || i.code === 'unrecognized_keys'));
  if (nested) {
    return schemaIssue({ ...nested[0]!, path: [...path, ...nested[0]!.path] } as core.$ZodIssue);
  }
  const asNumber = branches.flat().find((i) => i.code !== 'invalid_type' || i.expected === 'number');
  if (asNumber && asNumber.code !== 'invalid_type') return schemaIssue({ ...asNumber, path: [...path, ...asNumber.path] } as core.$ZodIssue);
  return { args: { path: formatPath(path), issue: 'not-number' }, keyPath: path };
}

function keyExpectation(inner: core.$ZodIssue): string | undefined {
  return inner.code === 'invalid_format' && inner.format === 'regex' ? (inner as { pattern?: string }).pattern : undefined;
}

/** The catalogue id closest to a mistyped one, for "did you mean". */
export function nearestId(id: string, ids: Iterable<string>): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const k of ids) {
    const d = distance(id, k);
    if (d <= Math.max(2, Math.floor(id.length / 4)) && (!best || d < best.d)) best = { id: k, d };
    else if (!best && k.startsWith(id.slice(0, Math.max(8, id.length - 3)))) best = { id: k, d: 99 };
  }
  return best?.id;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
