//! Terraform's JSON syntax (`.tf.json`): `{"resource": {"aws_vpc_endpoint": {"s3": {"policy": "…"}}}}`. A policy is a
//! string of JSON there (read as such, with its `${…}` unknown) or an object; an expression string (`"${…}"`
//! alone) is not evaluated.

use crate::render::Rendered;
use crate::terraform::PLACES;
use crate::tree::Kind;
use crate::{Found, TemplateError, Vars};
use vpce_policy_core::i18n::Message;

/// Every policy of a `.tf.json` file.
pub fn policies(src: &str, vars: &Vars) -> Result<Vec<Found>, TemplateError> {
    let root = crate::json::parse(src)?;
    let Some(Kind::Map(types)) = root.get("resource").map(|r| &r.kind) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (ty, _, resources) in types {
        let Kind::Map(resources) = &resources.kind else {
            continue;
        };
        for (name, _, body) in resources {
            for (_, attribute, kind) in PLACES.iter().filter(|(t, _, _)| t == ty) {
                let Some(value) = body.get(attribute) else {
                    continue;
                };
                let address = format!("{ty}.{name}.{attribute}");
                let found = |policy: Option<Rendered>, unchecked: Option<Message>| Found {
                    name: address.clone(),
                    kind: *kind,
                    policy,
                    unchecked,
                    no_policy: None,
                    external: None,
                };
                out.push(match &value.kind {
                    Kind::Str(t)
                        if t.text.trim_start().starts_with("${") && t.text.trim_end().ends_with('}') =>
                    {
                        found(
                            None,
                            Some(
                                Message::new("template-unchecked-plan-expression")
                                    .arg("expression", t.text.trim()),
                            ),
                        )
                    }
                    Kind::Str(t) => {
                        let lookup = |name: &str| vars.terraform(name);
                        found(
                            Some(Rendered::from_text(&t.clone().with_interpolations(&lookup))),
                            None,
                        )
                    }
                    Kind::Map(_) => found(Some(Rendered::from_node(value)), None),
                    _ => found(None, Some(Message::new("template-unchecked-not-string"))),
                });
            }
        }
    }
    Ok(out)
}
