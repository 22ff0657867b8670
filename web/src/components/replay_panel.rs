//! "Replay CloudTrail": drop CloudTrail files and see which calls a policy of the page would deny. The files are
//! read by a Web Worker (`crate::trail_worker`), with progress and a cancel button; the answer is a grouped,
//! filterable table whose rows open the decision path of an example call, a policy drafted from the traffic, and
//! the report to download. Nothing is uploaded.

use crate::browser;
use crate::components::trace_view::TraceView;
use crate::i18n::{t, t_with};
use crate::trail_worker::{Ask, Progress, Replayed, Run};
use std::rc::Rc;
use vpce_policy_core::eval::{CompiledPolicy, PolicySet};
use vpce_policy_core::generate::EndpointKind;
use vpce_policy_core::trail::Group;
use vpce_policy_core::PolicyKind;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The page's two policies as they stand (generated or edited).
    pub policies: Rc<Vec<(EndpointKind, Rc<String>)>>,
    /// The region, for the AWS-owned downloads a draft allows.
    pub region: AttrValue,
    /// The organization the settings name, if any.
    pub principal_org_id: Option<AttrValue>,
    /// Use a drafted policy as one of the page's policies.
    pub on_use_draft: Callback<(EndpointKind, String)>,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Running(Progress),
    Done(Rc<Replayed>, EndpointKind, Rc<String>),
    Failed(String),
}

fn title(kind: EndpointKind) -> &'static str {
    match kind {
        EndpointKind::Imagebuilder => "Image Builder",
        EndpointKind::S3 => "S3",
    }
}

/// The sections of a report, in the order a reader needs them, with their ids.
fn sections(r: &Replayed) -> Vec<(&'static str, &'static str, &[Group])> {
    let report = &r.report;
    vec![
        ("denied", "replay-section-denied", report.denied.as_slice()),
        ("unknown", "replay-section-unknown", report.unknown.as_slice()),
    ]
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1_000_000.0)
}

