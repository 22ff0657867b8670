#!/usr/bin/env bash
# Trunk post-build hook: builds the JavaScript API into dist/lib/ — vpce_policy.js, its wasm and TypeScript
# definitions — so that any docs page can `import init, { validate } from "./lib/vpce_policy.js"`, and beside it
# the modules a page loads only when needed (templates/, trail/).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}/lib"
release=$([ "${TRUNK_PROFILE:-release}" = "release" ] && echo yes || echo no)
# Cargo honours CARGO_TARGET_DIR (a shared cache, a CI runner); the artefacts are where it put them.
target="${CARGO_TARGET_DIR:-target}"

# module CRATE PROFILE OUT_DIR NAME OPT: builds CRATE's wasm with PROFILE (dev in a dev build), binds it into
# OUT_DIR/NAME.js and, in a release build, runs wasm-opt OPT (-O3 for speed, -Oz for size) on it.
module() {
  local crate=$1 profile=$2 dir=$3 name=$4 opt=$5
  [ "$release" = yes ] || profile=dev
  local built=$([ "$profile" = dev ] && echo debug || echo "$profile")
  cargo build -p "$crate" --target wasm32-unknown-unknown --profile "$profile" --locked --quiet
  wasm-bindgen --target web --out-dir "$dir" --out-name "$name" \
    "$target/wasm32-unknown-unknown/$built/${crate//-/_}.wasm"
  if [ "$release" = yes ]; then
    wasm-opt "$opt" --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-multivalue -o "$dir/${name}_bg.wasm" "$dir/${name}_bg.wasm"
  fi
}

# The JavaScript API is built for speed (opt-level 3, LTO, wasm-opt -O3): within 1.5x of native for validate,
# for 50 KB more gzipped than a size-optimized build (docs/benchmarks.md). The playground stays size-optimized.
module vpce-policy-wasm release "$out" vpce_policy -O3
# The template reader (CloudFormation, Terraform), size-optimized, loaded when a template is pasted: its YAML and
# HCL readers never weigh on the policy API or the playground.
module vpce-policy-wasm-templates wasm-release "$out/templates" vpce_policy_templates -Oz
# The CloudTrail replay, run in a Web Worker (web/trail/worker.js) that a page starts only when CloudTrail files
# are dropped. Built for speed: it is throughput-bound and never on the first paint.
module vpce-policy-wasm-trail release "$out/trail" vpce_policy_trail -O3
cp web/trail/worker.js "$out/trail/worker.js"
cp web/embed/embed.js "$out/embed.js"
# The example docs site (examples/docs-site/), served at docs-site/ beside the playground.
mkdir -p "$out/../docs-site"
cp examples/docs-site/* "$out/../docs-site/"
echo "JavaScript API written to $out; example docs site to $out/../docs-site"
