// Lints OpenAPI documents with Redocly CLI (its recommended rules, redocly.yaml) and Spectral (spectral:oas,
// spectral.yaml), both as installed beside this script by `npm ci`: prints every problem either finds, and exits
// non-zero on any error or warning, or when a checker cannot be run.
// Usage: node check-openapi.mjs <document.json>...
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' };
let failed = false;

function run(tool, args) {
  const result = spawnSync(join(here, 'node_modules', '.bin', tool), args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });
  const start = (result.stdout || '').search(/[[{]/);
  if (result.error || start < 0) {
    console.log(`${tool} could not be run (${result.error || `exit ${result.status}`}): ${result.stdout}${result.stderr}`);
    failed = true;
    return null;
  }
  return JSON.parse(result.stdout.slice(start));
}

for (const file of process.argv.slice(2)) {
  const redocly = run('redocly', ['lint', '--config', join(here, 'redocly.yaml'), '--format', 'json', file]);
  if (redocly) {
    for (const p of redocly.problems) {
      const where = (p.location || []).map((l) => l.pointer).join(', ');
      console.log(`${file}: redocly ${p.severity} ${p.ruleId} at ${where}: ${p.message}`);
    }
    const { errors, warnings } = redocly.totals;
    console.log(`${file}: redocly (recommended): ${errors} errors, ${warnings} warnings`);
    failed ||= errors > 0 || warnings > 0;
  }
  const spectral = run('spectral', ['lint', '--ruleset', join(here, 'spectral.yaml'), '--format', 'json', '--quiet', file]);
  if (spectral) {
    const severities = ['error', 'warning', 'information', 'hint'];
    for (const r of spectral) {
      console.log(`${file}: spectral ${severities[r.severity]} ${r.code} at ${r.path.join('.')}: ${r.message}`);
    }
    const errors = spectral.filter((r) => r.severity === 0).length;
    const warnings = spectral.filter((r) => r.severity === 1).length;
    console.log(`${file}: spectral (spectral:oas): ${errors} errors, ${warnings} warnings`);
    failed ||= errors > 0 || warnings > 0;
  }
}
process.exit(failed ? 1 : 0);
