// A YAML file parsed with line numbers: the catalogue and the targets file both report every problem
// at the line and column a person opens in their editor (yaml's LineCounter does the counting).
import { LineCounter, isAlias, isCollection, parseDocument, type Document, type Node } from 'yaml';
import type { core } from 'zod';
import type { Location } from '../model/problem.js';

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  doc: Document;
  /** The location of a character offset in the file. */
  at(offset: number | undefined, path?: string): Location;
  /** The location of the deepest node that exists along `path` (a missing key points at its parent). */
  locate(path: YamlPath): Location;
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

/**
 * A schema issue (zod) in the words a person editing the YAML needs: where it is, and for a key
 * that is misspelt or missing, which key. `keyPath` points at the offending key for `locate`.
 */
export function describeIssue(issue: core.$ZodIssue): { path: (string | number)[]; keyPath: (string | number)[]; message: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { path, keyPath: [...path, issue.keys[0] ?? ''], message: `Unknown key${issue.keys.length > 1 ? 's' : ''} ${keys} (a typo?)` };
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return { path, keyPath: path, message: `missing: this key is required (${issue.expected})` };
  }
  return { path, keyPath: path, message: issue.message };
}

/** jabatan[3].kinerja[0].indikator[1].id */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

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
