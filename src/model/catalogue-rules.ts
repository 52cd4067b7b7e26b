// The catalogue's cross-field rules, one function each, run in order over the schema-checked YAML.
// Each finds its own problems with their YAML paths; the loader turns paths into lines. Pure.
import { ID_MAX_LENGTH, ID_PATTERN, TYPE_RANGE, boundsOf, type ElementType } from './catalogue.js';
import type { RawCatalogue } from './catalogue-schema.js';
import { problem, type ArgsOf, type Location, type Problem, type ProblemCode } from './problem.js';
import type { CatalogueIdKind, CatalogueRefKind } from './problems/codes.js';
import { suggest } from './suggest.js';

export type Path = (string | number)[];

interface RuleContext {
  raw: RawCatalogue;
  add<C extends ProblemCode>(code: C, args: ArgsOf<C>, path: Path): void;
  /** "jabatan[2].id", for messages that point at another place. */
  label(path: Path): string;
}

type Rule = (c: RuleContext) => void;

type Raw = RawCatalogue;
type RawIndicator = Raw['jabatan'][number]['kinerja'][number]['indikator'][number];

function eachIndicator(raw: Raw, fn: (i: RawIndicator, path: Path) => void): void {
  raw.jabatan.forEach((j, ji) => j.kinerja.forEach((k, ki) => k.indikator.forEach((i, ii) => fn(i, ['jabatan', ji, 'kinerja', ki, 'indikator', ii]))));
}

/** Ids: lower snake case, and unique within their kind. */
const ids: Rule = (c) => {
  const seen = new Map<string, Path>();
  const claim = (id: string, what: CatalogueIdKind, path: Path) => {
    if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) c.add('catalogue.bad-id', { what, id }, path);
    const first = seen.get(`${what}:${id}`);
    if (first) c.add('catalogue.duplicate-id', { what, id, first: c.label(first) }, path);
    else seen.set(`${what}:${id}`, path);
  };
  c.raw.jabatan.forEach((j, ji) => claim(j.id, 'jabatan', ['jabatan', ji, 'id']));
  c.raw.elements.forEach((e, ei) => claim(e.id, 'element', ['elements', ei, 'id']));
  (c.raw.unit ?? []).forEach((u, ui) => claim(u.id, 'unit', ['unit', ui, 'id']));
  (c.raw.notes ?? []).forEach((n, ni) => {
    if (!ID_PATTERN.test(n.id)) c.add('catalogue.bad-id', { what: 'note', id: n.id }, ['notes', ni, 'id']);
    if (seen.has(`note:${n.id}`)) c.add('catalogue.duplicate-note', { id: n.id }, ['notes', ni, 'id']);
    seen.set(`note:${n.id}`, ['notes', ni, 'id']);
  });
  eachIndicator(c.raw, (i, path) => claim(i.id, 'indicator', [...path, 'id']));
};

/** Every reference names something that exists; a near miss is suggested. */
const references: Rule = (c) => {
  const jabatan = new Set(c.raw.jabatan.map((j) => j.id));
  const elements = new Set(c.raw.elements.map((e) => e.id));
  const units = new Set((c.raw.unit ?? []).map((u) => u.id));
  const ref = (id: string, pool: Set<string>, what: CatalogueRefKind, path: Path) => {
    if (pool.has(id)) return;
    const near = suggest(id, pool);
    c.add('catalogue.unknown-ref', { what, id, ...(near ? { suggestion: near } : {}) }, path);
  };
  (c.raw.unit ?? []).forEach((u, ui) => ref(u.kepala, jabatan, 'kepala', ['unit', ui, 'kepala']));
  c.raw.elements.forEach((e, ei) => ref(e.owner, jabatan, 'owner', ['elements', ei, 'owner']));
  c.raw.jabatan.forEach((j, ji) => {
    if (j.atasan !== null) ref(j.atasan, jabatan, 'atasan', ['jabatan', ji, 'atasan']);
  });
  eachIndicator(c.raw, (i, path) => {
    if (i.penanggung_jawab !== undefined) ref(i.penanggung_jawab, units, 'penanggung-jawab', [...path, 'penanggung_jawab']);
    if (i.kind !== 'ratio' && i.element !== undefined) ref(i.element, elements, 'element', [...path, 'element']);
    if (i.kind === 'ratio') {
      (i.numerator ?? []).forEach((e, ei) => ref(e, elements, 'numerator', [...path, 'numerator', ei]));
      (i.denominator ?? []).forEach((e, ei) => ref(e, elements, 'denominator', [...path, 'denominator', ei]));
    }
  });
};

