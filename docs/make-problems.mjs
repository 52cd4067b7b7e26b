// Writes docs/problems.md from the problem tables (run after `npm run build`: `npm run docs`).
import { writeFileSync } from 'node:fs';
import { problemsMarkdown } from '../dist/model/problems/doc.js';

writeFileSync(new URL('./problems.md', import.meta.url), problemsMarkdown());
