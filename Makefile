# Salus — developer entry points. `make run` starts the embedded stack,
# `make test` runs every test. Both install what they need first.

GO        ?= go
NPM       ?= npm
NODE      ?= node
SALUS     := ./bin/salus
# Packages whose tests start real chains or processes run one at a time: the
# machine has two cores.
TESTFLAGS ?= -count=1 -timeout=25m -p=2

CONTRACTS_DEPS := contracts/node_modules/.package-lock.json
DOCS_DEPS      := backend/api/docs/node_modules/.package-lock.json
WEB_DEPS       := backend/web/node_modules/.package-lock.json

.PHONY: FORCE help sysdeps sysdeps-test deps web run test test-short vet contracts bindings api-docs apiclient devnet devnet-status devnet-down bench fuzz clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s '	'

sysdeps: ## install missing Debian packages the build needs (nodejs, npm, a C compiler)
	@scripts/sysdeps.sh

sysdeps-test: ## as sysdeps, plus chromium for the browser test; starts PostgreSQL if stopped
	@scripts/sysdeps.sh --test

$(CONTRACTS_DEPS): contracts/package.json contracts/package-lock.json | sysdeps
	@echo "==> installing contract toolchain from contracts/package-lock.json"
	cd contracts && $(NPM) ci --no-audit --no-fund --loglevel=error

$(DOCS_DEPS): backend/api/docs/package.json backend/api/docs/package-lock.json | sysdeps
	@echo "==> installing the API docs toolchain from backend/api/docs/package-lock.json"
	cd backend/api/docs && $(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error

$(WEB_DEPS): backend/web/package.json backend/web/package-lock.json | sysdeps
	@echo "==> installing the web app toolchain (esbuild, ethers, siwe, playwright-core) from backend/web/package-lock.json"
	cd backend/web && $(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error

deps: sysdeps $(CONTRACTS_DEPS) $(DOCS_DEPS) $(WEB_DEPS) ## install Debian packages if missing, npm packages (lockfile) and Go modules
	@echo "==> downloading Go modules"
	$(GO) mod download

contracts: $(CONTRACTS_DEPS) ## compile Solidity (solc-js, evmVersion paris) into contracts/build
	$(NODE) contracts/compile.js

bindings: contracts ## regenerate Go bindings from contracts/build with abigen v1.13.15
	$(GO) run ./scripts/genbindings

api-docs: $(DOCS_DEPS) ## rebuild backend/api/docs/dist (embedded at /docs) from the pinned swagger-ui-dist
	cd backend/api/docs && $(NPM) run build

apiclient: ## regenerate backend/api/apiclient from backend/api/openapi.yaml with oapi-codegen
	$(GO) generate ./backend/api/apiclient

web: $(WEB_DEPS) ## rebuild backend/web/dist (the patient app embedded at /app) from backend/web/src
	cd backend/web && $(NPM) run build

bin/salus: FORCE
	@echo "==> building bin/salus (the first build compiles go-ethereum: about a minute)"
	@$(GO) build -o bin/salus ./backend/cmd/salus

run: deps bin/salus ## start the embedded stack: Clique chain, contracts, REST API
	$(SALUS) run

vet: deps
	$(GO) vet ./...

test: sysdeps-test deps vet ## run the whole test suite (what CI runs)
	$(GO) test $(TESTFLAGS) ./...

test-short: deps ## quick tests only (no multi-node devnet)
	$(GO) test -short -count=1 ./...

devnet: deps bin/salus ## start a 3-signer + 1 RPC node geth network on loopback and deploy the contracts
	$(SALUS) devnet up

devnet-status: bin/salus ## show head, peers and signers of every devnet node
	$(SALUS) devnet status

devnet-down: bin/salus ## stop every devnet node (data is kept)
	$(SALUS) devnet down

bench: deps ## benchmarks (not part of CI); prints side-by-side ratios
	@echo "==> transaction sender vs presigned ceiling, chain as make run starts it (2 s blocks)"
	$(GO) run ./scripts/bench -period 2 -n 1500 -rounds 3 -explain=false
	@echo "==> transaction sender vs presigned ceiling, CPU-bound stress (period 0: a block whenever transactions wait)"
	$(GO) run ./scripts/bench
	@echo "==> gas per contract operation beside its minimum (21000 + calldata + new slots + logs); telemetry gas per reading"
	$(GO) test -count=1 -run 'TestGasReport$$' -v ./contracts/tests | grep -E '^ +(operation|[A-Z][A-Za-z]+\.[A-Za-z0-9]+ )|deployment:|telemetry:|automatically settled'
	@echo "==> record upload (encrypt + IPFS import + persist) vs raw AES-256-GCM + SHA-256"
	$(GO) run ./scripts/benchupload
	@echo "==> insurance claims: claims/s end to end through REST vs the same submitClaim transactions presigned (target >= 0.8), 2 s blocks"
	$(GO) run ./scripts/benchclaims
	@echo "==> insurance claims, CPU-bound stress (period 0: a block whenever transactions wait)"
	$(GO) run ./scripts/benchclaims -period 0 -n 1500 -clients 512 -rounds 2
	@echo "==> indexer backfill: events/s into SQLite and PostgreSQL beside eth_getLogs alone; lag under write load"
	$(GO) run ./scripts/benchindex
	@echo "==> serial trees: Merkle root and proofs of 1,000,000 serials vs hashing the same leaves alone"
	$(GO) run ./scripts/benchmerkle
	@echo "==> telemetry packer: readings per transaction and gas per reading, through the backend on the Clique chain"
	$(GO) test -count=1 -run 'TestTelemetryPackingReport$$' -v ./backend/chainsvc | grep -E 'telemetry packer|readings/tx'

fuzz: deps ## run every fuzz target for FUZZTIME (default 20s) each
	./scripts/fuzz.sh $(or $(FUZZTIME),20s)

clean: ## remove build output (keeps .salus data)
	rm -rf bin contracts/node_modules backend/api/docs/node_modules backend/web/node_modules backend/web/test-results

FORCE:
