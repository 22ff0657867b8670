//! The app: loads the state (share link > query > saved > defaults), derives everything with memos, persists.

use super::config_form::ConfigForm;
use super::diagnostics::Diagnostics;
use super::endpoint_card::EndpointCard;
use super::kit_panel::KitPanel;
use super::policy_editor::PolicyEditor;
use super::request_panel::RequestPanel;
use super::scenarios::Scenarios;
use super::why_fails::WhyFails;
use crate::embed_view::{Part, View};
use crate::i18n::t;
use crate::state::{Action, State};
use crate::{browser, derived, highlight, share};
use std::rc::Rc;
use vpce_policy_core::generate::EndpointKind;
use vpce_policy_core::i18n::Message;
use vpce_policy_core::PolicyKind;
use yew::prelude::*;

/// Builds the first state, and a notice when a link or saved state could not be used. A link that cannot be read
/// leaves the saved work alone. `link` is the page's `#s=` share link, decoded before the app mounts
/// ([`crate::start`]; decoding is asynchronous).
pub fn initial_state(link: Option<Result<State, &'static str>>) -> State {
    // A docs page's `#policy=` link first, then the share link.
    match share::policy_link(&browser::fragment()).or(link) {
        Some(Ok(state)) => state,
        Some(Err(why)) => {
            let mut state = saved_state();
            state.notice = Some(crate::state::broken_link_notice(why));
            state.broken_link = Some(browser::current_url());
            state
        }
        None => saved_state(),
    }
}

/// The author's prefill: the defaults with the page's query parameters on top (what Reset returns to).
pub fn prefill_state() -> State {
    let mut state = State::first_visit();
    let _ = share::apply_query(&mut state, &browser::query());
    state
}

/// The saved state with the query parameters on top, or the defaults. Embeds keep no saved state: each starts
/// from its author's prefill and never touches the standalone page's.
fn saved_state() -> State {
    let mut state = State::first_visit();
    let saved = (!browser::embed_mode()).then(browser::load_saved).flatten();
    if saved.is_none() && !browser::embed_mode() {
        // A first visit: the region the browser's language suggests (ja-JP → Tokyo); a link's region wins below.
        if let Some(region) = browser::language()
            .as_deref()
            .and_then(vpce_policy_core::data::regions::region_for_locale)
        {
            state.config.region = region.to_string();
        }
    }
    if let Some(saved) = saved {
        match serde_json::from_str::<State>(&saved) {
            Ok(s) => state = s,
            Err(_) => {
                browser::clear_saved();
                state.notice = Some(Message::new("notice-saved-state-unreadable"));
            }
        }
    }
    let ignored = share::apply_query(&mut state, &browser::query());
    if !ignored.is_empty() {
        state.notice =
            Some(Message::new("notice-link-parameters-unused").arg("parameters", ignored.join(", ")));
    }
    state
}

/// What the app starts from.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The page's `#s=` share link, decoded (`None`: the page has none).
    #[prop_or_default]
    pub link: Option<Result<State, &'static str>>,
}

