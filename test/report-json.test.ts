// `--json` of `iki report` and `iki status` is the core function's report object itself (each problem
// with its message in the chosen language), with the time fixed by SOURCE_DATE_EPOCH.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { report } from '../src/commands/report.js';
import { status } from '../src/commands/status.js';
import { nowFrom, type CoreEnv } from '../src/commands/types.js';
import { ROOT, iki, tempDir } from './helpers.js';

const tmp = tempDir('iki-report-json-');
const EPOCH = '1515999600';
beforeAll(() => cpSync(join(ROOT, 'fixtures', 'workspace'), join(tmp.dir, 'ws'), { recursive: true }));
afterAll(() => tmp.cleanup());

function core(lang: 'id' | 'en') {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: EPOCH, IKI_WORKSPACE: undefined };
  const coreEnv: CoreEnv = { cwd: tmp.dir, env, lang, now: () => nowFrom(env) };
  const ctx = makeContext(new PassThrough(), new PassThrough(), env, tmp.dir, lang);
  return { coreEnv, text: (r: unknown) => JSON.parse(jsonText(ctx, r)) };
}

describe('--json is the report object', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`report (${lang})`, async () => {
      const args = ['--year', '2017', '--workspace', 'ws', '--out', `r-${lang}.xlsx`];
      const cli = iki(['report', ...args, '--json'], { cwd: tmp.dir, env: { SOURCE_DATE_EPOCH: EPOCH, IKI_LANG: lang } });
      expect(cli.code).toBe(0);
      const { coreEnv, text } = core(lang);
      expect(JSON.parse(cli.stdout)).toEqual(text(await report({ year: '2017', workspace: 'ws', out: `r-${lang}.xlsx` }, coreEnv)));
    });
  }

  it('report that writes nothing, and a usage error', async () => {
    const { coreEnv, text } = core('id');
    for (const opts of [{ year: '2016', workspace: 'ws' }, { year: '17', workspace: 'ws' }]) {
      const cli = iki(['report', '--year', opts.year, '--workspace', 'ws', '--json'], { cwd: tmp.dir, env: { SOURCE_DATE_EPOCH: EPOCH, IKI_LANG: 'id' } });
      expect(JSON.parse(cli.stdout)).toEqual(text(await report(opts, coreEnv)));
    }
  });

  it('status', async () => {
    // The same "today" for both: timeliness counts days from it.
    const cli = iki(['status', '--year', '2017', '--workspace', 'ws', '--json'], { cwd: tmp.dir, env: { IKI_LANG: 'en', SOURCE_DATE_EPOCH: EPOCH } });
    const { coreEnv, text } = core('en');
    expect(JSON.parse(cli.stdout)).toEqual(text(await status({ year: '2017', workspace: 'ws' }, coreEnv)));
  });
});
