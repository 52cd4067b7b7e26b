// Child process for test/hostile.test.ts: read one file with readSubmission (the built dist/) and print
// the problem codes, the time and the peak memory (maxRSS, KB) of this process, as JSON.
import { readFileSync } from 'node:fs';
import { CatalogueIndex } from '../../dist/model/catalogue.js';
import { loadCatalogue } from '../../dist/store/catalogue-load.js';
import { readWorkbookPath } from '../../dist/read/read-pool.js';
import { renderProblem } from '../../dist/model/problems/text.js';

const [file, catalogue] = process.argv.slice(2);
const index = new CatalogueIndex(loadCatalogue(readFileSync(catalogue, 'utf8'), 'catalogue.yaml').catalogue);
const t0 = performance.now();
const r = await readWorkbookPath({ path: file, shown: 'f.xlsx' }, index);
process.stdout.write(JSON.stringify({ ok: r.ok, codes: r.problems.map((p) => p.code), messages: r.problems.map((p) => renderProblem(p, 'en').message), ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }));
