//! Policy test files: policies (inline or by relative path) and requests with expected decisions.
//! The core does no I/O: the caller supplies a function that reads a path.

use super::{CompiledPolicy, Decision, Layer, Level, PolicySet, Request, ResourcePolicy};
use serde::{Deserialize, Deserializer, Serialize};

/// A policy given inline or as a path relative to the test file.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PolicySource {
    /// A path to a JSON policy file.
    Path(String),
    /// The policy object itself.
    Inline(serde_json::Value),
}

/// An organization level of SCPs or RCPs: `{"level": "ou-prod", "policies": [...]}`, or one policy alone (a
/// level of its own, as in the flat list of earlier test files).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LevelSource {
    /// A named level with its policies.
    Level {
        /// Level name: root, an OU, the account.
        level: String,
        /// The policies attached there.
        policies: Vec<PolicySource>,
    },
    /// One policy, a level of its own.
    Single(PolicySource),
}

/// The `policies` object of a test file. An absent key means the layer is outside the question;
/// `"identity": []` means the principal has identity policies and none allows; `"resource": null` means the
/// resource has no resource-based policy.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policies {
    /// Endpoint policy.
    #[serde(default)]
    pub endpoint: Option<PolicySource>,
    /// Identity policies.
    #[serde(default)]
    pub identity: Option<Vec<PolicySource>>,
    /// Resource policy: `Some(None)` for `null`.
    #[serde(default, deserialize_with = "present")]
    pub resource: Option<Option<PolicySource>>,
    /// SCPs, by level.
    #[serde(default)]
    pub scp: Vec<LevelSource>,
    /// RCPs, by level.
    #[serde(default)]
    pub rcp: Vec<LevelSource>,
    /// Permissions boundary.
    #[serde(default)]
    pub permissions_boundary: Option<PolicySource>,
    /// Session policy.
    #[serde(default)]
    pub session: Option<PolicySource>,
}

/// Reads a key that is present (possibly `null`), so that `null` and an absent key differ.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<PolicySource>>, D::Error> {
    Option::<PolicySource>::deserialize(d).map(Some)
}

/// One test.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TestCase {
    /// Name.
    pub name: String,
    /// The request.
    pub request: Request,
    /// `allowed`, `explicitDeny` or `implicitDeny`.
    pub expect: String,
    /// Optionally, the layer expected to block it.
    #[serde(default)]
    pub blocked_by: Option<Layer>,
    /// Optionally, the AWS documentation behaviour this case encodes.
    #[serde(default)]
    pub doc: Option<String>,
}

/// A test file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestFile {
    /// What the file covers (optional).
    #[serde(default)]
    pub description: Option<String>,
    /// The policies on the request path.
    pub policies: Policies,
    /// The tests.
    pub tests: Vec<TestCase>,
}

/// One test's result.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TestResult {
    /// Name.
    pub name: String,
    /// The decision.
    pub decision: Decision,
    /// What was expected.
    pub expect: String,
    /// Whether it matched (decision, and blockedBy when the test gives one).
    pub pass: bool,
    /// The blocking layer.
    pub blocked_by: Option<Layer>,
}

/// All results.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    /// Per test.
    pub results: Vec<TestResult>,
    /// Count passed.
    pub passed: usize,
    /// Count failed.
    pub failed: usize,
    /// Whether every policy validated without errors.
    #[serde(skip)]
    pub valid: bool,
}

impl TestFile {
    /// Parses a test file.
    pub fn parse(text: &str) -> Result<TestFile, String> {
        serde_json::from_str(text).map_err(|e| {
            format!(
                "invalid test file at line {}, column {}: {e}",
                e.line(),
                e.column()
            )
        })
    }

    /// Compiles the policies; `read` loads a path relative to the test file.
    pub fn policy_set(&self, read: &dyn Fn(&str) -> Result<String, String>) -> Result<PolicySet, String> {
        let load = |src: &PolicySource, layer: Layer| -> Result<CompiledPolicy, String> {
            let text = match src {
                PolicySource::Path(p) => read(p)?,
                PolicySource::Inline(v) => serde_json::to_string_pretty(v).map_err(|e| e.to_string())?,
            };
            Ok(CompiledPolicy::compile(&text, layer.policy_kind()))
        };
        let one = |src: &Option<PolicySource>, layer| src.as_ref().map(|s| load(s, layer)).transpose();
        let many = |srcs: &Vec<PolicySource>, layer| {
            srcs.iter().map(|s| load(s, layer)).collect::<Result<Vec<_>, _>>()
        };
        let levels = |srcs: &Vec<LevelSource>, layer| -> Result<Vec<Level>, String> {
            srcs.iter()
                .enumerate()
                .map(|(i, src)| match src {
                    LevelSource::Level { level, policies } => Ok(Level {
                        name: level.clone(),
                        policies: many(policies, layer)?,
                    }),
                    LevelSource::Single(p) => Ok(Level {
                        name: format!("level-{}", i + 1),
                        policies: vec![load(p, layer)?],
                    }),
                })
                .collect()
        };
        let p = &self.policies;
        Ok(PolicySet {
            endpoint: one(&p.endpoint, Layer::Endpoint)?,
            identity: p
                .identity
                .as_ref()
                .map(|v| many(v, Layer::Identity))
                .transpose()?,
            resource: match &p.resource {
                None => ResourcePolicy::NotModelled,
                Some(None) => ResourcePolicy::Absent,
                Some(Some(src)) => ResourcePolicy::Present(load(src, Layer::Resource)?),
            },
            scp: levels(&p.scp, Layer::Scp)?,
            rcp: levels(&p.rcp, Layer::Rcp)?,
            permissions_boundary: one(&p.permissions_boundary, Layer::PermissionsBoundary)?,
            session: one(&p.session, Layer::Session)?,
        })
    }

    /// Runs every test.
    pub fn run(&self, read: &dyn Fn(&str) -> Result<String, String>) -> Result<TestReport, String> {
        let set = self.policy_set(read)?;
        let mut results = Vec::new();
        for t in &self.tests {
            let expected = Decision::parse(&t.expect).ok_or_else(|| {
                format!(
                    "test \"{}\": expect must be allowed, explicitDeny or implicitDeny, not \"{}\"",
                    t.name, t.expect
                )
            })?;
            if let Some(problem) = t.request.principal_problem() {
                return Err(format!("test \"{}\": {problem}", t.name));
            }
            let r = set.evaluate(&t.request, false);
            let pass = r.decision == expected && t.blocked_by.is_none_or(|b| r.blocked_by == Some(b));
            results.push(TestResult {
                name: t.name.clone(),
                decision: r.decision,
                expect: t.expect.clone(),
                pass,
                blocked_by: r.blocked_by,
            });
        }
        let passed = results.iter().filter(|r| r.pass).count();
        Ok(TestReport {
            failed: results.len() - passed,
            passed,
            results,
            valid: set.valid(),
        })
    }
}
