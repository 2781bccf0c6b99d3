#!/usr/bin/env node
// Compiles every Solidity source under contracts/src with the pinned solc-js
// (package.json) and writes, for each concrete deployable contract defined
// there, <out>/<Name>.abi (JSON ABI) and <out>/<Name>.bin (creation bytecode,
// hex without 0x). Those artifacts are committed: abigen reads them.
//
//   node compile.js [outDir]     (outDir defaults to contracts/build)
//
// The network runs Clique under pre-Shanghai rules, so the target EVM is
// "paris" and the build fails if any emitted bytecode contains PUSH0, MCOPY,
// TLOAD or TSTORE. Exit status 1 on any compiler error or forbidden opcode.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const SRC_DIR = path.join(ROOT, 'src');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const EVM_VERSION = 'paris';
const OPTIMIZER_RUNS = 200;

// Opcodes that do not exist before Shanghai/Cancun.
const FORBIDDEN_OPCODES = new Map([
  [0x5c, 'TLOAD'],
  [0x5d, 'TSTORE'],
  [0x5e, 'MCOPY'],
  [0x5f, 'PUSH0'],
]);
const OP_PUSH1 = 0x60;
const OP_PUSH32 = 0x7f;
const OP_INVALID = 0xfe;

function fail(msg) {
  process.stderr.write(`compile: ${msg}\n`);
  process.exit(1);
}

function loadSolc() {
  try {
    return require('solc');
  } catch (err) {
    fail(`cannot load solc from ${NODE_MODULES} (run "npm ci" in contracts/): ${err.message}`);
  }
}

