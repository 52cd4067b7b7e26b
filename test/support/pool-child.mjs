// Child process for test/read-pool.test.ts: read files with readMany (the built dist/, whose worker
// file exists) on N worker threads, counting the threads actually started, and print the results (in
// the order readMany gave them and in the order onResult saw them) as JSON.
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const threads = require('node:worker_threads');
let started = 0;
const Original = threads.Worker;
threads.Worker = class extends Original {
  constructor(...args) {
    super(...args);
    started++;
  }
};
syncBuiltinESMExports();

const [catalogueFile, workers, ...files] = process.argv.slice(2);
const { CatalogueIndex } = await import('../../dist/model/catalogue.js');
const { loadCatalogue } = await import('../../dist/store/catalogue-load.js');
const { readMany } = await import('../../dist/read/read-pool.js');
const index = new CatalogueIndex(loadCatalogue(readFileSync(catalogueFile, 'utf8'), 'catalogue.yaml').catalogue);
const seen = [];
const results = await readMany(
  files.map((path) => ({ path, shown: path.split('/').slice(-2).join('/') })),
  { index, catalogueFile, workers: Number(workers), onResult: (r, i) => seen.push([i, r.file]) },
);
process.stdout.write(JSON.stringify({ started, seen, results }));
