#!/usr/bin/env bash
# Trunk post-build hook: builds the JavaScript API (crates/wasm) into dist/lib/ — vpce_policy.js, its wasm and
# TypeScript definitions — so that any docs page can `import init, { validate } from "./lib/vpce_policy.js"`.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}/lib"
# The JavaScript API is built for speed (opt-level 3, LTO, wasm-opt -O3): within 1.5x of native for validate,
# for 50 KB more gzipped than a size-optimized build (docs/benchmarks.md). The playground stays size-optimized.
profile=release
[ "${TRUNK_PROFILE:-release}" = "release" ] || profile=dev
cargo build -p vpce-policy-wasm --target wasm32-unknown-unknown --profile "$profile" --locked --quiet
dir=$([ "$profile" = dev ] && echo debug || echo "$profile")
# Cargo honours CARGO_TARGET_DIR (a shared cache, a CI runner); the artefacts are where it put them.
target="${CARGO_TARGET_DIR:-target}"
wasm-bindgen --target web --out-dir "$out" --out-name vpce_policy "$target/wasm32-unknown-unknown/$dir/vpce_policy_wasm.wasm"
if [ "$profile" = release ]; then
  wasm-opt -O3 --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue -o "$out/vpce_policy_bg.wasm" "$out/vpce_policy_bg.wasm"
fi
# The template reader (CloudFormation, Terraform) is a module of its own, size-optimized, that a page loads only
# when a template is pasted: its YAML and HCL readers never weigh on the policy API or the playground.
tprofile=$([ "$profile" = dev ] && echo dev || echo wasm-release)
tdir=$([ "$tprofile" = dev ] && echo debug || echo "$tprofile")
cargo build -p vpce-policy-wasm-templates --target wasm32-unknown-unknown --profile "$tprofile" --locked --quiet
wasm-bindgen --target web --out-dir "$out/templates" --out-name vpce_policy_templates \
  "$target/wasm32-unknown-unknown/$tdir/vpce_policy_wasm_templates.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue -o "$out/templates/vpce_policy_templates_bg.wasm" "$out/templates/vpce_policy_templates_bg.wasm"
fi
# The CloudTrail replay: a module of its own run in a Web Worker (web/trail/worker.js) that a page starts only when
# CloudTrail files are dropped. Built for speed like the policy API: it is throughput-bound and never on the first
# paint.
cargo build -p vpce-policy-wasm-trail --target wasm32-unknown-unknown --profile "$profile" --locked --quiet
wasm-bindgen --target web --out-dir "$out/trail" --out-name vpce_policy_trail \
  "$target/wasm32-unknown-unknown/$dir/vpce_policy_wasm_trail.wasm"
if [ "$profile" = release ]; then
  wasm-opt -O3 --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue -o "$out/trail/vpce_policy_trail_bg.wasm" "$out/trail/vpce_policy_trail_bg.wasm"
fi
cp web/trail/worker.js "$out/trail/worker.js"
cp web/embed/embed.js "$out/embed.js"
# The example docs site (examples/docs-site/), served at docs-site/ beside the playground.
mkdir -p "$out/../docs-site"
cp examples/docs-site/* "$out/../docs-site/"
echo "JavaScript API written to $out; example docs site to $out/../docs-site"
