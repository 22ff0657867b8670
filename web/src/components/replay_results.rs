//! The results of "Replay CloudTrail": the worker's progress with a cancel button, then a grouped, filterable
//! table whose rows open the decision path of an example call, a policy drafted from the traffic, and the report
//! to download. It is a module of its own (`web/replay`, `lib/replay/`), which the panel (`replay_panel.rs`) loads
//! with the worker when files are chosen: the page's first load does not carry it.

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

/// One replay asked for: the files, the policy it tests and how (a new `id` starts a new run).
#[derive(Clone)]
pub struct RunRequest {
    /// Counts the runs asked for.
    pub id: u32,
    /// The CloudTrail files.
    pub files: Vec<web_sys::File>,
    /// The endpoint whose policy is tested.
    pub kind: EndpointKind,
    /// That policy's text.
    pub candidate: Rc<String>,
    /// What else the worker is told.
    pub ask: Ask,
}

impl PartialEq for RunRequest {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The run to show (none yet: nothing).
    pub run: Option<RunRequest>,
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

/// The endpoint's name in the summary.
pub fn title(kind: EndpointKind) -> &'static str {
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

/// The results.
#[function_component(ReplayResults)]
pub fn replay_results(props: &Props) -> Html {
    let phase = use_state(|| Phase::Idle);
    let run = use_mut_ref(|| None::<Run>);
    let filter = use_state(String::new);
    let open = use_state(|| None::<(&'static str, usize)>);
    {
        let (phase, run, open) = (phase.clone(), run.clone(), open.clone());
        use_effect_with(props.run.clone(), move |asked| {
            if let Some(asked) = asked.clone() {
                open.set(None);
                phase.set(Phase::Running(Progress::default()));
                let (on_progress, on_done) = (phase.clone(), phase.clone());
                let (finished, kind, text) = (run.clone(), asked.kind, asked.candidate.clone());
                let started = Run::start(
                    asked.files,
                    &asked.candidate,
                    &asked.ask,
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
                // A new run replaces the one before (dropping it stops its worker).
                match started {
                    Ok(r) => *run.borrow_mut() = Some(r),
                    Err(e) => phase.set(Phase::Failed(e)),
                }
            }
        });
    }
    let on_cancel = {
        let (phase, run) = (phase.clone(), run.clone());
        Callback::from(move |_| {
            run.borrow_mut().take();
            phase.set(Phase::Idle);
            browser::focus_after_render("replay-files");
        })
    };
    match &*phase {
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
