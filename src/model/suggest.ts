// "Did you mean …?": the one way iki finds a close name for a misspelt id or key.

/** The candidate closest to `id` (at most two edits, or sharing a long prefix), if any. */
export function suggest(id: string, pool: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of pool) {
    const d = editDistance(c, id);
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined) return best;
  const prefix = id.slice(0, Math.max(8, id.length - 3));
  for (const c of pool) if (id.length >= 8 && c.startsWith(prefix)) return c;
  return undefined;
}

/** Several candidates that look like `id`: containing it, contained in it, or sharing two words. */
export function suggestMany(id: string, pool: Iterable<string>, max = 4): string[] {
  const words = new Set(id.split('_').filter((w) => w.length > 2));
  const near = [...pool].filter((k) => k.includes(id) || id.includes(k) || k.split('_').filter((w) => words.has(w)).length >= 2);
  const close = suggest(id, pool);
  return [...new Set([...(close ? [close] : []), ...near])].slice(0, max);
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}
