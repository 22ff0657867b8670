// Uses every function of the JavaScript API with its TypeScript types; `tsc --noEmit -p examples/api` checks it
// against dist/lib/vpce_policy.d.ts (scripts/test runs it after the release build).
import init, {
  validate, fix, evaluate, generate, exportPolicy, scenarios, explain, version, kit, exportKit, diagnose, loadData, dataLoaded,
  message,
  type Kit, type DiagnoseResult, type ValidateResult, type FixResult, type EvaluateResult, type GenerateResult, type ScenarioReport, type RuleDoc, type ApiError,
} from "../../dist/lib/vpce_policy.js";
import initTemplates, { validateTemplate, type TemplateResult, type TemplateError } from "../../dist/lib/templates/vpce_policy_templates.js";

const isError = (x: object): x is ApiError => "error" in x;

export async function demo(policyText: string): Promise<string[]> {
  // The Japanese pack loads beside the IAM data; English needs no pack.
  await init({ locale: "ja" });
  const lines: string[] = [version()];
  // init() loaded the IAM data; a page that has the file's text already may hand it over itself.
  if (!dataLoaded()) lines.push(`data from ${loadData(await (await fetch("data/iam.txt")).text())}`);
  const v: ValidateResult | ApiError = validate(policyText, { kind: "endpoint", region: "us-east-1", environment: "prod" });
  if (!isError(v)) for (const d of v.diagnostics) lines.push(`${d.line}:${d.column} ${d.severity}[${d.code}] ${d.message}`);
  const f: FixResult | ApiError = fix(policyText, {});
  if (!isError(f)) lines.push(`fixed ${f.applied}, ${f.remaining.length} left`);
  const plan: GenerateResult | ApiError = generate({ region: "eu-west-1", principalOrgId: "o-a1b2c3d4e5" });
  if (isError(plan)) return [plan.error.message];
  const tf: string | ApiError = exportPolicy(plan.s3.policy, "terraform", { endpoint: "s3", config: { region: "eu-west-1" } });
  if (typeof tf === "string") lines.push(tf);
  const r: EvaluateResult | ApiError = evaluate({
    policies: { endpoint: plan.s3.policy, identity: [] },
    request: { action: "s3:GetObject", resource: "arn:aws:s3:::ec2imagebuilder-toe-eu-west-1-prod/x" },
    explain: true,
  });
  if (!isError(r)) lines.push(`${r.decision}: ${r.reason}`);
  const s: ScenarioReport | ApiError = scenarios({ region: "eu-west-1" }, { s3Policy: JSON.stringify(plan.s3.policy) });
  if (!isError(s)) lines.push(`${s.passed} passed, ${s.failed} failed`);
  const k: Kit | ApiError = kit({ region: "eu-west-1", principalOrgId: "o-a1b2c3d4e5", kit: { features: ["logging", "containers"] } }, undefined);
  if (!isError(k)) lines.push(k.endpoints.map((e) => `${e.id} ${e.serviceName}`).join("\n"));
  const cfn: string | ApiError = exportKit({ region: "eu-west-1", kit: { omit: ["kms"] } }, "cloudformation");
  if (typeof cfn === "string") lines.push(cfn);
  const doc: RuleDoc | ApiError = explain("RESOURCE_TYPE_MISMATCH", { locale: "ja" });
  if (!isError(doc)) lines.push(`${doc.title}: ${doc.url}`);
  lines.push(message("embed-errors-other", { n: 2 }, "ja"));
  const why: DiagnoseResult | ApiError = diagnose("Workflow Execution ID: wf-1 failed with reason: Unable to bootstrap TOE", { locale: "ja" });
  if (!isError(why)) for (const d of why.diagnoses) lines.push(`${d.summary}: ${d.fix}`);
  // The template reader is a module of its own, loaded only when a template is at hand.
  await initTemplates();
  const t: TemplateResult | TemplateError = validateTemplate(policyText, { fileName: "template.yaml", vars: { region: "eu-west-1" } });
  if (!("error" in t)) for (const p of t.policies) lines.push(`${p.name}: ${p.diagnostics.length} finding(s)`);
  return lines;
}
