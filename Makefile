# The two commands of the README's quick start are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build lint format bench static install fuzz

# Installs the C libraries the package links when they are missing (Debian/Ubuntu).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
	  echo "installing libedit-dev and pkg-config"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }
	@[ -e /usr/include/sqlite3.h ] || $(SUDO) apt-get install -y -qq libsqlite3-dev

build: deps
	$(SWIFT) build

run: build
	@$$($(SWIFT) build --show-bin-path)/advance

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Benchmarks Plugins Fuzz Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Benchmarks Plugins Fuzz Package.swift

# Prints every benchmark's figures beside its reference (release build).
bench: deps static
	@python3 -c 'import prompt_toolkit, yaml' 2>/dev/null || pip install -q prompt_toolkit PyYAML
	$(SWIFT) build -c release
	@echo "== start-up (StartupBench)"
	$(RELEASE_BIN)/StartupBench 30 "advance, static (make install)=$(STATIC_BIN)/advance"
	@echo "== loading and checking the bundled prompt scripts (PromptKitBench)"
	$(RELEASE_BIN)/PromptKitBench prompts 500
	@echo "== scoring: accuracy on the labelled corpus, speed, memory (ScoringBench)"
	$(RELEASE_BIN)/ScoringBench
	@echo "== call transcripts: labelled calls, figures only; the one-hour call (TranscriptBench)"
	$(RELEASE_BIN)/TranscriptBench
	@echo "== journal: 10,000 leads, 100,000 meetings (JournalBench)"
	$(RELEASE_BIN)/JournalBench

RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)

# A release binary with the Swift runtime linked in: it starts about twice as fast here.
STATIC_BIN = .build-static/release
static: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product advance

install: static
	install -d $(DESTDIR)$(PREFIX)/bin
	install -s -m 0755 $(STATIC_BIN)/advance $(DESTDIR)$(PREFIX)/bin/advance

# libFuzzer + ASan over every target in Fuzz/seeds, FUZZ_SECONDS each (Fuzz/run.sh).
FUZZ_SECONDS ?= 30
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)
