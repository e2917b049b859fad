// Bundles the compiled command line (dist/, written by tsc) into dist/bundle/: bin/claimcheck.js
// loads dist/bundle/cli.cjs (through bin/load-cli.js), one file instead of some 240 modules, so a small
// check does not spend most of its start-up resolving and compiling modules. The reader threads' entry
// is bundled too (dist/bundle/reader-worker.js, beside the pool that starts it). better-sqlite3
// (native) and pg stay outside and are loaded, as before, only when an index is used.
// The rest of dist/ stays as tsc wrote it: the scripts (bench, eval, fuzz) import its modules.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'bundle');

/**
 * A module finds data beside its compiled file (the packs, package.json) with
 * `new URL('<relative path>', import.meta.url)`. In the bundle `import.meta.url` is the bundle
 * file's, so such a path is made relative to dist/bundle/, naming the same file as before. A path
 * to a `.js` file names code, a bundle entry of its own (the reader threads' entry): left as it is.
 * Any other use of import.meta.url (but createRequire's, which resolves packages as well from
 * dist/bundle/ as from anywhere in dist/) fails the build, so a new one is looked at.
 */
const dataBesideModule = {
  name: 'data-beside-module',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      text = text.replace(/new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g, (whole, _quote, relative) => {
        if (relative.endsWith('.js')) return whole;
        const target = path.resolve(path.dirname(args.path), relative);
        const fromBundle = path.relative(OUT, target).split(path.sep).join('/');
        return `new URL(${JSON.stringify(fromBundle)}, import.meta.url)`;
      });
      const rest = text
        .replace(/new URL\((['"])[^'"]+\1, import\.meta\.url\)/g, '')
        .replace(/createRequire\(import\.meta\.url\)/g, '');
      if (rest.includes('import.meta.url')) {
        throw new Error(`${path.relative(ROOT, args.path)}: a use of import.meta.url the bundle does not know how to keep (scripts/bundle.js)`);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

await rm(OUT, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 reads \p{…} in regular expression literals; without this esbuild rewrites some as `new RegExp(…)`, built
  // again on every call of the function that holds it.
  supported: { 'regexp-unicode-property-escapes': true },
  // Native or heavy, and needed only with --index: loaded from node_modules when asked for.
  external: ['better-sqlite3', 'pg'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [dataBesideModule],
};
// The command line: one CommonJS function, which bin/load-cli.js compiles with the V8 code cache
// (scripts/code-cache.js). What it imports on demand (formatters, the cache, the claim index) is in it,
// evaluated when first asked for; import.meta.url is the bundle's own URL.
await build({
  ...common,
  entryPoints: [path.join(DIST, 'cli', 'index.js')],
  outfile: path.join(OUT, 'cli.cjs'),
  format: 'cjs',
  // vm.Script (bin/load-cli.js) has no import(): pg, the one external imported, is CommonJS and required.
  supported: { ...common.supported, 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  // The file is CommonJS's function wrapper around the code, which bin/load-cli.js compiles as it is
  // (no copy of a megabyte of source to wrap it), in strict mode as the ES modules it is made of.
  banner: { js: "(function (exports, require, module, __filename, __dirname) {'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
});
// The reader threads' entry, beside the CLI (src/input/threads/pool.ts starts ./reader-worker.js).
await build({
  ...common,
  entryPoints: [path.join(DIST, 'input', 'threads', 'reader-worker.js')],
  outfile: path.join(OUT, 'reader-worker.js'),
  format: 'esm',
  // Some dependencies are CommonJS (yaml): their require() of Node's own modules needs a require in an ES module.
  banner: { js: "import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);" },
});
