// Validates AsyncAPI documents with the AsyncAPI parser (its own rules, as AsyncAPI tools apply them): prints
// every diagnostic, and exits non-zero on any error or warning, or when a document cannot be read at all.
// Usage: node check-asyncapi.mjs <document.json>...
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const parser = new Parser();
let failed = false;

for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'), { source: file });
  for (const d of diagnostics) {
    console.log(`${file}: ${SEVERITIES[d.severity]} ${d.code} at ${(d.path || []).join('.') || '(root)'}: ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 0).length;
  const warnings = diagnostics.filter((d) => d.severity === 1).length;
  console.log(`${file}: ${errors} errors, ${warnings} warnings${document ? '' : ' (not a valid AsyncAPI document)'}`);
  failed ||= !document || errors > 0 || warnings > 0;
}
process.exit(failed ? 1 : 0);
