// The iki command line: declares commands and flags in the chosen language, loads each command only
// when it runs (so `iki --help` never loads exceljs, yaml or zod), and exits through exitCode(report).
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_LANG, isLang, type Lang } from '../model/format.js';
import { problem, ProblemError } from '../model/problem.js';
import { ui, type UiText } from '../model/text/ui.js';
import { toolVersion } from '../store/version.js';
import { makeContext, type CliContext } from './context.js';
import { EXIT_BUG, EXIT_USAGE, UsageError, exitCode } from './exit.js';
import type { CommandReport, CoreEnv, Progress } from '../commands/types.js';
import type { ViewFn } from './present.js';

type Runner = (ctx: CliContext) => Promise<number>;

/**
 * Run a command's core function and present its report through its view. The presenter (and the
 * problem texts it renders) load only here, so `iki --help` stays light.
 */
async function show<R extends CommandReport>(
  ctx: CliContext,
  json: boolean | undefined,
  call: (env: CoreEnv) => Promise<R>,
  view: ViewFn<R>,
  progressText?: (p: Progress) => string,
): Promise<number> {
  const { coreEnv, present } = await import('./present.js');
  return present(ctx, await call(coreEnv(ctx, progressText)), json, view);
}

/** The language asked for: --lang on the command line, else IKI_LANG, else Indonesian. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; bad?: string } {
  let asked: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang') asked = argv[i + 1] ?? '';
    else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
  });
  const value = asked ?? env.IKI_LANG;
  if (value === undefined || value === '') return { lang: DEFAULT_LANG };
  const v = value.toLowerCase();
  return isLang(v) ? { lang: v } : { lang: DEFAULT_LANG, bad: value };
}

export async function main(argv: string[], given?: CliContext): Promise<number> {
  const chosen = chooseLang(argv.slice(2), process.env);
  const ctx = given ?? makeContext(undefined, undefined, undefined, undefined, chosen.lang);
  // `iki catalogue list | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  let code: number;
  if (chosen.bad !== undefined) code = await handleError(ctx, new ProblemError([problem('usage.bad-lang', { given: chosen.bad })]));
  else {
    let pending: Runner | undefined;
    const program = buildProgram((r) => (pending = r), ctx);
    try {
      await program.parseAsync(argv);
      code = pending ? await pending(ctx) : 0;
    } catch (err) {
      code = await handleError(ctx, err);
    }
  }
  process.exitCode = code;
  return code;
}

async function handleError(ctx: CliContext, err: unknown): Promise<number> {
  if (err instanceof CommanderError) {
    // Help and version are successes; anything else commander rejects is bad usage.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return EXIT_USAGE;
  }
  const { renderProblemLines } = await import('./render.js');
  if (err instanceof ProblemError) {
    for (const line of renderProblemLines(ctx, err.problems)) ctx.err(line);
    return exitCode({ command: '', ok: false, problems: err.problems });
  }
  if (err instanceof UsageError) {
    for (const line of renderProblemLines(ctx, err.problems)) ctx.err(line);
    if (err.message) ctx.err(`${ctx.color.red('iki:')} ${err.message}`);
    return err.exitCode;
  }
  // A bug, not bad input: say so plainly, without a stack trace unless asked for.
  const t = ui(ctx.lang).common;
  ctx.err(`${ctx.color.red(`iki: ${t.internalError}`)} ${(err as Error)?.message ?? String(err)}`);
  if (ctx.env.IKI_DEBUG) ctx.err((err as Error)?.stack ?? '');
  ctx.err(t.internalBug);
  return EXIT_BUG;
}

/** Commander's own words in the chosen language: headings, usage lines, and its error messages. */
function localise(cmd: Command, t: UiText['help'], ctx: CliContext): Command {
  const reword = (s: string) => t.commanderErrors.reduce((acc, [re, to]) => acc.replace(re, to), s);
  const args = (c: Command) => c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`));
  const term = (c: Command) => [c.name(), ...(c.options.length ? [t.optionsWord] : []), ...(c.commands.length ? [t.commandWord] : []), ...args(c)].join(' ');
  return cmd
    .configureHelp({
      styleTitle: (s: string) => t.titles[s] ?? s,
      subcommandTerm: term,
      commandUsage: (c: Command) => {
        const names: string[] = [];
        for (let up = c.parent; up; up = up.parent) names.unshift(up.name());
        return [...names, term(c)].join(' ');
      },
    })
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(ctx.color.red(reword(s))),
    })
    .showHelpAfterError(t.usageHint)
    .helpOption('-h, --help', t.help);
}

function buildProgram(run: (r: Runner) => void, ctx: CliContext): Command {
  const t = ui(ctx.lang).help;
  const c = t.cmd;
  const examples = (lines: string[]) => `\n${t.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
  const program = localise(new Command('iki'), t, ctx)
    .description(t.program)
    .version(toolVersion(), '-V, --version', t.version)
    .exitOverride()
    .addOption(new Option(`--lang <${t.ph.lang}>`, t.lang))
    .addHelpText('after', examples(['iki init kerja-2017', 'iki generate --year 2017 --quarter 1', 'iki ingest incoming/', 'iki status --year 2017', 'iki report --year 2017']));
  program.helpCommand(`help [${t.ph.command}]`, t.helpCommand);
  const sub = (parent: Command, name: string) => localise(parent.command(name), t, ctx);
  const p = t.ph;
  const ws = () => new Option(`-w, --workspace <${p.dir}>`, t.workspace);
  const cat = () => new Option(`-c, --catalogue <${p.file}>`, t.catalogue);
  const json = () => new Option('--json', t.json);

  const catalogue = sub(program, 'catalogue').description(c.catalogue).helpCommand(`help [${p.command}]`, t.helpCommand);
  sub(catalogue, 'check')
    .description(c.catalogueCheck)
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue check', 'iki catalogue check --catalogue dinas-lain.yaml']))
    .action((o) =>
      run(async (x) => {
        const [{ catalogueCheck }, { checkView }] = await Promise.all([import('../commands/catalogue.js'), import('./views/catalogue.js')]);
        return show(x, o.json, (env) => catalogueCheck(o, env), checkView);
      }),
    );
  sub(catalogue, 'list')
    .description(c.catalogueList)
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue list', 'iki catalogue list --json > catalogue.json']))
    .action((o) =>
      run(async (x) => {
        const [{ catalogueList }, { listView }] = await Promise.all([import('../commands/catalogue.js'), import('./views/catalogue.js')]);
        return show(x, o.json, (env) => catalogueList(o, env), listView);
      }),
    );
  sub(catalogue, 'show')
    .description(c.catalogueShow)
    .argument(`<${p.jabatan}>`, c.jabatanId)
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue show kepala_dinas', 'iki catalogue show kasi_penempatan_tenaga_kerja']))
    .action((id: string, o) =>
      run(async (x) => {
        const [{ catalogueShow }, { showView }] = await Promise.all([import('../commands/catalogue.js'), import('./views/catalogue.js')]);
        return show(x, o.json, (env) => catalogueShow({ ...o, id }, env), showView);
      }),
    );

  sub(program, 'init')
    .description(c.init)
    .argument(`[${p.dir}]`, c.initDir)
    .addOption(cat())
    .addOption(json())
    .addHelpText('after', examples(['iki init kerja-2017', 'iki init . --catalogue dinas-lain.yaml']))
    .action((dir: string | undefined, o) =>
      run(async (x) => {
        const [{ init }, { initView }] = await Promise.all([import('../commands/init.js'), import('./views/init.js')]);
        return show(x, o.json, (env) => init({ ...o, ...(dir ? { dir } : {}) }, env), initView);
      }),
    );

  sub(program, 'generate')
    .description(c.generate)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .requiredOption(`-q, --quarter <${p.q}>`, t.quarter)
    .option(`-j, --jabatan <${p.jabatan}...>`, c.generateJabatan)
    .option(`-o, --out <${p.dir}>`, c.generateOut)
    .option('-f, --force', c.generateForce)
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki generate --year 2017 --quarter 1', 'iki generate -y 2017 -q 2 --jabatan kasi_informasi_pasar_kerja --out kirim/']))
    .action((o) =>
      run(async (x) => {
        const [{ generate }, { view, progressText }, { coreEnv, present }] = await Promise.all([
          import('../commands/generate.js'),
          import('./views/generate.js'),
          import('./present.js'),
        ]);
        return present(x, await generate(o, coreEnv(x, progressText(x))), o.json, view);
      }),
    );

  sub(program, 'validate')
    .description(c.validate)
    .argument(`<${p.paths}...>`, c.paths)
    .addOption(ws())
    .addOption(cat())
    .addOption(json())
    .addHelpText('after', examples(['iki validate incoming/', 'iki validate IKI_2017_TW1_kasi_persyaratan_kerja.xlsx --json']))
    .action((paths: string[], o) =>
      run(async (x) => {
        const [{ validate }, v, { coreEnv, present }] = await Promise.all([import('../commands/validate.js'), import('./views/validate.js'), import('./present.js')]);
        return present(x, await validate({ paths, workspace: o.workspace, catalogue: o.catalogue }, coreEnv(x, v.progressText(x))), o.json, v.view);
      }),
    );

  sub(program, 'ingest')
    .description(c.ingest)
    .argument(`<${p.paths}...>`, c.paths)
    .option('--replace', c.ingestReplace)
    .option('-n, --dry-run', c.ingestDryRun)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki ingest incoming/', 'iki ingest revisi.xlsx --replace', 'iki ingest incoming/ --dry-run']))
    .action((paths: string[], o) =>
      run(async (x) => {
        const [{ ingest }, v, { coreEnv, present }] = await Promise.all([import('../commands/ingest.js'), import('./views/ingest.js'), import('./present.js')]);
        return present(x, await ingest({ paths, workspace: o.workspace, replace: o.replace, dryRun: o.dryRun }, coreEnv(x, v.progressText(x))), o.json, v.view);
      }),
    );

  sub(program, 'status')
    .description(c.status)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .option(`-q, --quarter <${p.q}>`, c.statusQuarter)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki status --year 2017', 'iki status -y 2017 -q 1 --json']))
    .action((o) =>
      run(async (x) => {
        const [{ status }, { view }] = await Promise.all([import('../commands/status.js'), import('./views/status.js')]);
        return show(x, o.json, (env) => status(o, env), view);
      }),
    );

  const targets = sub(program, 'targets').description(c.targets).helpCommand(`help [${p.command}]`, t.helpCommand);
  sub(targets, 'init')
    .description(c.targetsInit)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .option('-f, --force', c.targetsForce)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki targets init --year 2017']))
    .action((o) =>
      run(async (x) => {
        const [{ targetsInit }, { initView }] = await Promise.all([import('../commands/targets.js'), import('./views/targets.js')]);
        return show(x, o.json, (env) => targetsInit(o, env), initView);
      }),
    );
  sub(targets, 'check')
    .description(c.targetsCheck)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki targets check --year 2017']))
    .action((o) =>
      run(async (x) => {
        const [{ targetsCheck }, { checkView }] = await Promise.all([import('../commands/targets.js'), import('./views/targets.js')]);
        return show(x, o.json, (env) => targetsCheck(o, env), checkView);
      }),
    );

  // ---------------------------------------------------------------- riwayat, renstra (issue 12)
  {
    const h = ui(ctx.lang).help;
    const riwayat = program.command('riwayat').description(h.riwayat.group);
    riwayat
      .command('init')
      .description(h.riwayat.init)
      .requiredOption('-y, --year <year>', h.riwayat.year)
      .option('-f, --force', h.riwayat.force)
      .addOption(ws())
      .addOption(json())
      .addHelpText('after', examples(['iki riwayat init --year 2016']))
      .action((o) =>
        run(async (c) => {
          const [{ riwayatInit }, { initView }, { present, coreEnv }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js'), import('./present.js')]);
          return present(c, await riwayatInit(o, coreEnv(c)), o.json, initView);
        }),
      );
    riwayat
      .command('check')
      .description(h.riwayat.check)
      .requiredOption('-y, --year <year>', h.riwayat.year)
      .addOption(ws())
      .addOption(json())
      .addHelpText('after', examples(['iki riwayat check --year 2016']))
      .action((o) =>
        run(async (c) => {
          const [{ riwayatCheck }, { riwayatCheckView }, { present, coreEnv }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js'), import('./present.js')]);
          return present(c, await riwayatCheck(o, coreEnv(c)), o.json, riwayatCheckView);
        }),
      );
    const renstra = program.command('renstra').description(h.renstra.group);
    renstra
      .command('init')
      .description(h.renstra.init)
      .requiredOption('--from <year>', h.renstra.from)
      .requiredOption('--to <year>', h.renstra.to)
      .option('-f, --force', h.renstra.force)
      .addOption(ws())
      .addOption(json())
      .addHelpText('after', examples(['iki renstra init --from 2016 --to 2021']))
      .action((o) =>
        run(async (c) => {
          const [{ renstraInit }, { initView }, { present, coreEnv }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js'), import('./present.js')]);
          return present(c, await renstraInit(o, coreEnv(c)), o.json, initView);
        }),
      );
    renstra
      .command('check')
      .description(h.renstra.check)
      .addOption(ws())
      .addOption(json())
      .addHelpText('after', examples(['iki renstra check']))
      .action((o) =>
        run(async (c) => {
          const [{ renstraCheck }, { renstraCheckView }, { present, coreEnv }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js'), import('./present.js')]);
          return present(c, await renstraCheck(o, coreEnv(c)), o.json, renstraCheckView);
        }),
      );
  }

  sub(program, 'report')
    .description(c.report)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .option(`-q, --quarter <${p.q}>`, c.reportQuarter)
    .option(`-o, --out <${p.file}>`, c.reportOut)
    .option('--pdf', c.reportPdf)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki report --year 2017', 'iki report -y 2017 -q 2 --out laporan-tw2.xlsx', 'iki report -y 2017 --pdf', 'iki report -y 2017 --json']))
    .action((o) =>
      run(async (x) => {
        const [{ report }, { view }] = await Promise.all([import('../commands/report.js'), import('./views/report.js')]);
        return show(x, o.json, (env) => report(o, env), view, (p) => ui(x.lang).report.reading(p.done, p.total, p.file ?? ''));
      }),
    );

  const hv = t.verify;
  sub(program, 'verify')
    .description(hv.description)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .requiredOption(`-q, --quarter <${p.q}>`, t.quarter)
    .requiredOption(`-j, --jabatan <${p.jabatan}...>`, hv.jabatan)
    .option(`--oleh <${p.nama}>`, hv.oleh)
    .option('--return', hv.return)
    .option(`--alasan <${p.teks}>`, hv.alasan)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(hv.examples))
    .action((o) =>
      run(async (x) => {
        const [{ verify }, { view }] = await Promise.all([import('../commands/verify.js'), import('./views/verify.js')]);
        return show(x, o.json, (env) => verify(o, env), view);
      }),
    );

  const hr = t.remind;
  sub(program, 'remind')
    .description(hr.description)
    .requiredOption(`-y, --year <${p.year}>`, t.year)
    .requiredOption(`-q, --quarter <${p.q}>`, t.quarter)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(hr.examples))
    .action((o) =>
      run(async (x) => {
        const [{ remind }, { view }] = await Promise.all([import('../commands/remind.js'), import('./views/remind.js')]);
        return show(x, o.json, (env) => remind(o, env), view);
      }),
    );

  return program;
}
