// The one pipeline for every YAML file a person maintains (the catalogue, targets, history, the
// workspace configuration): parse with line numbers (yaml's LineCounter) → refuse alias bombs before
// anything expands → zod schema → problems at the line and column a person opens in their editor.
// Never throws on bad content. Problem codes come in families: `<family>.yaml-syntax`, `.alias-bomb`,
// `.schema` …, so each file keeps its own stable codes and texts.
import { LineCounter, isAlias, isCollection, parseDocument, visit, type Document, type Node } from 'yaml';
import type { core, ZodType } from 'zod';
import { problem, type Location, type Problem } from '../model/problem.js';
import type { SchemaIssue } from '../model/problems/codes.js';
import { suggest } from '../model/suggest.js';

export type YamlPath = readonly (string | number)[];

/** More aliases than this in one file is treated as an attack, not a convenience. */
export const MAX_ALIASES = 50;

/** The files that go through this pipeline; each has its own family of codes. */
export type YamlFamily = 'catalogue' | 'target';

export interface YamlSource {
  doc: Document;
  /** The location of a character offset in the file. */
  at(offset: number | undefined, path?: string): Location;
  /** The location of the deepest node that exists along `path` (a missing key points at its parent). */
  locate(path: YamlPath): Location;
}

export interface YamlParsed<T> {
  /** Present when the file parsed and matched the schema. */
  data?: T;
  problems: Problem[];
  source: YamlSource;
}

export function parseYamlSource(source: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined, path?: string): Location => {
    const loc: Location = { file };
    if (offset !== undefined) {
      const pos = lineCounter.linePos(offset);
      loc.line = pos.line;
      loc.column = pos.col;
    }
    if (path) loc.path = path;
    return loc;
  };
  return { doc, at, locate: (path) => locate(doc, path, at, formatPath(path)) };
}

/** Parse `source` and check it against `schema`; problems carry the family's codes. */
export function loadYaml<T>(source: string, file: string, schema: ZodType<T>, family: YamlFamily): YamlParsed<T> {
  const src = parseYamlSource(source, file);
  const { doc, at } = src;
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(problem(`${family}.yaml-syntax`, { yamlCode: e.code, detail: firstLine(e.message) }, at(e.pos[0])));
  if (problems.length) return { problems, source: src };
  for (const w of doc.warnings) problems.push(problem(`${family}.yaml-warning`, { yamlCode: w.code, detail: firstLine(w.message) }, at(w.pos[0])));

  let aliases = 0;
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      firstAlias ??= node.range?.[0];
    },
  });
  if (aliases > MAX_ALIASES) {
    problems.push(problem(`${family}.alias-bomb`, { aliases, max: MAX_ALIASES }, at(firstAlias)));
    return { problems, source: src };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    problems.push(problem(`${family}.alias-bomb`, { aliases, max: MAX_ALIASES }, at(firstAlias)));
    return { problems, source: src };
  }
  if (data === null || data === undefined) {
    problems.push(problem(`${family}.schema`, { path: '', issue: { kind: 'empty-document' } }, { file, line: 1, column: 1 }));
    return { problems, source: src };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const d = describeIssue(issue, data, schema);
      const path = formatPath(d.path);
      problems.push(problem(`${family}.schema`, { path, issue: d.issue }, { ...src.locate(d.keyPath), ...(path ? { path } : {}) }));
    }
    return { problems, source: src };
  }
  return { data: parsed.data, problems, source: src };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** jabatan[3].kinerja[0].indikator[1].id */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

// ---------------------------------------------------------------- schema issues as data

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur = data;
  for (const p of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[p] : undefined;
  return cur;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Date) return 'date';
  return typeof v === 'object' ? 'mapping' : typeof v;
}

