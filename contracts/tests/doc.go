// Package tests holds the Go tests of the Salus contracts. They drive the
// generated bindings (package bindings) against two chains through the
// Backend abstraction: go-ethereum's simulated backend (fast, post-Cancun
// rules) and a real embedded single-signer Clique node (devnet/chaintest,
// pre-Shanghai rules, the chain Salus runs on). The package has no non-test
// code.
package tests
