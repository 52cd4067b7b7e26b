// Fuzzing readSubmission, in process: seeded mutations of the bytes and of the XML of valid filled
// workbooks (test/support/fuzz.ts). Every case must be refused with clean problems (a code, a message,
// no stack trace) or read with the same identity and the same values as the original (a value that is
// no longer read must say so with a problem). 1,000 cases by default; IKI_FUZZ_CASES and IKI_FUZZ_SEED change that,
// and a failing case prints its seed, index and mutation so it can be replayed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { PROBLEM_DEFS as PROBLEMS } from '../src/model/problems/codes.js';
import { readSubmission, type ReadResult } from '../src/read/submission.js';
import { ROOT } from './helpers.js';
import { renderProblem } from '../src/model/problems/text.js';
import { mutate, prng, unzipSync, type Part } from './support/fuzz.js';

const CASES = Math.max(1000, Number(process.env.IKI_FUZZ_CASES ?? 1000));
const SEED = Number(process.env.IKI_FUZZ_SEED ?? 20170927);
const FIXTURE = join(ROOT, 'fixtures', 'workspace');

let index: CatalogueIndex;
const bases: { name: string; bytes: Buffer; parts: Part[]; read: ReadResult }[] = [];

beforeAll(async () => {
  const loaded = loadCatalogue(readFileSync(join(FIXTURE, 'catalogue.yaml'), 'utf8'), 'catalogue.yaml');
  index = new CatalogueIndex(loaded.catalogue!);
  // Workbooks with values, notes and blanks, from two triwulan of the bundled example.
  for (const period of ['2017-TW1', '2017-TW2']) {
    const dir = join(FIXTURE, 'archive', period);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
    for (const f of files.filter((_f, i) => i % 6 === 0)) {
      const bytes = readFileSync(join(dir, f));
      const read = await readSubmission(bytes, f, index, { pathHints: false });
      expect(read.ok, f).toBe(true);
      bases.push({ name: f, bytes, parts: unzipSync(bytes), read });
    }
  }
});

const STACK = /\n\s+at |\bat .*\.(js|ts):\d+/;

describe('fuzzing readSubmission', () => {
  test(`${CASES} seeded mutations (seed ${SEED}): refused cleanly or read the same, never a crash`, async () => {
    const rnd = prng(SEED);
    const failures: string[] = [];
    const tally = { refused: 0, same: 0 };
    const kinds = new Map<string, number>();
    for (let i = 0; i < CASES; i++) {
      const base = bases[Math.floor(rnd() * bases.length)]!;
      const m = mutate(base.bytes, base.parts, rnd);
      const label = `case ${i} (seed ${SEED}) ${m.kind} of ${base.name}`;
      kinds.set(m.kind.split(' ')[0]!, (kinds.get(m.kind.split(' ')[0]!) ?? 0) + 1);
      let r: ReadResult;
      try {
        r = await readSubmission(m.bytes, base.name, index, { pathHints: false });
      } catch (err) {
        failures.push(`${label}: threw ${(err as Error).stack}`);
        continue;
      }
      for (const p of r.problems) {
        // Every problem is a known code whose texts render, in both languages, without a stack trace.
        const texts = p.code in PROBLEMS ? [renderProblem(p, 'id').message, renderProblem(p, 'en').message] : [];
        if (!texts.length || texts.some((m) => !m || STACK.test(m))) failures.push(`${label}: unclean problem ${JSON.stringify(p)}`);
      }
      if (!r.ok) {
        tally.refused++;
        if (!r.problems.some((p) => p.severity === 'error')) failures.push(`${label}: refused without an error`);
      } else {
        const s = r.submission!;
        const o = base.read.submission!;
        // What identifies the submission; catalogue_id, generated_at and tool_version are informative only.
        const id = (m: typeof s.meta) => JSON.stringify([m.format, m.jabatanId, m.year, m.quarter]);
        if (id(s.meta) !== id(o.meta)) failures.push(`${label}: identity changed ${JSON.stringify(s.meta)}`);
        const orig = new Map(o.readings.map((x) => [x.elementId, x]));
        for (const x of s.readings) {
          const before = orig.get(x.elementId);
          if (x.status === 'value') {
            if (before?.status !== 'value' || before.value !== x.value) failures.push(`${label}: ${x.elementId} read ${x.value}, was ${JSON.stringify(before)}`);
          } else if (before?.status === 'value' && !r.problems.some((p) => p.location.name === x.source.name)) {
            failures.push(`${label}: ${x.elementId} silently became ${x.status}`);
          }
        }
        tally.same++;
      }
    }
    console.log(`fuzz: ${CASES} cases, seed ${SEED}: ${tally.refused} refused, ${tally.same} read with the original values; mutations ${JSON.stringify(Object.fromEntries(kinds))}`);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(tally.refused).toBeGreaterThan(CASES / 10);
  }, 300_000);
});
