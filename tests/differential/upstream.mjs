// Runs the published test cases of @cloud-copilot/iam-simulate through our evaluator, where our policy test
// format can express them, and prints every case on which our decision differs from the case's expectation.
//
// The cases live in that project's repository (src/core_engine/coreEngineTests/**/*.json), not in its npm
// package, so this is not part of CI: point it at a checkout.
//   cargo build -p vpce-policy-cli && node tests/differential/upstream.mjs PATH/TO/coreEngineTests
// Nothing of the cases is copied into this repository (their licence is AGPL); docs/differential.md records the
// outcome of each run and how every difference was decided.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const [dir] = process.argv.slice(2)
if (!dir) {
  console.error('usage: node tests/differential/upstream.mjs PATH/TO/coreEngineTests')
  process.exit(2)
}
const cli = path.resolve('target/debug/vpce-policy')
const DECISIONS = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' }

function* files(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name)
    if (e.isDirectory()) yield* files(p)
    else if (e.name.endsWith('.json')) yield p
  }
}

// Our test file for one case, or why our format cannot express it.
function translate(c) {
  const r = c.request ?? {}
  if (c.skip) return { why: 'skipped upstream' }
  if (c.simulation?.mode === 'Discovery') return { why: 'discovery mode (no single decision)' }
  if (!DECISIONS[c.expected?.response]) return { why: 'no single expected decision' }
  if (/[*?]/.test(r.resource?.resource ?? '') && r.resource.resource !== '*') return { why: 'a wildcard in the requested resource' }
  if ((c.endpointPolicies ?? []).length > 1) return { why: 'several endpoint policies' }
  if ((c.permissionBoundaries ?? []).length > 1) return { why: 'several permissions boundaries' }
  const request = {
    action: r.action,
    resource: r.resource?.resource,
    resourceAccount: r.resource?.accountId,
    context: r.context ?? {},
  }
  if (typeof r.principal === 'string') request.principal = r.principal
  const levels = (list) => (list ?? []).map((l, i) => ({ level: l.orgIdentifier ?? `level-${i}`, policies: l.policies }))
  const policies = { identity: c.identityPolicies ?? [], resource: c.resourcePolicy ?? null }
  if (c.serviceControlPolicies?.length) policies.scp = levels(c.serviceControlPolicies)
  if (c.resourceControlPolicies?.length) policies.rcp = levels(c.resourceControlPolicies)
  if (c.permissionBoundaries?.length) policies.permissionsBoundary = c.permissionBoundaries[0]
  if (c.sessionPolicy) policies.session = c.sessionPolicy
  if (c.endpointPolicies?.length) policies.endpoint = c.endpointPolicies[0]
  return { file: { policies, tests: [{ name: 'case', request, expect: DECISIONS[c.expected.response] }] } }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-'))
const counts = { agree: 0, differ: 0, notExpressible: 0, refused: 0 }
const why = {}
for (const f of files(dir)) {
  const rel = path.relative(dir, f)
  let cases
  try {
    cases = JSON.parse(fs.readFileSync(f, 'utf8'))
  } catch {
    continue
  }
  if (!Array.isArray(cases)) continue
  cases.forEach((c, i) => {
    const t = translate(c)
    if (!t.file) {
      counts.notExpressible++
      why[t.why] = (why[t.why] ?? 0) + 1
      return
    }
    const p = path.join(tmp, 'case.json')
    fs.writeFileSync(p, JSON.stringify(t.file))
    let out
    try {
      out = execFileSync(cli, ['test', p, '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (e) {
      out = e.stdout
    }
    let result
    try {
      result = JSON.parse(out).results[0]
    } catch {
      counts.refused++
      console.log(`refused\t${rel}#${i}\t${c.name}\t${String(out).slice(0, 200)}`)
      return
    }
    if (result.pass) counts.agree++
    else {
      counts.differ++
      console.log(`differ\t${rel}#${i}\t${c.name}\tours ${result.decision}\tupstream ${result.expect}`)
    }
  })
}
console.log(`\n${JSON.stringify(counts)} not expressible: ${JSON.stringify(why)}`)
