// npm run readme: rewrites the README's example outputs from the real command (scripts/readme-blocks.js).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBlocks, render, ROOT } from './readme-blocks.js';

const file = path.join(ROOT, 'README.md');
const before = readFileSync(file, 'utf8');
const after = render(before);
if (after === before) {
  process.stdout.write(`README.md: ${findBlocks(before).length} output blocks, all up to date\n`);
} else {
  writeFileSync(file, after);
  process.stdout.write(`README.md: ${findBlocks(before).length} output blocks rewritten from the command\n`);
}
