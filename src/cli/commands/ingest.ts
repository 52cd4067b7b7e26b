// Placeholder until the ingest command lands; replaced by its owner.
import type { CliContext } from '../context.js';
export async function run(ctx: CliContext, _opts: unknown, ..._args: unknown[]): Promise<number> {
  ctx.err('iki ingest: not built yet');
  return 2;
}
