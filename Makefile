# Folio — `make` renders every sample document into out/, `make test` runs the tests.
# Both first install the Debian packages Folio needs (only those missing).

APT_PACKAGES := pkg-config libcairo2-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev \
                libjpeg-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev libhyphen-dev librsvg2-2 libxml2-dev hyphen-en-us unicode-data \
                libqpdf-dev zlib1g-dev icc-profiles-free scribus-data libqrencode-dev fonts-noto-cjk poppler-utils qpdf zbar-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LAYOUTS := $(wildcard Layouts/*.yaml)
FOLIO := .build/release/folio

# PDFs carry the date of the last commit, so a checkout renders the same bytes every time.
GIT_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(GIT_EPOCH),)
export SOURCE_DATE_EPOCH ?= $(GIT_EPOCH)
endif

.PHONY: all deps build samples test bench references fuzz clean

all: samples

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The Swift runtime linked in statically: the binary starts in 20 ms instead of 31
# (hyperfine, `folio --version`), which counts for every document and merge.
build: deps
	swift build -c release --product folio --static-swift-stdlib

samples: build
	$(FOLIO) build $(LAYOUTS)

test: deps
	swift test

# Whole-process benchmarks (hyperfine) and the typesetting micro-benchmark; appends to BENCHMARKS.md.
# `make bench FOLIO=path/to/folio` times that binary instead of building one; see bench/run.sh.
bench: deps
	bench/run.sh

# Reference images of page 1 of each sample and golden display-tree dumps, for
# the regression tests: run after a deliberate design change and commit them with it.
# A layout in several languages gives one PDF per language (out/brochure.pdf, out/brochure-zh.pdf).
references: samples
	@for ref in Tests/EndToEndTests/References/*-1.png; do \
	  name=$$(basename $$ref -1.png); \
	  pdftoppm -r 36 -f 1 -l 1 -png -singlefile out/$$name.pdf Tests/EndToEndTests/References/$$name-1; \
	done
	FOLIO_RENEW_GOLDEN=1 swift test --filter GoldenTreeTests

# libFuzzer with AddressSanitizer over each reader of untrusted input (Tests/Fuzz),
# FUZZ_SECONDS each (default 60); not part of `make test`. See Tests/Fuzz/run.sh.
fuzz: deps
	Tests/Fuzz/run.sh

clean:
	rm -rf .build out
