// The independent engine of the differential test (tests/differential.rs): @cloud-copilot/iam-simulate, pinned
// in package.json and run only as a separate process (its licence is AGPL; nothing of it is copied here).
//
// Reads JSON Lines on stdin, one case a line: {"id", "principal", "action", "resource", "resourceAccount",
// "context", "identity": [policy…], "endpoint": policy|null}; writes one line per case, in order:
// {"id", "decision": "allowed"|"explicitDeny"|"implicitDeny"} or {"id", "error": "…"} when the oracle refuses
// the input (its validator is stricter than AWS on some forms), and "ignored": [keys] when it dropped context keys.
import { runSimulation } from '@cloud-copilot/iam-simulate'
import readline from 'node:readline'

const DECISIONS = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' }

// iam-simulate's endpoint-policy validator accepts only "Principal": "*"; {"AWS": "*"} means the same to AWS
// (IAM User Guide, "AWS JSON policy elements: Principal": "the following elements are equivalent").
function normalizeEndpoint(policy) {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]
  return {
    ...policy,
    Statement: statements.map((s) => {
      const p = s.Principal
      const everyone = p && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 1 &&
        (p.AWS === '*' || (Array.isArray(p.AWS) && p.AWS.length === 1 && p.AWS[0] === '*'))
      return everyone ? { ...s, Principal: '*' } : s
    }),
  }
}

async function simulate(c) {
  const simulation = {
    request: {
      principal: c.principal,
      action: c.action,
      resource: { resource: c.resource, accountId: c.resourceAccount },
      contextVariables: c.context,
    },
    identityPolicies: c.identity.map((policy, i) => ({ name: `identity-${i}`, policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    vpcEndpointPolicies: c.endpoint ? [{ name: 'endpoint', policy: normalizeEndpoint(c.endpoint) }] : [],
  }
  const r = await runSimulation(simulation, { simulationMode: 'Strict' })
  if (r.resultType === 'error') return { id: c.id, error: r.errors?.message ?? 'error' }
  const out = { id: c.id, decision: DECISIONS[r.overallResult] }
  const ignored = r.resultType === 'single' ? r.result.ignoredContextKeys : undefined
  if (ignored && ignored.length) out.ignored = ignored
  return out
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
for await (const line of lines) {
  if (!line.trim()) continue
  let out
  let id = null
  try {
    const c = JSON.parse(line)
    id = c.id
    out = await simulate(c)
  } catch (e) {
    out = { id, error: `exception: ${e && e.message ? e.message : e}` }
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
