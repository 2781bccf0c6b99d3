// Prints the root, build time and last proof of a serial tree of N packs built by the pinned
// @openzeppelin/merkle-tree; produced the golden root of TestMillionSerials (about three
// minutes for a million leaves, too slow for the test itself):
//
//   NODE_PATH=contracts/node_modules node backend/merkle/testdata/million.js 1000000 \
//     0x1abb97cbaf493d1e4f6cac538f10feb38ccd8370a7c6c6cd234926aa4721a859
'use strict';

const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const n = parseInt(process.argv[2], 10);
const batch = process.argv[3];
const values = new Array(n);
for (let i = 0; i < n; i++) values[i] = [batch, String(i).padStart(12, '0')];
const t0 = Date.now();
const tree = StandardMerkleTree.of(values, ['bytes32', 'string']);
console.log(JSON.stringify({ root: tree.root, ms: Date.now() - t0, proof: tree.getProof(n - 1) }));
