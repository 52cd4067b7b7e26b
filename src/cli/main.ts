// The iki command line: declares commands and flags, loads each command only when it runs
// (so `iki --help` never loads exceljs), and turns thrown usage errors into exit code 2.
import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from '../store/version.js';
import { makeContext, type CliContext } from './context.js';
import { DEFAULT_LANG, isLang, type Lang } from '../model/format.js';
import { EXIT_USAGE, UsageError, exitCode } from './exit.js';
import { ProblemError } from '../model/problem.js';
import { renderProblemLines } from './render.js';
import { ui } from '../model/text/ui.js';

type Runner = (ctx: CliContext) => Promise<number>;

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
  let pending: Runner | undefined;
  const program = buildProgram((r) => (pending = r), ctx);
  let code = 0;
  try {
    await program.parseAsync(argv);
    if (pending) code = await pending(ctx);
  } catch (err) {
    code = handleError(ctx, err);
  }
  process.exitCode = code;
  return code;
}

function handleError(ctx: CliContext, err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are successes; anything else commander rejects is bad usage.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return EXIT_USAGE;
  }
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
  ctx.err(`${ctx.color.red('iki: internal error:')} ${(err as Error)?.message ?? String(err)}`);
  if (ctx.env.IKI_DEBUG) ctx.err((err as Error)?.stack ?? '');
  ctx.err('This is a bug in iki; please report it with the command you ran.');
  return 70;
}

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