/** A count names one element and no sides; a ratio has both sides, no element, no element twice. */
const kinds: Rule = (c) => {
  eachIndicator(c.raw, (i, path) => {
    if (i.kind !== 'ratio') {
      if (i.element === undefined) c.add('catalogue.kind-fields', { indicator: i.id, fault: 'count-without-element' }, path);
      if (i.numerator || i.denominator) c.add('catalogue.kind-fields', { indicator: i.id, fault: 'count-with-sides' }, path);
      return;
    }
    if (i.element !== undefined) c.add('catalogue.kind-fields', { indicator: i.id, fault: 'ratio-with-element' }, [...path, 'element']);
    for (const side of ['numerator', 'denominator'] as const) {
      const list = i[side];
      if (!list || list.length === 0) c.add('catalogue.empty-ratio', { indicator: i.id, side }, list ? [...path, side] : path);
    }
    for (const e of (i.numerator ?? []).filter((x) => (i.denominator ?? []).includes(x))) {
      c.add('catalogue.ratio-self', { element: e, indicator: i.id }, [...path, 'numerator']);
    }
  });
};

/**
 * Type keys fit their type: `decimals` only on decimal and percent; min/max whole for count and
 * rupiah and inside the type's range (count and rupiah from 0, rupiah up to 10^15, percent 0–100);
 * min not above max. A `kind: count` indicator reads a count element (any other type: `kind: value`).
 */
const types: Rule = (c) => {
  c.raw.elements.forEach((e, ei) => {
    const type: ElementType = e.type ?? 'count';
    const at = (key: string): Path => ['elements', ei, key];
    if (e.decimals !== undefined && type !== 'decimal' && type !== 'percent') c.add('catalogue.type-key', { element: e.id, type, key: 'decimals' }, at('decimals'));
    const range = TYPE_RANGE[type];
    let fits = true;
    for (const key of ['min', 'max'] as const) {
      const v = e[key];
      if (v === undefined) continue;
      const whole = type === 'count' || type === 'rupiah';
      if ((whole && !Number.isInteger(v)) || v < range.min || v > range.max) {
        fits = false;
        c.add('catalogue.type-bound', { element: e.id, type, key, value: v, whole, low: range.min, high: range.max }, at(key));
      }
    }
    const b = boundsOf({ type, ...(e.min !== undefined ? { min: e.min } : {}), ...(e.max !== undefined ? { max: e.max } : {}) });
    if (fits && b.min > b.max) c.add('catalogue.min-over-max', { element: e.id, min: b.min, max: b.max, ...(e.min === undefined ? { implied: true } : {}) }, at(e.max !== undefined ? 'max' : 'min'));
  });
  const typeOf = new Map(c.raw.elements.map((e) => [e.id, e.type ?? 'count']));
  eachIndicator(c.raw, (i, path) => {
    const type = i.kind === 'count' && i.element !== undefined ? typeOf.get(i.element) : undefined;
    if (type !== undefined && type !== 'count') c.add('catalogue.kind-type', { indicator: i.id, element: i.element!, type }, [...path, 'kind']);
  });
};