/// The playground.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = {
        let link = props.link.clone();
        use_reducer_eq(move || initial_state(link))
    };
    let embed = use_memo((), |_| browser::embed_mode());
    let view = *use_memo((), |_| View::from_query(browser::embed_mode(), &browser::query()));
    // One callback for the app's lifetime, so that components whose other props did not change skip re-rendering.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let editor_ref = use_node_ref();

    // The IAM data file loads beside the wasm: until it is in, the generated policies show and every check waits.
    let data = crate::hooks::use_iam_data();
    let ready = data.ready();
    // The words of the page and of the findings follow the language (English until its pack is in).
    let language = crate::i18n::use_language(state.lang);
    let field_errors = use_memo(state.config.clone(), |c| c.validate());
    let fresh_plan = use_memo(state.config.clone(), derived::generated);
    // While a field is half typed, keep showing the policies of the last valid inputs, dimmed.
    let last_good = use_mut_ref(|| {
        None::<(
            vpce_policy_core::generate::GeneratorConfig,
            Rc<Option<vpce_policy_core::generate::Plan>>,
        )>
    });
    if fresh_plan.is_some() {
        *last_good.borrow_mut() = Some((state.config.clone(), fresh_plan.clone()));
    }
    let (config, plan, stale) = match (fresh_plan.is_some(), last_good.borrow().clone()) {
        (false, Some((c, p))) => (c, p, true),
        _ => (state.config.clone(), fresh_plan.clone(), false),
    };
    let ib_text = use_memo((state.imagebuilder_custom.clone(), plan.clone()), |(_, plan)| {
        derived::policy_text(&state, plan.as_ref().as_ref(), EndpointKind::Imagebuilder)
    });
    let s3_text = use_memo((state.s3_custom.clone(), plan.clone()), |(_, plan)| {
        derived::policy_text(&state, plan.as_ref().as_ref(), EndpointKind::S3)
    });
    let ib_checked = use_memo(
        ((*ib_text).clone(), config.clone(), ready, language.shown),
        |(t, c, _, _)| derived::check(t, c, PolicyKind::Endpoint),
    );
    let s3_checked = use_memo(
        ((*s3_text).clone(), config.clone(), ready, language.shown),
        |(t, c, _, _)| derived::check(t, c, PolicyKind::Endpoint),
    );
    let (ib_diags, s3_diags) = (ib_checked.diagnostics.clone(), s3_checked.diagnostics.clone());
    // The scenarios and the request's answer follow an edited policy once the frame with its findings is
    // painted: a keystroke paints its findings first, the rest in the next task. A change of settings is
    // answered at once.
    let settled = crate::hooks::use_after_paint((ib_text.clone(), s3_text.clone()));
    let report = use_memo((config.clone(), settled.clone(), ready), |(c, _, ready)| {
        ready
            .then(|| derived::scenarios(c, &ib_checked, &s3_checked))
            .flatten()
    });
    let kit = use_memo(config.clone(), |c| {
        (c.kit.is_some() && c.validate().is_empty()).then(|| vpce_policy_core::generate::kit(c))
    });
    let request_form = state.request_form();
    let request_result = use_memo(
        (
            request_form.clone(),
            settled.clone(),
            (state.identity_mode(), state.identity_policy.clone()),
            (state.resource_layer, state.resource_policy.clone()),
            config.clone(),
            data.clone(),
        ),
        |(form, _, identity, resource, config, data)| {
            use vpce_policy_core::data::endpoints::EndpointId;
            if let Some(waiting) = data.waiting() {
                return Err(waiting);
            }
            let other;
            let checked = match form.endpoint {
                EndpointId::Imagebuilder => &*ib_checked,
                EndpointId::S3 => &*s3_checked,
                id => {
                    // Another endpoint of the kit: its generated policy.
                    let policy = kit
                        .as_ref()
                        .as_ref()
                        .and_then(|k| k.endpoints.iter().find(|e| e.id == id))
                        .map(|e| vpce_policy_core::generate::pretty(&e.plan.policy));
                    let Some(policy) = policy else {
                        return Err(crate::i18n::t_with(
                            "request-endpoint-not-in-kit",
                            &[("endpoint", id.as_str().to_string())],
                        ));
                    };
                    other = derived::check(&policy, config, PolicyKind::Endpoint);
                    &other
                }
            };
            let layers = derived::Layers {
                identity: (identity.0, identity.1.as_deref()),
                resource: (resource.0, resource.1.as_deref()),
            };
            derived::evaluate_request(form, checked, layers)
        },
    );

    crate::hooks::use_persist(&state);
    let share_payload = crate::hooks::use_share_payload(&state, *embed);
    crate::hooks::use_share_link_listener(&state, &dispatch);
    crate::hooks::use_embed_height(*embed);
    use_effect(browser::mark_rendered);
    // Once the app has rendered, the static first paint of index.html (header, default policies, loading line)
    // gives way to it within the same frame.
    use_effect_with((), |_| browser::remove_element("first-paint"));
    // An embed of the findings opens the S3 policy in the editor (there is no card to open it from).
    {
        let open = view.only(Part::Findings) && state.editing.is_none();
        let (dispatch, s3) = (dispatch.clone(), (*s3_text).clone());
        use_effect_with((), move |_| {
            if open {
                dispatch.emit(Action::Edit(EndpointKind::S3, s3));
            }
        });
    }
    // Once, after the first render: run a keystroke's work a few times in idle moments (see `warm_up`).
    use_effect_with((), |_| crate::warm_up::start());
    // The first frame paints the settings and the two policies; the sections below them (kit, scenarios, "Why",
    // the replay, "Try a request") follow once it is on screen, so a slow device shows the policies sooner.
    let settled = use_state(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| browser::after_paint(move || settled.set(true)));
    }

    let (edit_text, edit_diags) = match state.editing {
        Some(EndpointKind::Imagebuilder) => (ib_text.clone(), ib_diags.clone()),
        Some(EndpointKind::S3) => (s3_text.clone(), s3_diags.clone()),
        None => (Rc::new(String::new()), Rc::new(Vec::new())),
    };
    let on_select = {
        let editor_ref = editor_ref.clone();
        let text = edit_text.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            if let Some(ta) = editor_ref.cast::<web_sys::HtmlTextAreaElement>() {
                browser::select_range(
                    &ta,
                    highlight::utf16_offset(&text, start),
                    highlight::utf16_offset(&text, end),
                );
            }
        })
    };
    // Reset returns to the author's prefill (the query parameters), which is the defaults on a plain URL.
    let reset = dispatch.reform(|_| Action::Reset(Box::new(prefill_state())));
    // A fix is typed into the editor (`browser::replace_undoably`), so Ctrl+Z undoes it exactly, focus stays
    // there, and the undo bar announces how many fixes Fix all applied.
    let (on_fix, on_fix_all) = match state.editing {
        Some(kind) => {
            let (text, editor) = (edit_text.clone(), editor_ref.clone());
            let fix_dispatch = dispatch.clone();
            let on_fix = Callback::from(move |d: vpce_policy_core::Diagnostic| {
                let fixed = derived::fix_one(&text, &d);
                if !browser::replace_undoably(&editor, &fixed) {
                    fix_dispatch.emit(Action::SetPolicy(kind, fixed));
                }
            });
            let (text, config, editor) = (edit_text.clone(), config.clone(), editor_ref.clone());
            let dispatch = dispatch.clone();
            let on_fix_all = Callback::from(move |_| {
                let (after, fixes) = derived::fix_all(&text, &config);
                browser::replace_undoably(&editor, &after);
                dispatch.emit(Action::FixAll {
                    kind,
                    before: (*text).clone(),
                    after,
                    fixes,
                });
            });
            (on_fix, on_fix_all)
        }
        None => (Callback::noop(), Callback::noop()),
    };
    let is_template = crate::template_reader::looks_like_template(&edit_text);
    let card = |kind: EndpointKind, text: &Rc<String>, diags: &Rc<Vec<vpce_policy_core::Diagnostic>>| {
        let ep = plan.as_ref().as_ref().map(|p| {
            if kind == EndpointKind::Imagebuilder {
                p.imagebuilder.clone()
            } else {
                p.s3.clone()
            }
        });
        html! {
            <EndpointCard kind={kind} config={config.clone()} generated={ep} text={text.clone()} diagnostics={diags.clone()} stale={stale}
                custom={state.custom(kind).is_some()} editing={state.editing == Some(kind)} dispatch={dispatch.clone()} />
        }
    };

    html! {
        <ContextProvider<crate::hooks::IamData> key={language.shown.tag()} context={data.clone()}>
        if !*embed {
            <header class="page-header">
                <h1>{ "vpce-policy" }</h1>
                <p class="tagline">{ crate::i18n::t("page-tagline") }</p>
                <super::language_switch::LanguageSwitch language={language} dispatch={dispatch.clone()} />
            </header>
        }
        if !*embed {
            <super::section_nav::SectionNav />
        }
        <main id="main" tabindex="-1">
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert" id="notice">
                    <span>{ notice.render(crate::i18n::shown()) }</span>
                    if let Some(url) = &state.broken_link {
                        <label class="broken-link">{ t("app-link") }
                            <input id="broken-link" type="text" readonly=true value={url.clone()} />
                        </label>
                    }
                    <button type="button" id="dismiss-notice" onclick={dispatch.reform(|_| {
                        browser::focus_after_render("main");
                        Action::DismissNotice
                    })}>{ t("app-dismiss") }</button>
                </div>
            }
            if let Some((label, _)) = &state.undo {
                <div class="undo" role="status" id="undo-bar">
                    <span>{ label.render(crate::i18n::shown()) }</span>
                    <button type="button" id="undo" onclick={dispatch.reform(|_| Action::Undo)}>{ t("app-undo") }</button>
                </div>
            }
            <div class="toolbar">
                <button type="button" id="reset" onclick={reset} title={t("app-replaces-every-setting-own")}>{ if *embed { t("app-reset") } else { t("app-reset-defaults") } }</button>
                if *embed {
                    <a id="open-full" href={browser::full_playground_url(share_payload.as_deref().unwrap_or_default())} target="_blank" rel="noopener">{ t("app-open-full-playground") }</a>
                }
                <super::export_buttons::CopyText id="copy-share-link" label={t("app-copy-share-link")} share={Some(state.clone())} />
            </div>
            if view.shows(Part::Setup) {
            <fieldset class="scope" id="scope">
                <legend>{ t("app-what-should-endpoints-cover") }</legend>
                <label class="check"><input type="radio" name="scope" id="scope-minimal" checked={config.kit.is_none()}
                    onchange={dispatch.reform(|_| Action::Kit(false))} />{ t("app-only-image-builder-s3") }</label>
                <label class="check"><input type="radio" name="scope" id="scope-kit" checked={config.kit.is_some()}
                    onchange={dispatch.reform(|_| Action::Kit(true))} />{ t("app-everything-private-build-needs") }</label>
            </fieldset>
            <ConfigForm config={state.config.clone()} errors={field_errors.clone()} dispatch={dispatch.clone()} />
            }
            if view.shows(Part::Policies) {
            <div class="endpoints">
                { card(EndpointKind::Imagebuilder, &ib_text, &ib_diags) }
                { card(EndpointKind::S3, &s3_text, &s3_diags) }
            </div>
            }
            if view.shows(Part::Findings) {
            <section class="panel" aria-labelledby="own-policy-heading">
                <h2 id="own-policy-heading">{ t("app-own-policy") }</h2>
                if let Some(kind) = state.editing {
                    <PolicyEditor kind={kind} text={edit_text.clone()} diagnostics={if is_template { Rc::new(Vec::new()) } else { edit_diags.clone() }} node_ref={editor_ref.clone()}
                        on_change={dispatch.reform(move |t: String| Action::SetPolicy(kind, t))}
                        on_close={dispatch.reform(move |_| {
                            browser::focus_after_render(if kind == EndpointKind::Imagebuilder { "edit-imagebuilder" } else { "edit-s3" });
                            Action::CloseEditor
                        })} />
                    <super::template_panel::TemplatePanel text={edit_text.clone()} />
                    if !is_template {
                    <Diagnostics text={edit_text.clone()} diagnostics={edit_diags.clone()} on_select={on_select} {on_fix} {on_fix_all}
                        failing={Rc::new(failing_scenarios(&report, kind))} />
                    { for vpce_policy_core::generate::unstated(&edit_text, &if kind == EndpointKind::Imagebuilder { &ib_checked } else { &s3_checked }.compiled, &config).into_iter().enumerate().map(|(i, a)| {
                        let (label, action) = match &a {
                            vpce_policy_core::generate::Adoption::DenyDeletes => (t("app-adopt-deny-deletes"), Action::DenyDeletes(true)),
                            vpce_policy_core::generate::Adoption::PrincipalOrgId(o) => (crate::i18n::t_with("app-adopt-organization", &[("org", o.clone())]), Action::PrincipalOrgId(o.clone())),
                        };
                        html! {
                            <p class="adopt" id={format!("adopt-{i}")} role="status">
                                { a.describe(crate::i18n::shown()) }{ t("app-scenarios-judge-against-settings") }
                                <button type="button" onclick={dispatch.reform(move |_| action.clone())}>{ label }</button>
                            </p>
                        }
                    }) }
                    }
                } else {
                    <p>{ t("app-choose-edit-paste-either") }</p>
                }
            </section>
            }
            if *settled && view.shows(Part::Kit) {
            <KitPanel config={config.clone()} kit={kit.clone()} report={report.clone()} lit={state.lit.clone()} dispatch={dispatch.clone()} />
            }
            if *settled && view.shows(Part::Scenarios) {
            <Scenarios report={report.clone()} stale={stale} dispatch={dispatch.clone()} />
            }
            if *settled && view.shows(Part::Why) {
            <WhyFails on_show={{
                let dispatch = dispatch.clone();
                Callback::from(move |(endpoint, missing): (vpce_policy_core::data::endpoints::EndpointId, bool)| {
                    dispatch.emit(Action::Kit(true));
                    if missing {
                        dispatch.emit(Action::KitEndpoint(endpoint, false));
                    }
                    dispatch.emit(Action::Light(Some((t("why-why-does-my-build"), endpoint))));
                    browser::focus_after_render("kit-on");
                })
            }} />
            }
            if *settled && view.shows(Part::Replay) {
            <super::replay_panel::ReplayPanel
                policies={Rc::new(vec![(EndpointKind::Imagebuilder, ib_text.clone()), (EndpointKind::S3, s3_text.clone())])}
                region={config.region.clone()} principal_org_id={config.principal_org_id.clone().map(AttrValue::from)}
                on_use_draft={dispatch.reform(|(kind, text): (EndpointKind, String)| Action::SetPolicy(kind, text))} />
            }
            if *settled && view.shows(Part::Request) {
            <RequestPanel form={request_form} identity_mode={state.identity_mode()} identity={state.identity_policy.clone()}
                resource_mode={state.resource_layer} resource_policy={state.resource_policy.clone()} result={request_result.clone()} dispatch={dispatch.clone()}
                endpoints={Rc::new(request_endpoints(&kit))} />
            }
        </main>
        if !*embed {
            <footer class="page-footer">
                <p>{ t("app-same-engine-runs-ci") }</p>
            </footer>
        }
        </ContextProvider<crate::hooks::IamData>>
    }
}

