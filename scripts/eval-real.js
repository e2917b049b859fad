// Real text no one here wrote: the corpora in ../shared/real-corpus/ (beside the checkout), each run through
// the real command (bin/claimcheck.js --format json) and scored by the shared strict scorer
// (../shared/eval/score.mjs: a side counts only when a reported claim's span overlaps the annotated quote).
//
// A corpus with gold.json is scored: must recall, precision, traps. A corpus without gold (markdown-ai) is
// a precision corpus: every conflict reported there should be a real inconsistency, so the figure is the
// number of conflicts per 1,000 files, and each conflict is listed for a person to judge.
// A corpus's pack.yml, when there is one, is given to the command through a config file, as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REAL = path.resolve(ROOT, '..', 'shared', 'real-corpus');
const SCORER = path.resolve(ROOT, '..', 'shared', 'eval', 'score.mjs');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');

/** The real corpora present beside the checkout, sorted by name. */
export function listRealCorpora(root = REAL) {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory() && name !== 'tools')
    .filter((name) => existsSync(path.join(root, name, 'gold.json')) || existsSync(path.join(root, name, 'SOURCES.md')))
    .sort();
}

function runClaimcheck(dir, target) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'claimcheck-eval-'));
  try {
    const args = [BIN, target, '--format', 'json', '--fail-on', 'none'];
    const pack = path.join(dir, 'pack.yml');
    if (existsSync(pack)) {
      const config = path.join(tmp, 'claimcheck.config.json');
      writeFileSync(config, JSON.stringify({ packs: [pack] }));
      args.push('--config', config);
    }
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, FORCE_COLOR: '0' } });
    const reportFile = path.join(tmp, 'report.json');
    writeFileSync(reportFile, run.stdout);
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      throw new Error(`claimcheck gave no JSON report on ${target} (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
    }
    return { report, reportFile, tmp };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

const percent = (x) => `${(x * 100).toFixed(0)}%`;

/** Scores one real corpus; returns plain figures and the scorer's lines. */
export function evaluateReal(name, root = REAL) {
  const dir = path.join(root, name);
  const gold = path.join(dir, 'gold.json');
  if (existsSync(gold)) {
    const { reportFile, tmp, report } = runClaimcheck(dir, path.join(dir, 'articles'));
    try {
      const scored = spawnSync(process.execPath, [SCORER, gold, reportFile, '--verbose'], { encoding: 'utf8' });
      const lines = scored.stdout.trim().split('\n');
      const last = lines[lines.length - 1] ?? '';
      const figure = (re) => Number((re.exec(last) ?? [])[1] ?? NaN);
      const mustFound = figure(/must (\d+)\//);
      const mustTotal = figure(/must \d+\/(\d+)/);
      const reports = figure(/reports (\d+)/);
      const right = figure(/right (\d+)/);
      return {
        name,
        kind: 'gold',
        files: report.summary.files,
        claims: report.summary.claims,
        mustFound,
        mustTotal,
        otherFound: figure(/stretch\+hint (\d+)/),
        reports,
        right,
        traps: figure(/traps (\d+)/),
        recall: mustTotal ? mustFound / mustTotal : 1,
        precision: reports ? right / reports : 1,
        lines,
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const { report, tmp } = runClaimcheck(dir, dir);
  rmSync(tmp, { recursive: true, force: true });
  const conflicts = report.conflicts.map((c) => {
    const where = c.claims.map((cl) => `${path.relative(dir, cl.file)}:${cl.line}`).join(', ');
    return `[${c.severity}] ${c.rule} ${c.entity.name} / ${c.attribute} @ ${where}\n    ${c.message.slice(0, 200)}`;
  });
  return {
    name,
    kind: 'precision',
    files: report.summary.files,
    claims: report.summary.claims,
    conflicts: report.summary.conflicts,
    perThousand: report.summary.files ? (1000 * report.summary.conflicts) / report.summary.files : 0,
    lines: conflicts,
  };
}

export function formatReal(results, { verbose = false } = {}) {
  const out = ['', 'Real corpora (../shared/real-corpus, strict scorer):'];
  for (const r of results) {
    if (r.kind === 'gold') {
      out.push(
        `  ${r.name.padEnd(12)} must ${r.mustFound}/${r.mustTotal} (${percent(r.recall)}), stretch+hint ${r.otherFound}, ` +
          `reports ${r.reports}: right ${r.right}, traps ${r.traps}; precision ${percent(r.precision)}  (${r.files} files, ${r.claims} claims)`,
      );
    } else {
      out.push(`  ${r.name.padEnd(12)} ${r.conflicts} conflicts in ${r.files} files (${r.perThousand.toFixed(1)} per 1,000 files; ${r.claims} claims): judge each`);
    }
  }
  for (const r of results) {
    const detail = r.kind === 'gold' ? r.lines.slice(0, -1).filter((l) => verbose || !l.startsWith('found')) : r.lines;
    if (detail.length === 0) continue;
    out.push('', `  ${r.name}:`);
    for (const l of detail) out.push(`    ${l}`);
  }
  return out.join('\n');
}
