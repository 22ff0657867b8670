//! The whole playground state and its reducer (the function_todomvc pattern: `State` + `Action`).

pub use crate::request_form::{sample_request, LayerMode, RequestForm};
pub use crate::starters::{broken_link_notice, STARTER_IDENTITY, STARTER_RESOURCE};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use vpce_policy_core::data::endpoints::{EndpointId, Feature};
use vpce_policy_core::generate::{EndpointKind, Environment, GeneratorConfig, KitConfig};
use vpce_policy_core::i18n::{Locale, Message};
use yew::Reducible;

/// Everything the user can change; this is what share links and local storage hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
pub struct State {
    /// Generator inputs.
    pub config: GeneratorConfig,
    /// The user's own Image Builder endpoint policy (replaces the generated one when set).
    pub imagebuilder_custom: Option<String>,
    /// The user's own S3 endpoint policy.
    pub s3_custom: Option<String>,
    /// Which policy is open in the editor.
    pub editing: Option<EndpointKind>,
    /// The identity policy text of the custom request (kept while its layer is switched off).
    pub identity_policy: Option<String>,
    /// Whether the identity layer is modelled; `None` in older saved states: "these" when there is a text.
    pub identity_layer: Option<LayerMode>,
    /// Whether the resource-based policy is modelled.
    pub resource_layer: LayerMode,
    /// The resource-based policy text of the custom request.
    pub resource_policy: Option<String>,
    /// The custom request.
    pub request: RequestForm,
    /// The page's language; `None` until chosen (`?lang=`, the switch), when the browser's languages decide.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Locale>,
    /// A one-off notice (e.g. a malformed share link); not persisted.
    #[serde(skip)]
    pub notice: Option<Message>,
    /// A share link that could not be read: shown so it can be copied, and left in the address bar (the
    /// fragment is not rewritten) until the notice is dismissed.
    #[serde(skip)]
    pub broken_link: Option<String>,
    /// What the last undoable change (reset, back to generated, fix all) did, and the state before it.
    #[serde(skip)]
    pub undo: Option<(Message, Box<State>)>,
    /// The scenario whose path the kit diagram lights up (its name and endpoint); not persisted.
    #[serde(skip)]
    pub lit: Option<(String, EndpointId)>,
}

/// Every change the UI can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Set the region.
    Region(String),
    /// Set the environment.
    Environment(Environment),
    /// Set the principal org ID (empty clears it).
    PrincipalOrgId(String),
    /// Set the resource org ID (empty clears it).
    ResourceOrgId(String),
    /// Set the account IDs from comma- or space-separated text.
    AccountIds(String),
    /// Toggle deny deletes.
    DenyDeletes(bool),
    /// Toggle denying every Delete* action.
    DenyAllDeletes(bool),
    /// Toggle managed components and images.
    ManagedResources(bool),
    /// Toggle the SSM bucket.
    Ssm(bool),
    /// Widen the policies on purpose: ignore the org ID in them.
    AllowOutsideOrg(bool),
    /// Plan the whole private-VPC kit (with its default features) or only the Image Builder and S3 endpoints.
    Kit(bool),
    /// Turn a kit feature on or off.
    KitFeature(Feature, bool),
    /// Turn a kit endpoint on or off (off: see which scenarios break without it).
    KitEndpoint(EndpointId, bool),
    /// Least-privilege interface endpoint policies, or every action of the service to the organization.
    KitLeastPrivilege(bool),
    /// Your buckets, from comma- or space-separated text.
    KitBuckets(String),
    /// Light up a scenario's path in the kit diagram, or nothing.
    Light(Option<(String, EndpointId)>),
    /// Open a policy in the editor, starting from `text` when it has no custom version yet.
    Edit(EndpointKind, String),
    /// Close the editor (the custom policy stays).
    CloseEditor,
    /// Replace the text of a custom policy.
    SetPolicy(EndpointKind, String),
    /// Go back to the generated policy.
    Revert(EndpointKind),
    /// Turn the identity policy on (with a starter text) or off.
    Identity(Option<String>),
    /// Model the identity layer: not at all, as empty, or with the text.
    IdentityLayer(LayerMode),
    /// Model the resource-based policy: not at all, as absent, or with the text.
    ResourceLayer(LayerMode),
    /// Replace the resource-based policy text.
    ResourcePolicy(String),
    /// Change the custom request.
    Request(RequestForm),
    /// Replace everything (a share link opened in the tab); undoable.
    Replace(Box<State>),
    /// Back to the defaults, or to `State` when given (an embed's prefill); undoable.
    Reset(Box<State>),
    /// Replace a policy's text with its fixed text (every certain fix); undoable. `before` is the text the fixes
    /// were applied to: the editor may already hold `after` (it is written there so that Ctrl+Z undoes it too).
    FixAll {
        /// The policy.
        kind: EndpointKind,
        /// The text before.
        before: String,
        /// The fixed text.
        after: String,
        /// How many fixes were applied.
        fixes: usize,
    },
    /// Undo the last reset, "back to generated" or fix all.
    Undo,
    /// Show the page in a language.
    Lang(Locale),
    /// Dismiss the notice.
    DismissNotice,
    /// A share link that could not be read: say why, keep the work and the link.
    BrokenLink {
        /// The link.
        url: String,
        /// Why: a message id.
        why: &'static str,
    },
}