/** The keys a strict object schema allows at `path` (best effort; for "did you mean"). */
function keysAt(schema: unknown, path: readonly (string | number)[]): string[] {
  let s = schema as { def?: Record<string, unknown>; shape?: Record<string, unknown> } | undefined;
  for (const p of [...path, null]) {
    // Unwrap optional, nullable, pipes and transforms to the object or array underneath.
    for (let i = 0; i < 8 && s?.def; i++) {
      const d = s.def as { type?: string; innerType?: unknown; in?: unknown; out?: unknown; options?: unknown[] };
      if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') s = d.innerType as typeof s;
      else if (d.type === 'pipe') s = (d.in as typeof s)?.def?.type === 'transform' ? (d.out as typeof s) : (d.in as typeof s);
      else if (d.type === 'union') s = (d.options ?? []).find((o) => (o as typeof s)?.def?.type === 'object' || (o as typeof s)?.def?.type === 'array') as typeof s;
      else break;
    }
    if (p === null) return s?.shape ? Object.keys(s.shape) : [];
    if (typeof p === 'number') s = (s?.def as { element?: unknown } | undefined)?.element as typeof s;
    else s = s?.shape?.[p] as typeof s;
  }
  return [];
}

/**
 * A zod issue as data in the user's terms: where it is, what was expected, what was written.
 * `keyPath` points at the offending key for `locate`.
 */
export function describeIssue(issue: core.$ZodIssue, data: unknown, schema: unknown): { path: (string | number)[]; keyPath: (string | number)[]; issue: SchemaIssue } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const got = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, path);
      const near = issue.keys.length === 1 ? suggest(issue.keys[0]!, allowed) : undefined;
      return { path, keyPath: [...path, issue.keys[0] ?? ''], issue: { kind: 'unknown-keys', keys: issue.keys, ...(near ? { suggestion: near } : {}) } };
    }
    case 'invalid_type':
      if (got === undefined) return { path, keyPath: path, issue: { kind: 'missing', expected: issue.expected } };
      return { path, keyPath: path, issue: { kind: 'type', expected: issue.expected, received: kindOf(got) } };
    case 'invalid_value':
      return { path, keyPath: path, issue: { kind: 'one-of', options: issue.values.map(String), received: String(got) } };
    case 'too_small':
      if (issue.origin === 'string') return { path, keyPath: path, issue: { kind: 'empty' } };
      if (issue.origin === 'array') return { path, keyPath: path, issue: { kind: 'too-few', min: Number(issue.minimum) } };
      return { path, keyPath: path, issue: { kind: 'too-small', min: Number(issue.minimum), inclusive: issue.inclusive !== false, received: Number(got) } };
    case 'too_big':
      return { path, keyPath: path, issue: { kind: 'too-big', max: Number(issue.maximum), received: Number(got) } };
    case 'invalid_format':
      return { path, keyPath: path, issue: { kind: 'format', format: issue.format, received: String(got) } };
    default:
      break;
  }
  return { path, keyPath: path, issue: { kind: 'invalid', received: kindOf(got) } };
}

// ---------------------------------------------------------------- locations

function locate(doc: Document, path: YamlPath, at: YamlSource['at'], label: string): Location {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = (sub.length === 0 ? doc.contents : doc.getIn(sub, true)) as Node | undefined;
    // The key of a mapping entry is where a person looks, so prefer it for the last segment.
    if (node && !isAlias(node) && node.range) {
      const keyNode = sub.length > 0 ? findKeyNode(doc, sub) : undefined;
      return at(keyNode?.range?.[0] ?? node.range[0], label || undefined);
    }
    if (sub.length > 0 && typeof sub[sub.length - 1] === 'string') {
      const keyNode = findKeyNode(doc, sub);
      if (keyNode?.range) return at(keyNode.range[0], label || undefined);
    }
  }
  return at(undefined, label || undefined);
}

function findKeyNode(doc: Document, path: YamlPath): Node | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = (path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)) as unknown;
  if (!isCollection(parent)) return undefined;
  for (const item of parent.items as unknown[]) {
    const pair = item as { key?: { value?: unknown; range?: unknown } };
    if (pair.key && typeof pair.key === 'object' && pair.key.value === last) return pair.key as Node;
  }
  return undefined;
}
