//! A statement compiled for matching: its elements' patterns and conditions, whether it applies to a request,
//! and why (the trace).

use super::condition::CompiledCondition;
use super::matching::{ActionPattern, PrincipalPattern, ResourcePattern};
use super::request::PreparedRequest;
use super::trace::{ElementTrace, StatementTrace};
use crate::i18n::Message;
use crate::lint::PolicyKind;
use crate::model::{Effect, Element, PrincipalKind, Statement};

/// A compiled element.
#[derive(Debug, Clone)]
pub(super) struct Compiled<T> {
    /// Its name as written (`NotAction`, …).
    pub(super) name: String,
    /// A Not* element.
    pub(super) negated: bool,
    /// Its values, compiled.
    pub(super) values: Vec<T>,
}

/// A statement of a compiled policy.
#[derive(Debug, Clone)]
pub(super) struct CompiledStatement {
    pub(super) index: usize,
    pub(super) sid: Option<String>,
    /// `None` for an effect AWS does not take: the statement never applies.
    pub(super) effect: Option<Effect>,
    pub(super) action: Option<Compiled<ActionPattern>>,
    pub(super) resource: Option<Compiled<ResourcePattern>>,
    /// `None`: no principal element, evaluated as "*" (endpoint policies) or not applicable (identity policies).
    pub(super) principal: Option<Compiled<(String, PrincipalPattern)>>,
    /// A resource-policy statement without Principal: AWS refuses the policy, and as written it grants nothing.
    pub(super) principal_missing: bool,
    pub(super) conditions: Vec<CompiledCondition>,
}

fn element_values(e: &Element) -> Vec<String> {
    e.values.iter().map(|v| v.value.clone()).collect()
}

