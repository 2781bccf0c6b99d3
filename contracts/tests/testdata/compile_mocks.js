#!/usr/bin/env node
// Compiles the TEST-ONLY contracts in testdata/mocks (attackers for the re-entrancy tests) with
// the same pinned solc and settings as contracts/compile.js (paris, optimizer 200 runs) and
// writes testdata/mocks/<Name>.json = {"abi": [...], "bin": "<creation code hex>"}. The JSON is
// committed so that `go test` needs no node; TestMockArtifactsUpToDate checks it.
//
//   node contracts/tests/testdata/compile_mocks.js [outDir]
'use strict';

const fs = require('fs');
const path = require('path');

const MOCKS = path.join(__dirname, 'mocks');
const NODE_MODULES = path.join(__dirname, '..', '..', 'node_modules');
const solc = require(path.join(NODE_MODULES, 'solc'));

const outDir = path.resolve(process.argv[2] || MOCKS);
const sources = {};
for (const f of fs.readdirSync(MOCKS).filter((f) => f.endsWith('.sol')).sort()) {
  sources[f] = { content: fs.readFileSync(path.join(MOCKS, f), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'paris',
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const findImports = (p) => {
  const file = path.join(NODE_MODULES, p);
  if (!p.startsWith('@') || !file.startsWith(NODE_MODULES + path.sep) || !fs.existsSync(file)) {
    return { error: `import not found: ${p}` };
  }
  return { contents: fs.readFileSync(file, 'utf8') };
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) process.stderr.write(`${e.formattedMessage}\n`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
for (const [source, contracts] of Object.entries(output.contracts)) {
  if (!(source in sources)) continue; // imported library sources
  const main = path.basename(source, '.sol');
  const c = contracts[main];
  if (!c) continue;
  const json = JSON.stringify({ abi: c.abi, bin: c.evm.bytecode.object }) + '\n';
  fs.writeFileSync(path.join(outDir, `${main}.json`), json);
  console.log(`compile_mocks: ${main} -> ${main}.json`);
}
