// Generated from the Rust types by ts-rs (crates/wasm/src/types.rs): do not edit. After changing a type,
// run UPDATE_TYPES=1 cargo test -p vpce-policy-wasm --features ts
export type ApiError = { error: ErrorBody, };
export type ErrorBody = { kind: ErrorKind, message: string, line?: number, column?: number, };
export type ErrorKind = "input" | "data";
export type ValidateOptions = { kind?: PolicyKind, region?: string, environment?: string, awsManaged?: boolean, features?: Array<Feature>, skipBuildNeeds?: boolean, 
/**
 * The language of messages (default English; another needs its pack, `loadLocale`).
 */
locale?: Locale, };
export type PolicyKind = "endpoint" | "identity" | "resource";
export type Feature = "logging" | "containers" | "sessionManager" | "kms" | "packageRepos";
export type Locale = "en" | "ja";
export type LocaleOptions = { 
/**
 * The language of the causes and fixes (default English; another needs its pack).
 */
locale?: Locale, };
export type ValidateResult = { diagnostics: Array<Finding>, };
export type FixResult = { text: string, applied: number, remaining: Array<Finding>, };
export type Finding = { fix?: string, 
/**
 * Every place the finding stands for, when its certain fix replaces several (one no-break-space finding
 * for 84 occurrences): `{line, column, end_line, end_column}` each.
 */
occurrences?: Array<Place>, code: string, severity: Severity, message: string, help: string, 
/**
 * 1-based start line.
 */
line: number, 
/**
 * 1-based start column.
 */
column: number, 
/**
 * 1-based end line.
 */
end_line: number, 
/**
 * 1-based end column (exclusive).
 */
end_column: number, 
/**
 * JSON path.
 */
path: string, };
export type Place = { line: number, column: number, end_line: number, end_column: number, };
export type DiagnosticReport = { code: string, severity: Severity, message: string, help: string, 
/**
 * 1-based start line.
 */
line: number, 
/**
 * 1-based start column.
 */
column: number, 
/**
 * 1-based end line.
 */
end_line: number, 
/**
 * 1-based end column (exclusive).
 */
end_column: number, 
/**
 * JSON path.
 */
path: string, };
export type Severity = "error" | "security_warning" | "warning" | "suggestion";
export type Code = "ALLOW_WITH_NOT_PRINCIPAL" | "ARN_ACCOUNT_NOT_ALLOWED" | "ARN_PARTITION_MISMATCH" | "ARN_REGION_NOT_ALLOWED" | "AWS_OWNED_RESOURCE_NOT_ALLOWED" | "CONFLICTING_ELEMENTS" | "EMPTY_ARRAY_ACTION" | "EMPTY_ARRAY_CONDITION" | "EMPTY_ARRAY_PRINCIPAL" | "EMPTY_ARRAY_RESOURCE" | "EMPTY_OBJECT_CONDITION" | "EMPTY_OBJECT_PRINCIPAL" | "ENDPOINT_POLICY_WITHOUT_ALLOW" | "ENDPOINT_WITHOUT_POLICY" | "FORALLVALUES_WITH_SINGLE_VALUED_KEY" | "IMAGEBUILDER_BUCKET_REGION_MISMATCH" | "INVALID_ACCOUNT_ID_FORMAT" | "INVALID_ACTION" | "INVALID_ARN" | "INVALID_ARN_ACCOUNT" | "INVALID_ARN_PREFIX" | "INVALID_ARN_REGION" | "INVALID_ARN_RESOURCE" | "INVALID_CONDITION" | "INVALID_CONDITION_KEY_FORMAT" | "INVALID_CONDITION_OPERATOR" | "INVALID_EFFECT" | "INVALID_GLOBAL_CONDITION_KEY" | "INVALID_ID" | "INVALID_ORG_ID_FORMAT" | "INVALID_ORG_PATH_FORMAT" | "INVALID_PARTITION" | "INVALID_PRINCIPAL_FORMAT" | "INVALID_PRINCIPAL_KEY" | "INVALID_RESOURCE" | "INVALID_SERVICE_CONDITION_KEY" | "INVALID_SID" | "INVALID_STATEMENT" | "INVALID_VARIABLE_FOR_OPERATOR" | "INVALID_VERSION" | "INVALID_VPCE_FORMAT" | "INVALID_VPC_FORMAT" | "JSON_SYNTAX_ERROR" | "MISSING_ACTION" | "MISSING_ARN_REGION" | "MISSING_BRACE_IN_VARIABLE" | "MISSING_EFFECT" | "MISSING_PRINCIPAL" | "MISSING_RESOURCE" | "MISSING_STATEMENT" | "MISSING_VERSION" | "NULL_WITH_IF_EXISTS" | "NUMERIC_OPERATOR_ON_SYSTEM_ID_KEY" | "ORG_CONDITION_ON_AWS_OWNED_BUCKET" | "POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA" | "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA" | "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA" | "PRINCIPAL_CONDITION_ON_AWS_OWNED_RESOURCE" | "REDUNDANT_ACTION" | "REDUNDANT_RESOURCE" | "REDUNDANT_STATEMENT" | "RESOURCE_TYPE_MISMATCH" | "TYPE_MISMATCH" | "UNDOCUMENTED_ACTION" | "UNDOCUMENTED_SERVICE" | "UNIQUE_SIDS_REQUIRED" | "UNKNOWN_ACTION" | "UNKNOWN_IMAGEBUILDER_ENVIRONMENT" | "UNKNOWN_SERVICE" | "UNREPLACED_PLACEHOLDER" | "UNSUPPORTED_ELEMENT" | "UNSUPPORTED_PRINCIPAL" | "UNSUPPORTED_SID" | "UNSUPPORTED_WILDCARD_IN_PRINCIPAL" | "VARIABLE_UNSUPPORTED_IN_VERSION" | "WILDCARD_IN_SERVICE_NAME" | "WILDCARD_ON_SYSTEM_ID_KEY" | "WILDCARD_WITHOUT_SIX_LITERAL_CHARACTERS";
export type RuleDoc = { 
/**
 * The finding code.
 */
code: Code, 
/**
 * Severity of every finding with this code.
 */
severity: Severity, 
/**
 * Short title.
 */
title: string, 
/**
 * What the rule checks.
 */
checks: string, 
/**
 * Why it matters.
 */
why: string, 
/**
 * A policy that gets the finding.
 */
bad: string, 
/**
 * The same policy, fixed.
 */
good: string, 
/**
 * The policy kind the examples are validated as.
 */
kind: PolicyKind, 
/**
 * The `--region` the examples are validated with (empty: none).
 */
region: string, 
/**
 * The AWS documentation page.
 */
url: string, };
export type EvaluateInput = { policies: Policies, request: Request, explain?: boolean, 
/**
 * The language of the reason and the trace (default English; another needs its pack).
 */
locale?: Locale, };
export type EvaluateResult = { decision: Decision, blockedBy: Layer | null, blockedLevel: string | null, reason: string, valid: boolean, 
/**
 * The decision path, with `explain: true`.
 */
trace: Array<object> | null, };
export type Policies = { 
/**
 * Endpoint policy.
 */
endpoint?: PolicySource, 
/**
 * Identity policies.
 */
identity?: Array<PolicySource>, 
/**
 * Resource policy: `Some(None)` for `null`.
 */
resource?: PolicySource | null, 
/**
 * SCPs, by level.
 */
scp?: Array<LevelSource>, 
/**
 * RCPs, by level.
 */
rcp?: Array<LevelSource>, permissionsBoundary?: PolicySource, 
/**
 * Session policy.
 */
session?: PolicySource, };
export type PolicySource = object;
export type LevelSource = { 
/**
 * Level name: root, an OU, the account.
 */
level: string, 
/**
 * The policies attached there.
 */
policies: Array<PolicySource>, } | PolicySource;
export type Request = { 
/**
 * The caller's ARN (or a service principal such as `imagebuilder.amazonaws.com`);
 * omitted or `"anonymous"` for an unauthenticated request.
 */
principal?: string, 
/**
 * The action, e.g. `s3:GetObject`.
 */
action: string, 
/**
 * The resource ARN.
 */
resource: string, 
/**
 * The account that owns the resource (for same- versus cross-account decisions).
 */
resourceAccount?: string, 
/**
 * Condition keys and their values.
 */
context?: { [key in string]: ContextValue }, 
/**
 * The principal is a service-linked role (SCPs do not limit it).
 */
serviceLinkedRole?: boolean, 
/**
 * The principal belongs to the organization's management account (SCPs do not limit it).
 */
managementAccount?: boolean, };
export type ContextValue = boolean | number | string | Array<ContextScalar>;
export type ContextScalar = boolean | number | string;
export type Decision = "allowed" | "explicitDeny" | "implicitDeny";
export type Layer = "endpoint" | "scp" | "rcp" | "permissionsBoundary" | "session" | "identity" | "resource";
export type GeneratorConfig = { 
/**
 * Region code, e.g. `us-east-1`.
 */
region: string, 
/**
 * Image Builder environment.
 */
environment?: Environment, 
/**
 * Your organization's ID for `aws:PrincipalOrgID`.
 */
principalOrgId?: string, 
/**
 * The organization that owns your resources, for `aws:ResourceOrgID` (defaults to the principal org).
 */
resourceOrgId?: string, 
/**
 * Accounts whose principals may use the endpoints (`aws:PrincipalAccount`).
 */
accountIds?: Array<string>, 
/**
 * Deny DeleteImage and DeleteComponent through the Image Builder endpoint.
 */
denyDeletes?: boolean, 
/**
 * With `deny_deletes`, deny every other Image Builder `Delete*` action too.
 */
denyAllDeletes?: boolean, 
/**
 * The recipes use AWS-managed components and images: allow GetComponent/GetImage on them
 * (`…:aws:component/*`, `…:aws:image/*`) even when the policy is limited to your organization. On by default,
 * because most recipes do (`update-linux`, the CloudWatch agent, …): the scenario for them then expects the
 * build to read them, whatever policy is judged.
 */
managedResources?: boolean, 
/**
 * Allow the SSM agent bucket `amazon-ssm-REGION` (Linux images whose recipe has no user data).
 */
ssm?: boolean, 
/**
 * Widen on purpose: do not restrict the endpoints to the organization even though an org ID is given.
 * (Without this, a principal org ID restricts both endpoints: see [`GeneratorConfig::restricts_to_org`].)
 */
allowOutsideOrg?: boolean, 
/**
 * The whole private-VPC kit (every endpoint a build needs), or `None` for the Image Builder and S3
 * endpoints alone.
 */
kit?: KitConfig, };
export type Environment = "prod" | "preprod" | "beta";
export type KitConfig = { 
/**
 * The optional features the builds use.
 */
features?: Array<Feature>, 
/**
 * Least privilege: each interface endpoint allows only the actions a build instance calls through it.
 * Otherwise each allows every action of its service to your organization.
 */
leastPrivilege?: boolean, 
/**
 * Your own buckets the build reads or writes through the S3 endpoint (bucket names).
 */
buckets?: Array<string>, 
/**
 * Endpoints turned off (to see which scenarios break without them).
 */
omit?: Array<EndpointId>, };
export type Plan = { 
/**
 * The Image Builder interface endpoint.
 */
imagebuilder: EndpointPlan, 
/**
 * The S3 gateway endpoint.
 */
s3: EndpointPlan, };
export type EndpointPlan = { 
/**
 * The endpoint service name, e.g. `com.amazonaws.us-east-1.imagebuilder`.
 */
serviceName: string, 
/**
 * The API's private DNS name (interface endpoints only).
 */
privateDnsName?: string, 
/**
 * The endpoint policy.
 */
policy: object, };
export type EndpointKind = "imagebuilder" | "s3";
export type Kit = { 
/**
 * The endpoints to create, in catalogue order.
 */
endpoints: Array<KitEndpoint>, 
/**
 * Endpoints the features need but that were turned off.
 */
omitted: Array<EndpointId>, };
export type KitEndpoint = { 
/**
 * Which endpoint (`ssm`, `ecr.api`, …).
 */
id: EndpointId, 
/**
 * The AWS service behind it (English; a face shows `EndpointSpec::title` in its language).
 */
title: string, 
/**
 * `Gateway` or `Interface`.
 */
endpointType: string, 
/**
 * When it is needed.
 */
need: Need, 
/**
 * What the build does through it (English, as `title`).
 */
purpose: string, 
/**
 * The AWS page that documents it.
 */
source: string, 
/**
 * The endpoint service name, e.g. `com.amazonaws.us-east-1.imagebuilder`.
 */
serviceName: string, 
/**
 * The API's private DNS name (interface endpoints only).
 */
privateDnsName?: string, 
/**
 * The endpoint policy.
 */
policy: object, };
export type EndpointId = "imagebuilder" | "s3" | "ssm" | "ssmmessages" | "ec2messages" | "logs" | "ecr.api" | "ecr.dkr" | "kms";
export type Need = { "when": "always" } | { "when": "with", "feature": Feature };
export type ExportFormat = "json" | "json-min" | "cli" | "cloudformation" | "terraform";
export type ScenarioPolicies = { imagebuilderPolicy?: string, s3Policy?: string, 
/**
 * The language of the scenarios' names and reasons (default English; another needs its pack).
 */
locale?: Locale, };
export type ScenarioReport = { 
/**
 * The endpoint policies AWS would refuse (they have error findings): the endpoint then keeps its previous
 * policy, and `results` are only what the policy as written would decide.
 */
rejected: Array<Rejection>, 
/**
 * Per scenario.
 */
results: Array<ScenarioResult>, 
/**
 * Count passed.
 */
passed: number, 
/**
 * Count failed.
 */
failed: number, };
export type ScenarioResult = { name: string, endpoint: EndpointId, decision: Decision, 
/**
 * The expected decision.
 */
expect: Decision, 
/**
 * Whether they agree.
 */
pass: boolean, 
/**
 * Why the scenario expects what it does.
 */
why: string, 
/**
 * The endpoint the request needs but the kit does not have (it was turned off): no route, so the request
 * never reaches AWS.
 */
missingEndpoint?: EndpointId, };
export type Rejection = { 
/**
 * Which endpoint.
 */
endpoint: EndpointKind, 
/**
 * How many error findings.
 */
errors: number, 
/**
 * The first error: `line:column CODE message` (English).
 */
first: string, };
export type DiagnoseResult = { diagnoses: Array<Diagnosis>, };
export type Cause = { "kind": "missingEndpoint", 
/**
 * The endpoint's service, e.g. `ssmmessages`.
 */
service: string, } | { "kind": "policyDenies", 
/**
 * The policy type, e.g. `VPC endpoint policy`.
 */
policy: string, 
/**
 * The endpoint whose policy it is, when it is an endpoint policy.
 */
service: string | null, 
/**
 * The action refused.
 */
action: string | null, resource: string | null, 
/**
 * An explicit deny.
 */
explicit: boolean, } | { "kind": "ownedResource", 
/**
 * Its catalogue id.
 */
id: string, } | { "kind": "principalCondition" } | { "kind": "privateDns" } | { "kind": "securityGroup" };
export type Diagnosis = { cause: Cause, 
/**
 * The cause in a sentence (shown in a face's language; JSON: English).
 */
summary: string, 
/**
 * What to do (as `summary`).
 */
fix: string, 
/**
 * The kit endpoint concerned, when there is one.
 */
endpoint: EndpointId | null, 
/**
 * What in the text led here: the symptom's id, or the message read (as `summary`).
 */
evidence: string, 
/**
 * Where this symptom is documented or reported.
 */
source: string | null, };
export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;
export type GenerateResult = Plan;
