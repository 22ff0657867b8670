//! Policy test files: policies (inline or by relative path) and requests with expected decisions.
//! The core does no I/O: the caller supplies a function that reads a path.

use super::{CompiledPolicy, Decision, Layer, Level, PolicySet, Request, ResourcePolicy};
use serde::{Deserialize, Deserializer, Serialize};

/// A policy given inline or as a path relative to the test file.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(missing_docs)] // the members' names say what they are
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
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<LevelSource>>", optional))]
    pub scp: Vec<LevelSource>,
    /// RCPs, by level.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<LevelSource>>", optional))]
    pub rcp: Vec<LevelSource>,
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
#[allow(missing_docs)] // the members' names say what they are
pub struct TestCase {
    pub name: String,
    pub request: Request,
    /// `allowed`, `explicitDeny` or `implicitDeny`.
    pub expect: Decision,
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
#[allow(missing_docs)] // the members' names say what they are
pub struct TestFile {
    /// What the file covers (optional).
    #[serde(default)]
    pub description: Option<String>,
    /// The policies on the request path.
    pub policies: Policies,
    pub tests: Vec<TestCase>,
}

/// One test's result.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct TestResult {
    pub name: String,
    pub decision: Decision,
    /// What was expected.
    pub expect: Decision,
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

/// Why a test file cannot be run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TestFileError {
    /// The text is not a test file (JSON syntax, an unknown field, an `expect` that is no decision).
    #[error("invalid test file at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's words.
        message: String,
    },
    /// A policy path could not be read (what the face that reads it says).
    #[error("{0}")]
    Unreadable(String),
    /// A test's principal is not one AWS accepts.
    #[error("test \"{test}\": {problem}")]
    Principal {
        /// The test's name.
        test: String,
        /// What is wrong with the principal.
        problem: String,
    },
}

/// Loads a policy named by path in a test file: the face's file access (the core reads no files).
pub type ReadPolicy<'a> = dyn Fn(&str) -> Result<String, TestFileError> + 'a;

impl TestFile {
    /// Parses a test file.
    pub fn parse(text: &str) -> Result<TestFile, TestFileError> {
        serde_json::from_str(text).map_err(|e| {
            let (line, column, message) = crate::json::serde_position(&e);
            TestFileError::Syntax {
                line,
                column,
                message,
            }
        })
    }

    /// Compiles the policies; `read` loads a path relative to the test file.
    pub fn policy_set(&self, read: &ReadPolicy<'_>) -> Result<PolicySet, TestFileError> {
        let load = |src: &PolicySource, layer: Layer| -> Result<CompiledPolicy, TestFileError> {
            let text = match src {
                PolicySource::Path(p) => read(p)?,
                // A JSON value always prints.
                PolicySource::Inline(v) => serde_json::to_string_pretty(v).unwrap_or_default(),
            };
            Ok(CompiledPolicy::compile(&text, layer.policy_kind()))
        };
        let one = |src: &Option<PolicySource>, layer| src.as_ref().map(|s| load(s, layer)).transpose();
        let many = |srcs: &Vec<PolicySource>, layer| {
            srcs.iter().map(|s| load(s, layer)).collect::<Result<Vec<_>, _>>()
        };
        let levels = |srcs: &Vec<LevelSource>, layer| -> Result<Vec<Level>, TestFileError> {
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
    pub fn run(&self, read: &ReadPolicy<'_>) -> Result<TestReport, TestFileError> {
        let set = self.policy_set(read)?;
        let mut results = Vec::new();
        for t in &self.tests {
            let expected = t.expect;
            if let Some(problem) = t.request.principal_problem() {
                return Err(TestFileError::Principal {
                    test: t.name.clone(),
                    problem,
                });
            }
            let r = set.evaluate(&t.request, false);
            let pass = r.decision == expected && t.blocked_by.is_none_or(|b| r.blocked_by == Some(b));
            results.push(TestResult {
                name: t.name.clone(),
                decision: r.decision,
                expect: t.expect,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_typed_with_their_position_or_test() {
        let bad_expect = "{\"policies\": {}, \"tests\": [\n  {\"name\": \"t\", \"request\": {\"action\": \"s3:GetObject\", \"resource\": \"*\"}, \"expect\": \"allow\"}\n]}";
        match TestFile::parse(bad_expect) {
            Err(TestFileError::Syntax { line, message, .. }) => {
                assert_eq!(line, 2);
                assert!(message.contains("unknown variant `allow`"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let file = TestFile::parse(
            r#"{"policies": {"endpoint": "missing.json"}, "tests": [{"name": "t", "request": {"principal": "bob", "action": "s3:GetObject", "resource": "*"}, "expect": "allowed"}]}"#,
        )
        .unwrap();
        let unreadable = |p: &str| Err(TestFileError::Unreadable(format!("{p}: no such file")));
        assert_eq!(
            file.run(&unreadable).unwrap_err().to_string(),
            "missing.json: no such file"
        );
        let readable = |_: &str| {
            Ok(
                r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#
                    .to_string(),
            )
        };
        assert!(matches!(file.run(&readable), Err(TestFileError::Principal { test, .. }) if test == "t"));
    }
}
