// Placeholder until the status command lands; replaced by its owner.
import type { CliContext } from '../context.js';
export async function run(ctx: CliContext, _opts: unknown, ..._args: unknown[]): Promise<number> {
  ctx.err('iki status: not built yet');
  return 2;
}