function buildProgram(run: (r: Runner) => void, ctx: CliContext): Command {
  const program = new Command('iki')
    .description('Indikator Kinerja Individu: the quarterly IKI cycle from catalogue to consolidated report.')
    .version(toolVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(ctx.color.red(s)),
    })
    .exitOverride()
    .addHelpText(
      'after',
      examples([
        'iki init kerja-2017',
        'iki generate --year 2017 --quarter 1',
        'iki ingest incoming/',
        'iki status --year 2017',
        'iki report --year 2017',
      ]),
    );

  const ws = () => new Option('-w, --workspace <dir>', 'the workspace folder (default: $IKI_WORKSPACE, then the current folder)');
  const cat = () => new Option('-c, --catalogue <file>', 'catalogue YAML (default: the workspace catalogue, else the bundled one)');
  const json = () => new Option('--json', 'print the result as JSON');
  program.addOption(new Option('--lang <lang>', 'language of everything iki writes for people: id (default) or en (also IKI_LANG)').choices(['id', 'en']));

  const catalogue = program.command('catalogue').description('check and browse the indicator catalogue');
  catalogue
    .command('check')
    .description('check the catalogue YAML: syntax, shape, references, the atasan tree')
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue check', 'iki catalogue check --catalogue my-dinas.yaml']))
    .action((opts) => run(async (c) => (await import('./commands/catalogue.js')).check(c, opts)));
  catalogue
    .command('list')
    .description('the jabatan tree: id, nama, atasan, indicators and elements entered')
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue list', 'iki catalogue list --json > catalogue.json']))
    .action((opts) => run(async (c) => (await import('./commands/catalogue.js')).list(c, opts)));
  catalogue
    .command('show')
    .description('one jabatan: tugas, fungsi, indicators, and who enters each element')
    .argument('<jabatan_id>', 'a jabatan id from `iki catalogue list`')
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki catalogue show kepala_dinas', 'iki catalogue show kasi_penempatan_tenaga_kerja']))
    .action((id: string, opts) => run(async (c) => (await import('./commands/catalogue.js')).show(c, opts, id)));

  program
    .command('init')
    .description('create a workspace: catalogue copy, templates/, incoming/, archive/, reports/')
    .argument('[dir]', 'folder to create or fill', '.')
    .addOption(cat())
    .addHelpText('after', examples(['iki init kerja-2017', 'iki init . --catalogue dinas-lain.yaml']))
    .action((dir: string, opts) => run(async (c) => (await import('./commands/init.js')).run(c, opts, dir)));

  program
    .command('generate')
    .description('write one Excel input template per jabatan for a triwulan')
    .requiredOption('-y, --year <year>', 'the year, e.g. 2017')
    .requiredOption('-q, --quarter <q>', 'the triwulan: 1, 2, 3 or 4')
    .option('-j, --jabatan <id...>', 'only these jabatan (default: all)')
    .option('-o, --out <dir>', 'output folder (default: the workspace templates/<year>-TW<q>/, else ./IKI_<year>_TW<q>/)')
    .option('-f, --force', 'overwrite existing template files')
    .addOption(cat())
    .addOption(ws())
    .addOption(json())
    .addHelpText(
      'after',
      examples(['iki generate --year 2017 --quarter 1', 'iki generate -y 2017 -q 2 --jabatan kasi_informasi_pasar_kerja --out kirim/']),
    )
    .action((opts) => run(async (c) => (await import('./commands/generate.js')).run(c, opts)));

  program
    .command('validate')
    .description('check filled workbooks without changing anything')
    .argument('<paths...>', 'workbooks or folders of workbooks')
    .addOption(ws())
    .addOption(cat())
    .addOption(json())
    .addHelpText('after', examples(['iki validate incoming/', 'iki validate IKI_2017_TW1_kasi_persyaratan_kerja.xlsx --json']))
    .action((paths: string[], opts) => run(async (c) => (await import('./commands/validate.js')).run(c, opts, paths)));

  program
    .command('ingest')
    .description('validate filled workbooks and take the valid ones into the archive')
    .argument('<paths...>', 'workbooks or folders of workbooks')
    .option('--replace', 'replace an earlier, different submission for the same jabatan and triwulan (the old one is kept)')
    .option('-n, --dry-run', 'say what would happen, change nothing')
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki ingest incoming/', 'iki ingest revisi.xlsx --replace', 'iki ingest incoming/ --dry-run']))
    .action((paths: string[], opts) => run(async (c) => (await import('./commands/ingest.js')).run(c, opts, paths)));

  program
    .command('status')
    .description('which jabatan have submitted for which triwulan, and the reporting rate')
    .requiredOption('-y, --year <year>', 'the year')
    .option('-q, --quarter <q>', 'only this triwulan')
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki status --year 2017', 'iki status -y 2017 -q 1 --json']))
    .action((opts) => run(async (c) => (await import('./commands/status.js')).run(c, opts)));

  const targets = program.command('targets').description("the year's targets per indicator (targets/<year>.yaml in the workspace)");
  targets
    .command('init')
    .description('write targets/<year>.yaml listing every indicator, ready to fill in')
    .requiredOption('-y, --year <year>', 'the year')
    .option('-f, --force', 'overwrite an existing targets file')
    .addOption(ws())
    .addHelpText('after', examples(['iki targets init --year 2017']))
    .action((opts) => run(async (c) => (await import('./commands/targets.js')).init(c, opts)));
  targets
    .command('check')
    .description('check targets/<year>.yaml against the catalogue, with the line of each problem')
    .requiredOption('-y, --year <year>', 'the year')
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki targets check --year 2017']))
    .action((opts) => run(async (c) => (await import('./commands/targets.js')).check(c, opts)));

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

  program
    .command('report')
    .description('roll the archived submissions up into the consolidated workbook')
    .requiredOption('-y, --year <year>', 'the year')
    .option('-q, --quarter <q>', 'year to date: triwulan I up to this one')
    .option('-o, --out <file>', 'output workbook (default: the workspace reports/IKI_<year>_laporan.xlsx)')
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki report --year 2017', 'iki report -y 2017 -q 2 --out laporan-tw2.xlsx', 'iki report -y 2017 --json']))
    .action((opts) => run(async (c) => (await import('./commands/report.js')).run(c, opts)));

  return program;
}