pub(super) fn compile_statement(
    index: usize,
    st: &Statement,
    kind: PolicyKind,
    variables: bool,
) -> CompiledStatement {
    let name = |e: &Element, base: &str| {
        if e.negated {
            format!("Not{base}")
        } else {
            base.to_string()
        }
    };
    let principal = match (&st.principal, kind) {
        (_, PolicyKind::Identity) | (None, _) => None,
        (Some(p), _) => {
            let patterns = match &p.kind {
                PrincipalKind::Bare(v) => vec![(v.value.clone(), PrincipalPattern::new("*", &v.value))],
                PrincipalKind::Map(entries) => entries
                    .iter()
                    .flat_map(|e| {
                        e.values.iter().map(|v| {
                            (
                                format!("{}: {}", e.key.value, v.value),
                                PrincipalPattern::new(&e.key.value, &v.value),
                            )
                        })
                    })
                    .collect(),
            };
            Some(Compiled {
                name: if p.negated {
                    "NotPrincipal".into()
                } else {
                    "Principal".into()
                },
                negated: p.negated,
                values: patterns,
            })
        }
    };
    CompiledStatement {
        index,
        principal_missing: st.principal.is_none() && matches!(kind, PolicyKind::Resource),
        sid: st.sid.as_ref().map(|s| s.value.clone()),
        effect: st.effect_kind(),
        action: st.action.as_ref().map(|e| Compiled {
            name: name(e, "Action"),
            negated: e.negated,
            values: element_values(e).iter().map(|a| ActionPattern::new(a)).collect(),
        }),
        resource: match &st.resource {
            Some(e) => Some(Compiled {
                name: name(e, "Resource"),
                negated: e.negated,
                values: element_values(e)
                    .iter()
                    .map(|r| ResourcePattern::new(r, variables))
                    .collect(),
            }),
            // A trust policy's statement is about the role it is attached to, whatever the request names.
            None if kind == PolicyKind::Resource && st.is_trust_statement() => Some(Compiled {
                name: "Resource (none: the role the trust policy is attached to)".into(),
                negated: false,
                values: vec![ResourcePattern::new("*", false)],
            }),
            None => None,
        },
        principal,
        conditions: st
            .condition
            .as_ref()
            .map(|c| {
                c.operators
                    .iter()
                    .flat_map(|op| {
                        op.keys.iter().map(move |k| {
                            CompiledCondition::new(
                                &op.name.value,
                                &k.name.value,
                                &element_values_of(k),
                                variables,
                            )
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn element_values_of(k: &crate::model::ConditionKey) -> Vec<String> {
    k.values.iter().map(|v| v.value.clone()).collect()
}

impl CompiledStatement {
    pub(super) fn action_match(&self, req: &PreparedRequest) -> Option<usize> {
        self.action
            .as_ref()
            .and_then(|c| c.values.iter().position(|p| p.matches(&req.action)))
    }

    pub(super) fn resource_match(
        &self,
        req: &PreparedRequest,
        mut resolved: Option<&mut Vec<super::variables::Resolution>>,
    ) -> Option<usize> {
        self.resource.as_ref().and_then(|c| {
            c.values
                .iter()
                .position(|p| p.matches(req, resolved.as_deref_mut()))
        })
    }

    pub(super) fn principal_match(&self, req: &PreparedRequest) -> Option<usize> {
        self.principal
            .as_ref()
            .and_then(|c| c.values.iter().position(|(_, p)| p.matches(req)))
    }

    /// Applies the Not* inversion: an element matches when a value matched, or for Not* when none did.
    pub(super) fn element(found: Option<usize>, negated: bool) -> bool {
        found.is_some() != negated
    }

    pub(super) fn applies(&self, req: &PreparedRequest) -> bool {
        self.applies_with(req, true)
    }

    /// As [`Self::applies`], with the Principal or NotPrincipal element left out when `principal` is false.
    pub(super) fn applies_with(&self, req: &PreparedRequest, principal: bool) -> bool {
        let (Some(Compiled { negated: an, .. }), Some(Compiled { negated: rn, .. })) =
            (&self.action, &self.resource)
        else {
            return false;
        };
        if self.principal_missing {
            return false;
        }
        if !Self::element(self.action_match(req), *an) {
            return false;
        }
        if !Self::element(self.resource_match(req, None), *rn) {
            return false;
        }
        if let Some(Compiled { negated: pn, .. }) = self.principal.as_ref().filter(|_| principal) {
            if !Self::element(self.principal_match(req), *pn) {
                return false;
            }
        }
        self.conditions.iter().all(|c| c.evaluate(req, None))
    }

    pub(super) fn explain(&self, req: &PreparedRequest) -> StatementTrace {
        let action = match &self.action {
            None => missing("Action", Message::new("trace-no-action")),
            Some(action) => action.describe(
                self.action_match(req),
                |p| p.text.clone(),
                &req.action_raw,
                Vec::new(),
            ),
        };
        let resource = match &self.resource {
            None => missing("Resource", Message::new("trace-no-resource")),
            Some(resource) => {
                let mut resolved = Vec::new();
                let found = self.resource_match(req, Some(&mut resolved));
                resource.describe(found, |p| p.text.clone(), &req.resource, resolved)
            }
        };
        let who = req.principal.clone().unwrap_or_else(|| "anonymous".into());
        let principal = match &self.principal {
            None if self.principal_missing => {
                missing("Principal", Message::new("trace-no-principal-resource"))
            }
            None => ElementTrace {
                element: "Principal".into(),
                matched: true,
                matched_value: None,
                resolved: Vec::new(),
                reason: Message::new("trace-no-principal-identity"),
            },
            Some(principal) => principal.describe(
                self.principal_match(req),
                |(text, _)| text.clone(),
                &who,
                Vec::new(),
            ),
        };
        let mut conditions = Vec::new();
        let mut all = true;
        for c in &self.conditions {
            all &= c.evaluate(req, Some(&mut conditions));
        }
        let applies = action.matched && resource.matched && principal.matched && all;
        StatementTrace {
            index: self.index,
            sid: self.sid.clone(),
            effect: self.effect,
            applies,
            action,
            resource,
            principal,
            conditions,
        }
    }
}

fn missing(element: &str, words: Message) -> ElementTrace {
    ElementTrace {
        element: element.into(),
        matched: false,
        matched_value: None,
        resolved: Vec::new(),
        reason: words,
    }
}

impl<T> Compiled<T> {
    /// The trace of this element: the value that matched (`found`, its index, shown by `text`), or none.
    fn describe(
        &self,
        found: Option<usize>,
        text: impl Fn(&T) -> String,
        request_value: &str,
        resolved: Vec<super::variables::Resolution>,
    ) -> ElementTrace {
        let (name, negated) = (self.name.as_str(), self.negated);
        let found = found.and_then(|i| self.values.get(i)).map(text);
        let matched = found.is_some() != negated;
        let words = match (&found, negated) {
            (Some(v), false) => Message::new("trace-value-matches").arg("value", v),
            (None, false) => Message::new("trace-no-value-matches").arg("element", name),
            (Some(v), true) => Message::new("trace-value-matches-excludes")
                .arg("value", v)
                .arg("element", name),
            (None, true) => Message::new("trace-no-value-matches-includes").arg("element", name),
        }
        .arg("request", request_value);
        ElementTrace {
            element: name.into(),
            matched,
            matched_value: found,
            resolved,
            reason: words,
        }
    }
}