/// Comma- or space-separated items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(|ch: char| ch == ',' || ch.is_whitespace())
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

impl State {
    /// What a visitor with nothing saved and no link starts from: the whole kit planned, because the S3 policy of
    /// Image Builder alone breaks the SSM agent and `dnf` in a private VPC, and a hurried user copies what the
    /// first screen shows. ("Only Image Builder and S3", `?kit=0`, is the CLI's `generate` without `--kit`.)
    pub fn first_visit() -> State {
        let mut state = State::default();
        state.config.kit = Some(KitConfig::default());
        state
    }

    /// True when the state holds policy text the user wrote or pasted, which loading a link would replace.
    pub fn has_own_work(&self) -> bool {
        self.imagebuilder_custom.is_some()
            || self.s3_custom.is_some()
            || self.identity_policy.is_some()
            || self.resource_policy.is_some()
    }

    /// Whether a text in the state is past the live-check size (too large for a link or local storage).
    pub fn too_large_to_keep(&self) -> bool {
        [
            &self.imagebuilder_custom,
            &self.s3_custom,
            &self.identity_policy,
            &self.resource_policy,
        ]
        .into_iter()
        .flatten()
        .any(|t| t.len() > crate::derived::LIVE_CHECK_BYTES)
    }

    /// The request the panel shows and evaluates: the sample one follows the configuration and the endpoint.
    pub fn request_form(&self) -> RequestForm {
        if self.request.sample {
            sample_request(&self.config, &self.request)
        } else {
            self.request.clone()
        }
    }

    /// How the identity layer is modelled (older saved states: "these" when they hold a text).
    pub fn identity_mode(&self) -> LayerMode {
        self.identity_layer.unwrap_or(if self.identity_policy.is_some() {
            LayerMode::These
        } else {
            LayerMode::NotModelled
        })
    }

    /// The custom text of a policy, if any.
    pub fn custom(&self, kind: EndpointKind) -> Option<&String> {
        match kind {
            EndpointKind::Imagebuilder => self.imagebuilder_custom.as_ref(),
            EndpointKind::S3 => self.s3_custom.as_ref(),
        }
    }

    pub(crate) fn custom_mut(&mut self, kind: EndpointKind) -> &mut Option<String> {
        match kind {
            EndpointKind::Imagebuilder => &mut self.imagebuilder_custom,
            EndpointKind::S3 => &mut self.s3_custom,
        }
    }

