// Copies the YAML vocabulary packs next to the compiled code (tsc copies only .ts output).
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/packs', { recursive: true });
cpSync('src/packs', 'dist/packs', { recursive: true, filter: (p) => !p.endsWith('.ts') });
