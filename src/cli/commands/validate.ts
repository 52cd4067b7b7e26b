// Placeholder until the validate command lands; replaced by its owner.
import type { CliContext } from '../context.js';
export async function run(ctx: CliContext, _opts: unknown, ..._args: unknown[]): Promise<number> {
  ctx.err('iki validate: not built yet');
  return 2;
}