    /// Applies one action.
    pub fn apply(mut self, action: Action) -> State {
        let non_empty = |s: String| {
            let t = s.trim().to_string();
            (!t.is_empty()).then_some(t)
        };
        let c = &mut self.config;
        match action {
            Action::Region(r) => c.region = r,
            Action::Lang(l) => self.lang = Some(l),
            Action::Environment(e) => c.environment = e,
            Action::PrincipalOrgId(s) => c.principal_org_id = non_empty(s),
            Action::ResourceOrgId(s) => c.resource_org_id = non_empty(s),
            Action::AccountIds(s) => c.account_ids = split_list(&s),
            Action::DenyDeletes(b) => c.deny_deletes = b,
            Action::DenyAllDeletes(b) => c.deny_all_deletes = b,
            Action::ManagedResources(b) => c.managed_resources = b,
            Action::Ssm(b) => c.ssm = b,
            Action::AllowOutsideOrg(b) => c.allow_outside_org = b,
            Action::Kit(on) => c.kit = on.then(KitConfig::default),
            Action::KitFeature(f, on) => c.kit.get_or_insert_with(KitConfig::default).set(f, on),
            Action::KitEndpoint(id, on) => c.kit.get_or_insert_with(KitConfig::default).set_endpoint(id, on),
            Action::KitLeastPrivilege(b) => c.kit.get_or_insert_with(KitConfig::default).least_privilege = b,
            Action::KitBuckets(text) => {
                c.kit.get_or_insert_with(KitConfig::default).buckets = split_list(&text);
            }
            Action::Light(lit) => self.lit = lit,
            Action::Edit(kind, text) => {
                self.custom_mut(kind).get_or_insert(text);
                self.editing = Some(kind);
            }
            Action::CloseEditor => self.editing = None,
            Action::SetPolicy(kind, text) => *self.custom_mut(kind) = Some(text),
            Action::Revert(kind) => {
                *self.custom_mut(kind) = None;
                if self.editing == Some(kind) {
                    self.editing = None;
                }
            }
            Action::Identity(text) => {
                self.identity_layer = Some(if text.is_some() {
                    LayerMode::These
                } else {
                    LayerMode::NotModelled
                });
                self.identity_policy = text;
            }
            Action::IdentityLayer(mode) => {
                if mode == LayerMode::These && self.identity_policy.is_none() {
                    self.identity_policy = Some(STARTER_IDENTITY.into());
                }
                self.identity_layer = Some(mode);
            }
            Action::ResourceLayer(mode) => {
                if mode == LayerMode::These && self.resource_policy.is_none() {
                    self.resource_policy = Some(STARTER_RESOURCE.into());
                }
                self.resource_layer = mode;
            }
            Action::ResourcePolicy(text) => self.resource_policy = Some(text),
            Action::Request(r) => self.request = r,
            Action::Replace(s) => return *s,
            Action::Reset(s) => return *s,
            Action::FixAll { kind, after, .. } => *self.custom_mut(kind) = Some(after),
            Action::Undo => {
                if let Some((_, previous)) = self.undo.take() {
                    return *previous;
                }
            }
            Action::DismissNotice => {
                self.notice = None;
                self.broken_link = None;
            }
            Action::BrokenLink { url, why } => {
                self.notice = Some(broken_link_notice(why));
                self.broken_link = Some(url);
            }
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut before = (*self).clone();
        let label = match &action {
            Action::Reset(_) => Some(Message::new("undo-reset")),
            Action::Revert(_) => Some(Message::new("undo-revert")),
            Action::Replace(_) => Some(Message::new("undo-opened-link")),
            Action::FixAll {
                kind,
                before: text,
                fixes,
                ..
            } => {
                *before.custom_mut(*kind) = Some(text.clone());
                Some(
                    Message::new(if *fixes == 1 {
                        "undo-fixed-one"
                    } else {
                        "undo-fixed-other"
                    })
                    .arg("n", fixes),
                )
            }
            _ => None,
        };
        let mut next = (*self).clone().apply(action);
        if let Some(label) = label {
            let mut previous = before;
            previous.undo = None;
            previous.notice = None;
            next.undo = Some((label, Box::new(previous)));
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keeps_existing_custom_text_and_revert_clears_it() {
        let s = State::default().apply(Action::Edit(EndpointKind::S3, "generated".into()));
        assert_eq!(s.s3_custom.as_deref(), Some("generated"));
        let s = s
            .apply(Action::SetPolicy(EndpointKind::S3, "mine".into()))
            .apply(Action::CloseEditor);
        let s = s.apply(Action::Edit(EndpointKind::S3, "generated".into()));
        assert_eq!(s.s3_custom.as_deref(), Some("mine"));
        let s = s.apply(Action::Revert(EndpointKind::S3));
        assert_eq!((s.s3_custom, s.editing), (None, None));
    }

    #[test]
    fn kit_toggles_start_from_the_default_kit_and_keep_feature_order() {
        let s = State::default().apply(Action::KitFeature(Feature::Kms, true));
        let kit = s.config.kit.clone().unwrap();
        assert_eq!(
            kit.features,
            [Feature::PackageRepos, Feature::Logging, Feature::Kms]
        );
        let s = s
            .apply(Action::KitEndpoint(EndpointId::Ssm, false))
            .apply(Action::KitBuckets("a-bucket, b-bucket".into()));
        let kit = s.config.kit.clone().unwrap();
        assert_eq!((kit.omit, kit.buckets.len()), (vec![EndpointId::Ssm], 2));
        assert_eq!(s.apply(Action::Kit(false)).config.kit, None);
    }

    #[test]
    fn layer_modes_keep_their_texts_and_old_states_read_as_these() {
        let old = State {
            identity_policy: Some("x".into()),
            ..State::default()
        };
        assert_eq!(old.identity_mode(), LayerMode::These);
        let s = old.apply(Action::IdentityLayer(LayerMode::None));
        assert_eq!(
            (s.identity_mode(), s.identity_policy.as_deref()),
            (LayerMode::None, Some("x"))
        );
        let s = State::default().apply(Action::ResourceLayer(LayerMode::These));
        assert_eq!(s.resource_policy.as_deref(), Some(STARTER_RESOURCE));
        assert_eq!(State::default().identity_mode(), LayerMode::NotModelled);
        for m in [LayerMode::NotModelled, LayerMode::None, LayerMode::These] {
            assert_eq!(LayerMode::parse(m.as_str()), m);
        }
    }

    #[test]
    fn the_sample_request_follows_the_configuration_until_edited() {
        let s = State::default()
            .apply(Action::Region("cn-north-1".into()))
            .apply(Action::Environment(Environment::Beta));
        let f = s.request_form();
        assert_eq!(
            f.resource,
            "arn:aws-cn:s3:::ec2imagebuilder-toe-cn-north-1-beta/TOE/1.0.0/linux/amd64/awstoe"
        );
        let ib = s.clone().apply(Action::Request(RequestForm {
            endpoint: EndpointId::Imagebuilder,
            ..f.clone()
        }));
        assert_eq!(ib.request_form().action, "imagebuilder:GetImage");
        let mine = RequestForm {
            action: "s3:PutObject".into(),
            sample: false,
            ..f
        };
        let edited = s
            .apply(Action::Request(mine.clone()))
            .apply(Action::Region("eu-west-1".into()));
        assert_eq!(edited.request_form(), mine);
    }

    #[test]
    fn reset_back_to_generated_and_fix_all_can_be_undone() {
        let edited = Rc::new(State::default().apply(Action::SetPolicy(EndpointKind::S3, "mine".into())));
        for action in [
            Action::Reset(Box::default()),
            Action::Replace(Box::default()),
            Action::Revert(EndpointKind::S3),
            Action::FixAll {
                kind: EndpointKind::S3,
                before: "mine".into(),
                after: "fixed".into(),
                fixes: 2,
            },
        ] {
            let after = edited.clone().reduce(action);
            assert_ne!(after.s3_custom, edited.s3_custom);
            assert!(after.undo.is_some());
            let undone = after.reduce(Action::Undo);
            assert_eq!(undone.s3_custom.as_deref(), Some("mine"));
            assert!(undone.undo.is_none());
        }
    }

    #[test]
    fn fix_all_undoes_to_the_text_it_fixed_even_when_the_editor_already_holds_the_fix() {
        // The editor writes the fix first (its input event sets the policy), then Fix all records the undo.
        let typed = Rc::new(State::default().apply(Action::SetPolicy(EndpointKind::S3, "fixed".into())));
        let after = typed.reduce(Action::FixAll {
            kind: EndpointKind::S3,
            before: "broken".into(),
            after: "fixed".into(),
            fixes: 3,
        });
        assert_eq!(
            after.undo.as_ref().map(|(l, _)| l.render(Locale::En)),
            Some("Applied 3 certain fixes.".to_string())
        );
        assert_eq!(after.reduce(Action::Undo).s3_custom.as_deref(), Some("broken"));
    }

    #[test]
    fn account_ids_split_on_commas_and_spaces() {
        let s = State::default().apply(Action::AccountIds(
            "111122223333, 444455556666 777788889999".into(),
        ));
        assert_eq!(s.config.account_ids.len(), 3);
        let s = s.apply(Action::PrincipalOrgId("  ".into()));
        assert_eq!(s.config.principal_org_id, None);
    }
}
