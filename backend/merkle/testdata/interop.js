// Cross-checks backend/merkle against the pinned @openzeppelin/merkle-tree
// (contracts/package.json). Run by interop_test.go with NODE_PATH pointing at
// contracts/node_modules.
//
// stdin:  {"encoding": [...], "values": [[...], ...], "goRoot": "0x..",
//          "goDump": {standard-v1}, "goProofs": [["0x..", ...], ...]}
// stdout: {"root": "0x..", "dump": {standard-v1}, "proofs": [[...], ...],
//          "goDumpLoaded": true, "goDumpRoot": "0x..", "goProofsValid": [true, ...]}
'use strict';

const fs = require('fs');
const { StandardMerkleTree } = require('@openzeppelin/merkle-tree');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const tree = StandardMerkleTree.of(input.values, input.encoding);
const out = {
  root: tree.root,
  dump: tree.dump(),
  proofs: input.values.map((_, i) => tree.getProof(i)),
};
// load() validates the whole dump: every value hashes to its leaf, every node to its children.
const fromGo = StandardMerkleTree.load(input.goDump);
out.goDumpLoaded = true;
out.goDumpRoot = fromGo.root;
out.goProofsValid = input.values.map((v, i) =>
  StandardMerkleTree.verify(input.goRoot, input.encoding, v, input.goProofs[i]));
process.stdout.write(JSON.stringify(out));