/// The panel.
#[function_component(ReplayPanel)]
pub fn replay_panel(props: &Props) -> Html {
    let phase = use_state(|| Phase::Idle);
    let run = use_mut_ref(|| None::<Run>);
    let target = use_state(|| EndpointKind::S3);
    let all_calls = use_state(|| false);
    let filter = use_state(String::new);
    let open = use_state(|| None::<(&'static str, usize)>);

    let start = {
        let (phase, run, target, all_calls, open) = (
            phase.clone(),
            run.clone(),
            target.clone(),
            all_calls.clone(),
            open.clone(),
        );
        let policies = props.policies.clone();
        let ask = Ask {
            all_calls: *all_calls,
            principal_org_id: props.principal_org_id.as_ref().map(|o| o.to_string()),
            region: props.region.to_string(),
        };
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            let kind = *target;
            let Some(candidate) = policies.iter().find(|(k, _)| *k == kind).map(|(_, t)| t.clone()) else {
                return;
            };
            open.set(None);
            phase.set(Phase::Running(Progress::default()));
            let ask = Ask {
                all_calls: *all_calls,
                ..ask.clone()
            };
            let (on_progress, on_done) = (phase.clone(), phase.clone());
            let (finished, text) = (run.clone(), candidate.clone());
            let started = Run::start(
                files,
                &candidate,
                &ask,
                move |p| on_progress.set(Phase::Running(p)),
                move |result| {
                    on_done.set(match result {
                        Ok(r) => Phase::Done(Rc::new(r), kind, text.clone()),
                        Err(e) => Phase::Failed(e),
                    });
                    // The worker has answered: let it go.
                    if let Ok(mut slot) = finished.try_borrow_mut() {
                        slot.take();
                    }
                },
            );
            match started {
                Ok(r) => *run.borrow_mut() = Some(r),
                Err(e) => phase.set(Phase::Failed(e)),
            }
        })
    };
    let on_files = start.reform(|e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let files = input
            .files()
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        // The same files may be chosen again after a change of policy.
        input.set_value("");
        files
    });
    let on_drop = {
        let start = start.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = e
                .data_transfer()
                .and_then(|d| d.files())
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default();
            start.emit(files);
        })
    };
    let on_cancel = {
        let (phase, run) = (phase.clone(), run.clone());
        Callback::from(move |_| {
            run.borrow_mut().take();
            phase.set(Phase::Idle);
            browser::focus_after_render("replay-files");
        })
    };
    let on_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            target.set(if select.value() == "imagebuilder" {
                EndpointKind::Imagebuilder
            } else {
                EndpointKind::S3
            });
        })
    };

    let body = match &*phase {
        Phase::Idle => html! {},
        Phase::Running(p) => html! {
            <div class="replay-running" role="status" aria-live="polite">
                <progress id="replay-progress" max={p.total.max(1.0).to_string()} value={p.read.to_string()} />
                <span id="replay-status">{ t_with("replay-progress", &[("events", p.events.to_string()), ("read", megabytes(p.read)), ("total", megabytes(p.total))]) }</span>
                <button type="button" id="replay-cancel" onclick={on_cancel}>{ t("replay-cancel") }</button>
            </div>
        },
        Phase::Failed(e) => html! { <p class="error" id="replay-error" role="alert">{ e.clone() }</p> },
        Phase::Done(r, kind, candidate) => done(r, *kind, candidate, &filter, &open, &props.on_use_draft),
    };
    html! {
        <section class="panel" id="replay" aria-labelledby="replay-heading">
            <h2 id="replay-heading">{ t("replay-replay-cloudtrail") }</h2>
            <p>{ t("replay-which-calls-trail-recorded") }</p>
            <div class="replay-options">
                <label for="replay-policy">{ t("replay-policy-test") }</label>
                <select id="replay-policy" onchange={on_target}>
                    { for props.policies.iter().map(|(k, _)| html! {
                        <option value={k.as_str()} selected={*k == *target}>{ t_with("replay-target", &[("endpoint", title(*k).to_string())]) }</option>
                    }) }
                </select>
                <label class="check"><input type="checkbox" id="replay-all-calls" checked={*all_calls}
                    onchange={{ let all_calls = all_calls.clone(); Callback::from(move |_| all_calls.set(!*all_calls)) }} />
                    { t("replay-also-calls-did-not") }</label>
            </div>
            <div class="dropzone" id="replay-drop" ondrop={on_drop} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}>
                <label for="replay-files">{ t("replay-choose-cloudtrail-files-drop") }</label>
                <input type="file" id="replay-files" multiple=true accept=".json,.jsonl,.ndjson,.gz" onchange={on_files}
                    disabled={matches!(*phase, Phase::Running(_))} />
            </div>
            { body }
        </section>
    }
}

