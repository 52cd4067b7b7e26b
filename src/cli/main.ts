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

/** What every command's registration uses: the texts, the flag makers and the runner. */
interface Reg {
  program: Command;
  t: UiText['help'];
  run(r: Runner): void;
  sub(parent: Command, name: string): Command;
  examples(lines: readonly string[]): string;
  ws(): Option;
  cat(): Option;
  json(): Option;
}

function buildProgram(run: (r: Runner) => void, ctx: CliContext): Command {
  const t = ui(ctx.lang).help;
  const examples = (lines: readonly string[]) => `\n${t.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
  const program = localise(new Command('iki'), t, ctx)
    .description(t.program)
    .version(toolVersion(), '-V, --version', t.version)
    .exitOverride()
    .addOption(new Option(`--lang <${t.ph.lang}>`, t.lang))
    .addHelpText('after', examples(['iki init kerja-2017', 'iki generate --year 2017 --quarter 1', 'iki ingest incoming/', 'iki status --year 2017', 'iki report --year 2017']));
  program.helpCommand(`help [${t.ph.command}]`, t.helpCommand);
  const r: Reg = {
    program,
    t,
    run,
    examples,
    sub: (parent, name) => localise(parent.command(name), t, ctx),
    ws: () => new Option(`-w, --workspace <${t.ph.dir}>`, t.workspace),
    cat: () => new Option(`-c, --catalogue <${t.ph.file}>`, t.catalogue),
    json: () => new Option('--json', t.json),
  };
  for (const register of [registerCatalogue, registerInit, registerWorkbooks, registerStatus, registerPlans, registerHistory, registerReport, registerChase]) register(r);
  return program;
}

/** catalogue check | list | show. */
function registerCatalogue({ program, t, run, sub, examples, ws, cat, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
}

/** init: a new workspace. */
function registerInit({ program, t, run, sub, examples, cat, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
}

/** generate, validate, ingest: the workbooks going out and coming back. */
function registerWorkbooks({ program, t, run, sub, examples, ws, cat, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
        const [{ generate }, { view, progressText }] = await Promise.all([import('../commands/generate.js'), import('./views/generate.js')]);
        return show(x, o.json, (env) => generate(o, env), view, progressText(x));
      }),
    );

  sub(program, 'validate')
    .description(c.validate)
    .argument(`<${p.paths}...>`, c.paths)
    .addOption(ws())
    .addOption(cat())
    .option(`--feedback <${p.dir}>`, c.validateFeedback)
    .addOption(json())
    .addHelpText('after', examples(['iki validate incoming/', 'iki validate incoming/ --feedback umpan-balik/', 'iki validate IKI_2017_TW1_kasi_persyaratan_kerja.xlsx --json']))
    .action((paths: string[], o) =>
      run(async (x) => {
        const [{ validate }, v] = await Promise.all([import('../commands/validate.js'), import('./views/validate.js')]);
        return show(x, o.json, (env) => validate({ paths, workspace: o.workspace, catalogue: o.catalogue, feedback: o.feedback }, env), v.view, v.progressText(x));
      }),
    );

  sub(program, 'ingest')
    .description(c.ingest)
    .argument(`<${p.paths}...>`, c.paths)
    .option('--replace', c.ingestReplace)
    .option('-n, --dry-run', c.ingestDryRun)
    .option(`--feedback <${p.dir}>`, c.ingestFeedback)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki ingest incoming/', 'iki ingest revisi.xlsx --replace', 'iki ingest incoming/ --dry-run']))
    .action((paths: string[], o) =>
      run(async (x) => {
        const [{ ingest }, v] = await Promise.all([import('../commands/ingest.js'), import('./views/ingest.js')]);
        return show(x, o.json, (env) => ingest({ paths, workspace: o.workspace, replace: o.replace, dryRun: o.dryRun, feedback: o.feedback }, env), v.view, v.progressText(x));
      }),
    );
}

/** status: who has sent what. */
function registerStatus({ program, t, run, sub, examples, ws, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
}

/** targets init | check. */
function registerPlans({ program, t, run, sub, examples, ws, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
}

/** riwayat and renstra: the years before iki and the five-year plan, for the LKjIP comparisons. */
function registerHistory({ program, t, run, sub, examples, ws, json }: Reg): void {
  const p = t.ph;
  const h = t.riwayat;
  const riwayat = sub(program, 'riwayat').description(h.group).helpCommand(`help [${p.command}]`, t.helpCommand);
  sub(riwayat, 'init')
    .description(h.init)
    .requiredOption(`-y, --year <${p.year}>`, h.year)
    .option('-f, --force', h.force)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki riwayat init --year 2016']))
    .action((o) =>
      run(async (x) => {
        const [{ riwayatInit }, { initView }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js')]);
        return show(x, o.json, (env) => riwayatInit(o, env), initView);
      }),
    );
  sub(riwayat, 'check')
    .description(h.check)
    .requiredOption(`-y, --year <${p.year}>`, h.year)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki riwayat check --year 2016']))
    .action((o) =>
      run(async (x) => {
        const [{ riwayatCheck }, { riwayatCheckView }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js')]);
        return show(x, o.json, (env) => riwayatCheck(o, env), riwayatCheckView);
      }),
    );
  const r = t.renstra;
  const renstra = sub(program, 'renstra').description(r.group).helpCommand(`help [${p.command}]`, t.helpCommand);
  sub(renstra, 'init')
    .description(r.init)
    .requiredOption(`--from <${p.year}>`, r.from)
    .requiredOption(`--to <${p.year}>`, r.to)
    .option('-f, --force', r.force)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki renstra init --from 2016 --to 2021']))
    .action((o) =>
      run(async (x) => {
        const [{ renstraInit }, { initView }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js')]);
        return show(x, o.json, (env) => renstraInit(o, env), initView);
      }),
    );
  sub(renstra, 'check')
    .description(r.check)
    .addOption(ws())
    .addOption(json())
    .addHelpText('after', examples(['iki renstra check']))
    .action((o) =>
      run(async (x) => {
        const [{ renstraCheck }, { renstraCheckView }] = await Promise.all([import('../commands/riwayat.js'), import('./views/riwayat.js')]);
        return show(x, o.json, (env) => renstraCheck(o, env), renstraCheckView);
      }),
    );
}

/** report: the consolidated workbook. */
function registerReport({ program, t, run, sub, examples, ws, json }: Reg): void {
  const c = t.cmd;
  const p = t.ph;
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
}

/** verify and remind: the quarter's chase. */
function registerChase({ program, t, run, sub, examples, ws, json }: Reg): void {
  const p = t.ph;
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
}
