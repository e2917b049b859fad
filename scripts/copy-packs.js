// Copies the YAML vocabulary packs next to the compiled code (tsc copies only .ts output), each with
// a JSON twin of its parsed data: the built-in pack is read from JSON at start-up (src/packs/load.ts),
// because parsing its YAML costs a run more than everything else a small check does.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

mkdirSync('dist/packs', { recursive: true });
cpSync('src/packs', 'dist/packs', { recursive: true, filter: (p) => !p.endsWith('.ts') });
for (const name of readdirSync('src/packs').filter((n) => n.endsWith('.yml'))) {
  const data = parse(readFileSync(`src/packs/${name}`, 'utf8'), { prettyErrors: true });
  writeFileSync(`dist/packs/${name.replace(/\.yml$/, '.json')}`, `${JSON.stringify(data)}\n`);
}
