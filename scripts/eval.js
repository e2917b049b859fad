// Evaluation (`npm run eval`): runs the built claimcheck (dist/) over the annotated corpora in
// fixtures/corpora/ and prints, per corpus, overall and per rule, how many annotated conflicts were
// found, how many reported conflicts are right, and how many annotated traps were reported; then every
// miss, every wrong report and every trap hit. Exits 1 when overall recall or precision is under 90% or
// any trap is reported, so that it can gate.
//
//   node scripts/eval.js                 all corpora
//   node scripts/eval.js phones climate  only these corpora
//   node scripts/eval.js --json          the figures (and the misses) as JSON
//   node scripts/eval.js --real          only the real corpora of ../shared/real-corpus (scripts/eval-real.js)
//   node scripts/eval.js --own           only our own corpora
//   node scripts/eval.js --verbose       list the real corpora's found conflicts too
//
// Then the real corpora beside the checkout (../shared/real-corpus/), through the real command: must
// recall, precision and traps where there is a gold list, conflicts per 1,000 files where there is none.
// Their figures are printed, not gated: they measure, the own corpora's thresholds gate.
//
// Needs `npm run build` first (the npm script does it). The logic lives in scripts/eval-lib.js.
import { evaluate, formatReport, toJson } from './eval-lib.js';
import { evaluateReal, formatReal, listRealCorpora } from './eval-real.js';

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
  const flags = ['--json', '--real', '--own', '--verbose'];
  const unknown = argv.filter((a) => a.startsWith('-') && !flags.includes(a));
  if (unknown.length > 0 || argv.includes('--help')) {
    process.stderr.write('usage: node scripts/eval.js [--json] [--real | --own] [--verbose] [corpus...]\n');
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
  const real = argv.includes('--own') ? [] : listRealCorpora().filter((name) => only.length === 0 || only.includes(name));
  const ownOnly = only.filter((name) => !real.includes(name));
  const evaluation = argv.includes('--real') || (only.length > 0 && ownOnly.length === 0) ? undefined : evaluate(engine, { only: ownOnly });
  if (evaluation && evaluation.results.length === 0 && real.length === 0) {
    process.stderr.write(`eval: no corpus found${only.length ? ` named ${only.join(', ')}` : ''}\n`);
    return 2;
  }
  const realResults = real.map((name) => evaluateReal(name));
  if (json) {
    const data = { ...(evaluation ? toJson(evaluation) : {}), real: realResults.map(({ lines, ...figures }) => ({ ...figures, details: lines })) };
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    if (evaluation) process.stdout.write(`${formatReport(evaluation)}\n`);
    if (realResults.length > 0) process.stdout.write(`${formatReal(realResults, { verbose: argv.includes('--verbose') })}\n`);
  }
  if (!evaluation) return 0;
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
