// Evaluation (`npm run eval`): runs the built claimcheck (dist/) over the annotated corpora in
// fixtures/corpora/ and prints, per corpus, overall and per rule, how many annotated conflicts were
// found, how many reported conflicts are right, and how many annotated traps were reported; then every
// miss, every wrong report and every trap hit. Exits 1 when overall recall or precision is under 90% or
// any trap is reported, so that it can gate.
//
//   node scripts/eval.js                 all corpora
//   node scripts/eval.js phones climate  only these corpora
//   node scripts/eval.js --json          the figures (and the misses) as JSON
//
// Needs `npm run build` first (the npm script does it). The logic lives in scripts/eval-lib.js.
import { evaluate, formatReport, toJson } from './eval-lib.js';

const importDist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);

async function loadEngine() {
  const [{ analyse }, { compileLexicon }, { BUILTIN_PACK_PATH, loadPackFile, mergePacks }] = await Promise.all([
    importDist('check/index.js'),
    importDist('packs/lexicon.js'),
    importDist('packs/load.js'),
  ]);
  return { analyse, compileLexicon, loadPackFile, mergePacks, BUILTIN_PACK_PATH };
}

async function main(argv) {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0 || argv.includes('--help')) {
    process.stderr.write('usage: node scripts/eval.js [--json] [corpus...]\n');
    return 2;
  }
  const only = argv.filter((a) => !a.startsWith('-'));
  let engine;
  try {
    engine = await loadEngine();
  } catch (error) {
    process.stderr.write(`eval: cannot load dist/ (run \`npm run build\` first): ${error.message}\n`);
    return 2;
  }
  const evaluation = evaluate(engine, { only });
  if (evaluation.results.length === 0) {
    process.stderr.write(`eval: no corpus found${only.length ? ` named ${only.join(', ')}` : ''}\n`);
    return 2;
  }
  process.stdout.write(json ? `${JSON.stringify(toJson(evaluation), null, 2)}\n` : `${formatReport(evaluation)}\n`);
  return evaluation.figures.pass ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`eval: ${error.name === 'AnnotationError' || error.name === 'PackError' ? error.message : error.stack}\n`);
    process.exitCode = 2;
  },
);