/// The report: a summary, the grouped table with its filter, an example's decision path, the draft.
fn done(
    r: &Rc<Replayed>,
    kind: EndpointKind,
    candidate: &Rc<String>,
    filter: &UseStateHandle<String>,
    open: &UseStateHandle<Option<(&'static str, usize)>>,
    on_use_draft: &Callback<(EndpointKind, String)>,
) -> Html {
    let report = &r.report;
    let needle = filter.to_ascii_lowercase();
    let shown = |g: &Group| {
        needle.is_empty()
            || [&g.action, &g.resource, &g.caller]
                .iter()
                .any(|t| t.to_ascii_lowercase().contains(&needle))
    };
    let skipped: u64 = report.skipped.iter().map(|s| s.count).sum();
    let trace = open.and_then(|(id, i)| {
        let group = sections(r)
            .into_iter()
            .find(|(s, _, _)| *s == id)?
            .2
            .get(i)?
            .clone();
        let set = PolicySet {
            endpoint: Some(CompiledPolicy::compile(candidate, PolicyKind::Endpoint)),
            ..PolicySet::default()
        };
        Some((
            group.clone(),
            set.evaluate(&group.example, true).trace.unwrap_or_default(),
        ))
    });
    let download = {
        let text = serde_json::to_string_pretty(
            &serde_json::json!({ "report": report, "unreadable": r.unreadable }),
        )
        .unwrap_or_default();
        Callback::from(move |_| browser::download("vpce-policy-replay.json", &text, "application/json"))
    };
    html! {
        <div class="replay-done">
            <p id="replay-summary" role="status">{ t_with("replay-summary", &[
                ("replayed", report.replayed.to_string()),
                ("events", report.events.to_string()),
                ("endpoint", title(kind).to_string()),
                ("allowed", report.allowed.to_string()),
                ("denied", report.denied.iter().map(|g| g.count).sum::<u64>().to_string()),
                ("unknown", report.unknown.iter().map(|g| g.count).sum::<u64>().to_string()),
                ("skipped", skipped.to_string()),
            ]) }</p>
            { for r.unreadable.iter().map(|u| html! { <p class="error">{ t_with("replay-not-read-to-end", &[("file", u.to_string())]) }</p> }) }
            <label for="replay-filter">{ t("replay-filter-action-resource-caller") }</label>
            <input type="search" id="replay-filter" value={(**filter).clone()}
                oninput={{ let filter = filter.clone(); Callback::from(move |e: InputEvent| { let i: web_sys::HtmlInputElement = e.target_unchecked_into(); filter.set(i.value()); }) }} />
            <table id="replay-table">
                <thead><tr><th scope="col">{ t("replay-calls") }</th><th scope="col">{ t("replay-action") }</th><th scope="col">{ t("replay-resource") }</th><th scope="col">{ t("replay-caller") }</th><th scope="col">{ t("replay-why") }</th><th scope="col">{ t("replay-seen") }</th></tr></thead>
                { for sections(r).into_iter().filter(|(_, _, g)| !g.is_empty()).map(|(id, name, groups)| html! {
                    <tbody data-section={id}>
                        <tr><th colspan="6" scope="rowgroup">{ t(name) }</th></tr>
                        { for groups.iter().enumerate().filter(|(_, g)| shown(g)).map(|(i, g)| {
                            let why = if g.depends_on.is_empty() {
                                g.statement.clone().map_or(t("replay-no-statement-allows"), |s| t_with("replay-decided-by", &[("statement", s)]))
                            } else {
                                t_with("replay-rests-on", &[("keys", g.depends_on.join(", "))])
                            };
                            let onclick = { let open = open.clone(); Callback::from(move |_| open.set(Some((id, i)))) };
                            html! {
                                <tr>
                                    <td>{ g.count }</td>
                                    <td><button type="button" class="link" id={format!("replay-open-{id}-{i}")} {onclick}>{ g.action.clone() }</button></td>
                                    <td class="arn">{ g.resource.clone() }</td><td class="arn">{ g.caller.clone() }</td><td>{ why }</td>
                                    <td>{ format!("{} … {}", g.first_seen, g.last_seen) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                }) }
            </table>
            if report.denied.is_empty() && report.unknown.is_empty() {
                <p id="replay-clean">{ t("replay-policy-denies-none-replayed") }</p>
            }
            if let Some((g, t)) = trace {
                <div id="replay-trace">
                    <h3>{ t_with("replay-why-heading", &[("action", g.action.clone()), ("resource", g.example.resource.clone()), ("event", g.example_event.to_string())]) }</h3>
                    <TraceView trace={t} />
                </div>
            }
            <div class="replay-actions">
                <button type="button" id="replay-download" onclick={download}>{ t("replay-download-report-json") }</button>
            </div>
            if let Some(d) = &r.draft {
                <details id="replay-draft">
                    <summary>{ t_with("replay-draft", &[("chars", d.chars.to_string())]) }</summary>
                    <pre class="code">{ d.policy.clone() }</pre>
                    <button type="button" id="replay-use-draft" onclick={on_use_draft.reform({ let p = d.policy.clone(); move |_| (kind, p.clone()) })}>
                        { t_with("replay-use-draft", &[("endpoint", title(kind).to_string())]) }</button>
                </details>
            }
        </div>
    }
}