/// The names of the scenarios of an endpoint that fail.
fn failing_scenarios(
    report: &Option<vpce_policy_core::generate::ScenarioReport>,
    kind: EndpointKind,
) -> Vec<String> {
    let endpoint = match kind {
        EndpointKind::Imagebuilder => vpce_policy_core::data::endpoints::EndpointId::Imagebuilder,
        EndpointKind::S3 => vpce_policy_core::data::endpoints::EndpointId::S3,
    };
    report
        .iter()
        .flat_map(|r| r.results.iter())
        .filter(|r| r.endpoint == endpoint && !r.pass)
        .map(|r| r.name_in(crate::i18n::shown()))
        .collect()
}

/// The endpoints "Try a request" offers: S3 and Image Builder, then the kit's other endpoints when it is on.
fn request_endpoints(
    kit: &Option<vpce_policy_core::generate::Kit>,
) -> Vec<vpce_policy_core::data::endpoints::EndpointId> {
    use vpce_policy_core::data::endpoints::EndpointId;
    let mut out = vec![EndpointId::S3, EndpointId::Imagebuilder];
    out.extend(
        kit.iter()
            .flat_map(|k| k.endpoints.iter().map(|e| e.id))
            .filter(|id| !out.contains(id))
            .collect::<Vec<_>>(),
    );
    out
}
