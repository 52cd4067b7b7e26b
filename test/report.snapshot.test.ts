// CLI snapshots of `iki report` and `iki status` in both languages: the command line, stdout, stderr
// and the exit code of real runs on a copy of the bundled example (fixtures/workspace).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';

const tmp = tempDir('iki-report-snap-');
const ws = join(tmp.dir, 'ws');
const bare = join(tmp.dir, 'tanpa-target');
beforeAll(() => {
  cpSync(join(ROOT, 'fixtures', 'workspace'), ws, { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'workspace'), bare, { recursive: true });
  rmSync(join(bare, 'targets'), { recursive: true, force: true });
});
afterAll(() => tmp.cleanup());

// "Today" fixed at 16 January 2018, after TW IV 2017 was due: timeliness and the report's stamp stay put.
const EPOCH = String(Date.UTC(2018, 0, 16, 2) / 1000);
const run = (args: string[], lang: 'id' | 'en') => cliSnapshot(args, { lang, cwd: tmp.dir, env: { SOURCE_DATE_EPOCH: EPOCH }, paths: { '<tmp>': tmp.dir } });

for (const lang of ['id', 'en'] as const) {
  describe(`iki report (${lang})`, () => {
    it('the full year, with targets', () => expect(run(['report', '--year', '2017', '--workspace', 'ws'], lang)).toMatchSnapshot());
    it('the year to date', () => expect(run(['report', '--year', '2017', '--quarter', '2', '--workspace', 'ws', '--out', `tw2-${lang}.xlsx`], lang)).toMatchSnapshot());
    it('without targets', () => expect(run(['report', '--year', '2017', '--workspace', 'tanpa-target', '--out', `bare-${lang}.xlsx`], lang)).toMatchSnapshot());
    it('nothing to report', () => expect(run(['report', '--year', '2016', '--workspace', 'ws'], lang)).toMatchSnapshot());
    it('bad usage', () => expect(run(['report', '--year', '17', '--quarter', '5', '--workspace', 'ws'], lang)).toMatchSnapshot());
    it('an output that is not a workbook', () => expect(run(['report', '--year', '2017', '--workspace', 'ws', '--out', 'laporan.pdf'], lang)).toMatchSnapshot());
  });

  describe(`iki status (${lang})`, () => {
    it('the year', () => expect(run(['status', '--year', '2017', '--workspace', 'ws'], lang)).toMatchSnapshot());
    it('one triwulan', () => expect(run(['status', '--year', '2017', '--quarter', '3', '--workspace', 'ws'], lang)).toMatchSnapshot());
    it('not a workspace', () => expect(run(['status', '--year', '2017'], lang)).toMatchSnapshot());
  });
}
