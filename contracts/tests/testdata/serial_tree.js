// Builds the serial tree of a batch with the pinned @openzeppelin/merkle-tree
// (contracts/package.json), for TestSerialProofsFromJavaScript.
//
// stdin:  {"batchId": "0x..", "serials": ["..", ...]}
// stdout: {"root": "0x..", "proofs": [["0x..", ...], ...]}   (proofs in serial order)
'use strict';

const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const tree = StandardMerkleTree.of(input.serials.map((s) => [input.batchId, s]), ['bytes32', 'string']);
process.stdout.write(JSON.stringify({ root: tree.root, proofs: input.serials.map((_, i) => tree.getProof(i)) }));
