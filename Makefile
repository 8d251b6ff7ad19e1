# The two commands of the README's quick start are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build lint format bench static install install-files fuzz

# Installs the C libraries the package links, and the programs the tests run, when they are
# missing (Debian/Ubuntu).
deps:
	@pkg-config --exists libedit 2>/dev/null || { \
	  echo "installing libedit-dev and pkg-config"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }
	@[ -e /usr/include/sqlite3.h ] || $(SUDO) apt-get install -y -qq libsqlite3-dev
	@# The tests run the sqlite3 shell as a second process on a journal.
	@[ -x /usr/bin/sqlite3 ] || $(SUDO) apt-get install -y -qq sqlite3

build: deps
	$(SWIFT) build

run: build
	@$$($(SWIFT) build --show-bin-path)/advance

# generate-manual (swift-argument-parser's) is built too: the install test lays out the man page.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) build --product generate-manual
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Benchmarks Plugins Fuzz Package.swift
	$(SWIFT) package describe --type json | $(SWIFT) .ci/check-imports.swift

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
	@echo "== YAML with alias keys: Yams.compose alone against the checked read (YAMLBench)"
	$(RELEASE_BIN)/YAMLBench 5

RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)

# A release binary with the Swift runtime linked in: it starts about twice as fast here.
STATIC_BIN = .build-static/release
static: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product advance

# Installs the static binary, its man page and bash, zsh and fish completions under PREFIX
# (DESTDIR in front, for packaging).
install: static
	$(SWIFT) build --product generate-manual
	$(MAKE) install-files BIN=$(STATIC_BIN)/advance STRIP=-s \
	  MANUAL_TOOL=$$($(SWIFT) build --show-bin-path)/generate-manual

# The layout alone, from a built BIN: the man page is generated from the commands themselves
# (swift-argument-parser's generate-manual), the completions by the binary.
BIN ?= $(STATIC_BIN)/advance
MANUAL_TOOL ?= $$($(SWIFT) build --show-bin-path)/generate-manual
STRIP ?=
MANDIR ?= $(PREFIX)/share/man
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d
install-files:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHDIR) \
	  $(DESTDIR)$(ZSHDIR) $(DESTDIR)$(FISHDIR)
	install $(STRIP) -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/advance
	@manual=$$(mktemp -d) && trap 'rm -rf "$$manual"' EXIT && \
	  $(MANUAL_TOOL) $(BIN) --output-directory "$$manual" > /dev/null && \
	  install -m 0644 "$$manual/advance.1" $(DESTDIR)$(MANDIR)/man1/advance.1
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(BASHDIR)/advance
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(ZSHDIR)/_advance
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(FISHDIR)/advance.fish
	chmod 0644 $(DESTDIR)$(BASHDIR)/advance $(DESTDIR)$(ZSHDIR)/_advance \
	  $(DESTDIR)$(FISHDIR)/advance.fish

# libFuzzer + ASan over every target in Fuzz/seeds, FUZZ_SECONDS each (Fuzz/run.sh).
FUZZ_SECONDS ?= 30
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS)