// listSources returns the .sol files under dir, recursively, as source unit
// names relative to contracts/ ("src/Registry.sol"), sorted for determinism.
function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...listSources(full));
    } else if (entry.isFile() && entry.name.endsWith('.sol')) {
      out.push(path.relative(ROOT, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

// findImports resolves imports that are not among the sources: packages from
// contracts/node_modules (@openzeppelin/...) and, for completeness, files
// relative to contracts/. Paths escaping those roots are refused.
function findImports(importPath) {
  const candidates = importPath.startsWith('@')
    ? [[NODE_MODULES, path.join(NODE_MODULES, importPath)]]
    : [[ROOT, path.join(ROOT, importPath)], [NODE_MODULES, path.join(NODE_MODULES, importPath)]];
  for (const [base, file] of candidates) {
    if (!file.startsWith(base + path.sep)) continue;
    if (fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
  }
  return { error: `import not found: ${importPath} (looked in ${NODE_MODULES}; run "npm ci" in contracts/)` };
}

// isMetadataTail reports whether code[start:] is exactly the CBOR metadata that
// solc appends: a CBOR map whose byte length is given by the last two bytes.
function isMetadataTail(code, start) {
  if (code.length - start < 3) return false;
  const cborLen = code.readUInt16BE(code.length - 2);
  if (start + cborLen + 2 !== code.length) return false;
  const head = code[start];
  return head >= 0xa1 && head <= 0xb7; // CBOR map with 1..23 entries
}

// collectDataChunks adds to out the raw data items (hex strings) of a legacy
// assembly and of its sub-assemblies, recursively. The optimizer moves some
// constants there and reads them with CODECOPY.
function collectDataChunks(assembly, out) {
  for (const value of Object.values((assembly && assembly['.data']) || {})) {
    if (typeof value === 'string') {
      if (value.length > 0) out.push(Buffer.from(value, 'hex'));
    } else {
      collectDataChunks(value, out);
    }
  }
}

// scanOpcodes walks code instruction by instruction (skipping PUSH1..PUSH32
// immediates) and returns the forbidden opcodes found, with their offsets.
//
// solc ends the code section with INVALID (0xfe) when data follows it: the
// runtime object inside a creation object, creation objects of contracts made
// with `new`, raw data items, and last the CBOR metadata. At an INVALID the
// walk stops only when the rest is exactly such data (isDataTail); the
// embedded objects are scanned on their own. Any other INVALID (e.g.
// `invalid()` in assembly) is an ordinary instruction and the walk goes on, so
// real code is never skipped.
function scanOpcodes(code, isDataTail) {
  const found = [];
  let pc = 0;
  while (pc < code.length) {
    const op = code[pc];
    if (op === OP_INVALID && isDataTail(code, pc + 1)) break;
    if (FORBIDDEN_OPCODES.has(op)) found.push({ pc, name: FORBIDDEN_OPCODES.get(op) });
    pc += op >= OP_PUSH1 && op <= OP_PUSH32 ? 1 + (op - OP_PUSH1 + 1) : 1;
  }
  return found;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(ROOT, 'build'));
  if (process.argv.length > 3) fail('usage: node compile.js [outDir]');
  if (!fs.existsSync(SRC_DIR)) fail(`no source directory ${SRC_DIR}`);
  const solc = loadSolc();

  const sourceNames = listSources(SRC_DIR);
  if (sourceNames.length === 0) fail(`no .sol files under ${SRC_DIR}`);
  const sources = {};
  for (const name of sourceNames) {
    sources[name] = { content: fs.readFileSync(path.join(ROOT, name), 'utf8') };
  }
  console.log(`compile: solc ${solc.version()}, evm ${EVM_VERSION}, ${sourceNames.length} source(s)`);

  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
      outputSelection: {
        '*': {
          '': ['ast'],
          '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.legacyAssembly'],
        },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) {
    if (e.severity !== 'error') process.stderr.write(`${e.formattedMessage || e.message}\n`);
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${e.formattedMessage || e.message}\n`);
    fail(`${errors.length} compile error(s)`);
  }

  // Every bytecode object of the compilation, as buffers: known data for the
  // opcode walk and, for our own contracts, the artifacts to write.
  const objects = [];
  const dataChunks = [];
  for (const [source, contracts] of Object.entries(output.contracts || {})) {
    for (const [name, c] of Object.entries(contracts)) {
      const creation = c.evm.bytecode.object;
      const runtime = c.evm.deployedBytecode.object;
      if (/__\$[0-9a-fA-F]{34}\$__/.test(creation + runtime)) {
        fail(`${source}:${name} needs library linking, which is not supported (use internal library functions)`);
      }
      collectDataChunks(c.evm.legacyAssembly, dataChunks);
      objects.push({
        source,
        name,
        abi: c.abi,
        creationHex: creation,
        creation: Buffer.from(creation, 'hex'),
        runtime: Buffer.from(runtime, 'hex'),
      });
    }
  }
  // Pieces that may follow the code section, longest first so that a piece
  // which happens to be a prefix of another never splits it.
  const pieces = [
    ...objects.map((o) => o.creation),
    ...objects.map((o) => o.runtime),
    ...dataChunks,
  ]
    .filter((b) => b.length > 0)
    .sort((a, b) => b.length - a.length);
  // isDataTail reports whether code[start:] is a sequence of known pieces
  // ending with the metadata (or with nothing).
  const isDataTail = (code, start) => {
    let pos = start;
    while (pos < code.length) {
      if (isMetadataTail(code, pos)) return true;
      const piece = pieces.find((b) => pos + b.length <= code.length && code.subarray(pos, pos + b.length).equals(b));
      if (!piece) return false;
      pos += piece.length;
    }
    return true;
  };

  let bad = 0;
  for (const o of objects) {
    for (const [kind, code] of [['creation', o.creation], ['runtime', o.runtime]]) {
      const found = scanOpcodes(code, isDataTail);
      if (found.length === 0) continue;
      const shown = found.slice(0, 5).map((f) => `${f.name} at ${f.pc}`).join(', ');
      const more = found.length > 5 ? `, and ${found.length - 5} more` : '';
      process.stderr.write(`${o.source}:${o.name}: ${kind} bytecode has ${shown}${more}\n`);
      bad += found.length;
    }
  }
  if (bad > 0) fail(`${bad} opcode(s) not available on the paris EVM (PUSH0, MCOPY, TLOAD, TSTORE)`);

  // Concrete deployable contracts defined in src/: per the AST, contracts
  // (not interfaces or libraries) that are not abstract.
  const deployable = new Set();
  for (const name of sourceNames) {
    for (const node of output.sources[name].ast.nodes) {
      if (node.nodeType === 'ContractDefinition' && node.contractKind === 'contract' && !node.abstract) {
        deployable.add(`${name}:${node.name}`);
      }
    }
  }

  fs.mkdirSync(outDir, { recursive: true });
  const seen = new Map();
  let written = 0;
  for (const o of objects) {
    if (!deployable.has(`${o.source}:${o.name}`)) continue;
    if (seen.has(o.name)) fail(`contract name ${o.name} defined in both ${seen.get(o.name)} and ${o.source}`);
    seen.set(o.name, o.source);
    if (o.creation.length === 0) fail(`${o.source}:${o.name} has no bytecode`);
    fs.writeFileSync(path.join(outDir, `${o.name}.abi`), JSON.stringify(o.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, `${o.name}.bin`), o.creationHex + '\n');
    console.log(`compile: ${o.name} (${o.source}) -> ${o.name}.abi, ${o.name}.bin (${o.creation.length} bytes)`);
    written++;
  }
  // Drop artifacts of contracts that no longer exist, so outDir mirrors src/.
  for (const file of fs.readdirSync(outDir).sort()) {
    const m = /^(.+)\.(abi|bin)$/.exec(file);
    if (m && !seen.has(m[1])) {
      fs.unlinkSync(path.join(outDir, file));
      console.log(`compile: removed stale ${file}`);
    }
  }
  console.log(`compile: wrote ${written} contract(s) to ${outDir}`);
}

main();