/** An element no indicator reads would be typed for nothing (a warning). */
const unusedElements: Rule = (c) => {
  const used = new Set<string>();
  eachIndicator(c.raw, (i) => {
    if (i.kind !== 'ratio' && i.element) used.add(i.element);
    for (const e of [...(i.numerator ?? []), ...(i.denominator ?? [])]) used.add(e);
  });
  c.raw.elements.forEach((e, ei) => {
    if (!used.has(e.id)) c.add('catalogue.unused-element', { id: e.id }, ['elements', ei, 'id']);
  });
};

/** The atasan tree: exactly one top (atasan: null). */
const roots: Rule = (c) => {
  const tops = c.raw.jabatan.flatMap((j, ji) => (j.atasan === null ? [ji] : []));
  if (tops.length === 0) c.add('catalogue.no-root', {}, ['jabatan']);
  for (const ri of tops.slice(1)) c.add('catalogue.many-roots', { id: c.raw.jabatan[ri]!.id, root: c.raw.jabatan[tops[0]!]!.id }, ['jabatan', ri, 'atasan']);
};

/** Loops in the atasan links, each reported once; returns the jabatan in loops. */
function findLoops(raw: Raw): { loops: string[][]; inLoop: Set<string> } {
  const atasanOf = new Map(raw.jabatan.map((j) => [j.id, j.atasan]));
  const known = new Set(atasanOf.keys());
  const reported = new Set<string>();
  const loops: string[][] = [];
  for (const j of raw.jabatan) {
    const chain: string[] = [];
    for (let cur: string | null | undefined = j.id; cur !== null && cur !== undefined && known.has(cur); cur = atasanOf.get(cur)) {
      const at = chain.indexOf(cur);
      if (at >= 0) {
        const loop = chain.slice(at);
        const key = [...loop].sort().join(',');
        if (!reported.has(key)) (reported.add(key), loops.push(loop));
        break;
      }
      chain.push(cur);
    }
  }
  return { loops, inLoop: new Set(loops.flat()) };
}

/** No loops; everyone reachable from the top through atasan links. */
const tree: Rule = (c) => {
  const indexOf = new Map(c.raw.jabatan.map((j, ji) => [j.id, ji]));
  const { loops, inLoop } = findLoops(c.raw);
  for (const loop of loops) c.add('catalogue.atasan-loop', { loop: [...loop, loop[0]!] }, ['jabatan', indexOf.get(loop[0]!)!, 'atasan']);
  const top = c.raw.jabatan.find((j) => j.atasan === null);
  if (!top) return;
  const children = new Map<string, string[]>();
  for (const j of c.raw.jabatan) if (j.atasan !== null) children.set(j.atasan, [...(children.get(j.atasan) ?? []), j.id]);
  const reach = new Set<string>([top.id]);
  const stack = [top.id];
  while (stack.length > 0) for (const ch of children.get(stack.pop()!) ?? []) if (!reach.has(ch)) (reach.add(ch), stack.push(ch));
  c.raw.jabatan.forEach((j, ji) => {
    if (!reach.has(j.id) && j.atasan !== null && indexOf.has(j.atasan) && !inLoop.has(j.id)) {
      c.add('catalogue.unreachable', { id: j.id, root: top.id }, ['jabatan', ji, 'atasan']);
    }
  });
};

/** In order: a reader of the output sees ids first, then references, then the tree. */
export const CATALOGUE_RULES: readonly Rule[] = [ids, references, kinds, types, unusedElements, roots, tree];

/** Run every rule; `where` turns a YAML path into a location, `label` into a readable path. */
export function checkCatalogue(raw: Raw, where: (path: Path) => Location, label: (path: Path) => string): Problem[] {
  const problems: Problem[] = [];
  const c: RuleContext = {
    raw,
    add: (code, args, path) => void problems.push(problem(code, args, where(path)) as Problem),
    label,
  };
  for (const rule of CATALOGUE_RULES) rule(c);
  return problems;
}
