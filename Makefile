# Folio — `make` renders every sample document into out/, `make test` runs the tests.
# Both first install the Debian packages Folio needs (only those missing).

APT_PACKAGES := pkg-config libcairo2-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev \
                libjpeg-dev libcmark-gfm-dev libicu-dev libhyphen-dev librsvg2-dev hyphen-en-us unicode-data \
                fonts-noto-cjk poppler-utils qpdf
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LAYOUTS := $(wildcard Layouts/*.yaml)
FOLIO := .build/release/folio

# PDFs carry the date of the last commit, so a checkout renders the same bytes every time.
GIT_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(GIT_EPOCH),)
export SOURCE_DATE_EPOCH ?= $(GIT_EPOCH)
endif

.PHONY: all deps build samples test bench clean

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

build: deps
	swift build -c release --product folio

samples: build
	@mkdir -p out
	@for layout in $(LAYOUTS); do \
	  name=$$(basename $$layout .yaml); \
	  $(FOLIO) build $$layout --data Data --fonts Fonts --out out/$$name.pdf || exit 1; \
	done

test: deps
	swift test

bench: deps
	swift build -c release --product folio-bench
	.build/release/folio-bench .

clean:
	rm -rf .build out
