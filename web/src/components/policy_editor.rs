//! The code editor: a transparent textarea over a highlighted copy of its text, with a line-number gutter and
//! findings marked inline. No editor library: the overlay keeps the bundle small and the text a plain textarea.

use crate::highlight::{finding_at, Highlighter};
use crate::i18n::{t, t_with};
use crate::viewport::View;
use std::rc::Rc;
use vpce_policy_core::generate::EndpointKind;
use vpce_policy_core::Diagnostic;
use web_sys::{HtmlElement, HtmlTextAreaElement, MouseEvent};
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which policy is being edited.
    pub kind: EndpointKind,
    /// The text.
    pub text: Rc<String>,
    /// Its findings.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// The textarea (the parent moves the caret to a finding).
    pub node_ref: NodeRef,
    /// New text.
    pub on_change: Callback<String>,
    /// Close the editor.
    pub on_close: Callback<()>,
}

/// Scrolls the highlighted overlay and the line numbers to where the textarea is.
fn sync_scroll(ta: &HtmlTextAreaElement, overlay: &NodeRef, gutter: &NodeRef) {
    if let Some(o) = overlay.cast::<HtmlElement>() {
        o.set_scroll_top(ta.scroll_top());
        o.set_scroll_left(ta.scroll_left());
    }
    if let Some(g) = gutter.cast::<HtmlElement>() {
        g.set_scroll_top(ta.scroll_top());
    }
}

/// Keeps the overlay as wide as the textarea's text, whose widest line may not be drawn (`reach`: an empty box, as
/// wide as the textarea scrolls). The width changes only with the text, so this runs after a change, not on scroll.
fn match_width(ta: &HtmlTextAreaElement, reach: &NodeRef) {
    if let Some(reach) = reach.cast::<HtmlElement>() {
        // Through the CSSOM: the page's content security policy refuses style attributes.
        let _ = reach
            .style()
            .set_property("width", &format!("{}px", ta.scroll_width()));
    }
}

/// Moves the drawn lines when the textarea's view has come near their edge (a scroll, a paste, a new font size).
fn follow_view(ta: &HtmlTextAreaElement, view: &UseStateHandle<View>, lines: usize) {
    let next = View::of_scroll(lines, ta.scroll_top(), ta.client_height(), ta.scroll_height());
    if view.must_move(next, lines) {
        view.set(next);
    }
}

/// Whether a text is past the live-check size: shown plain, without the overlay and line numbers.
fn plain(text: &str) -> bool {
    text.len() > crate::derived::LIVE_CHECK_BYTES
}

/// The editor.
#[function_component(PolicyEditor)]
pub fn policy_editor(props: &Props) -> Html {
    let overlay = use_node_ref();
    let gutter = use_node_ref();
    let code = use_node_ref();
    let reach = use_node_ref();
    // The highlighted overlay, one raw-markup node per line, rendered with the findings in the same frame. Yew
    // keeps every line whose markup is unchanged, so a keystroke replaces one line of the DOM, not the policy.
    // The highlighter remembers the lines it made, so a keystroke highlights only the line it changed.
    let highlighter = use_mut_ref(Highlighter::default);
    // Only the lines in view and a margin are drawn (`viewport`), so a keystroke's frame does not grow with the text.
    let view = use_state_eq(View::default);
    let lines = use_memo((props.text.clone(), props.diagnostics.clone()), |(t, d)| {
        // Past the live-check size the textarea shows its own text and the overlay stays empty.
        if plain(t) {
            Vec::new()
        } else {
            highlighter.borrow_mut().lines(t, d)
        }
    });
    let count = lines.len();
    {
        let (overlay, gutter, textarea) = (overlay.clone(), gutter.clone(), props.node_ref.clone());
        let (view, reach) = (view.clone(), reach.clone());
        use_effect_with(lines.clone(), move |_| {
            // The textarea may have scrolled (to the caret) before the overlay had the new, longer text: sync once
            // this frame is laid out, so that reading the scroll position does not force a layout in the keystroke.
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(ta) = textarea.cast::<HtmlTextAreaElement>() {
                    match_width(&ta, &reach);
                    follow_view(&ta, &view, count);
                    sync_scroll(&ta, &overlay, &gutter);
                }
            })
            .forget();
        });
    }
    {
        // The textarea is uncontrolled: its value is written only when the text changes from outside (a fix, a
        // revert, a loaded link), never back after typing, which would lay out the whole text again.
        let textarea = props.node_ref.clone();
        use_effect_with(props.text.clone(), move |text| {
            if let Some(ta) = textarea.cast::<HtmlTextAreaElement>() {
                if ta.value() != **text {
                    ta.set_value(text);
                }
            }
        });
    }
    {
        // Opening the editor ("Edit or paste") puts the caret in it.
        let textarea = props.node_ref.clone();
        use_effect_with(props.kind, move |_| {
            if let Some(ta) = textarea.cast::<HtmlElement>() {
                let _ = ta.focus();
            }
        });
    }
    let huge = plain(&props.text);
    let gutter_text = if huge {
        String::new()
    } else {
        let lines = props.text.split('\n').count();
        (1..=lines).map(|n| n.to_string()).collect::<Vec<_>>().join("\n")
    };
    let oninput = props
        .on_change
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onscroll = {
        let (overlay, gutter, view) = (overlay.clone(), gutter.clone(), view.clone());
        Callback::from(move |e: Event| {
            let ta = e.target_unchecked_into();
            sync_scroll(&ta, &overlay, &gutter);
            follow_view(&ta, &view, count);
        })
    };
    // The lines drawn, with newlines standing for the others (laid out as the textarea lays out its lines).
    let drawn = view.drawn(count);
    let first = drawn.start.to_string();
    // Raw markup like the lines: one kind of node in the list, which keeps the code small.
    let skipped = |lines: usize| {
        (lines > 0)
            .then(|| AttrValue::from(["<span class=\"ln skip\">", &"\n".repeat(lines), "</span>"].concat()))
    };
    let (above, below) = (skipped(drawn.start), skipped(count.saturating_sub(drawn.end)));
    let shown = above
        .into_iter()
        .chain(lines.get(drawn.clone()).unwrap_or_default().iter().cloned())
        .chain(below);
    // Hovering a marked place shows its finding: the pointer's line and column from the overlay's geometry
    // (a monospace grid), then the finding there, as the textarea's title.
    let onmousemove = {
        let (code, text, diagnostics) = (code.clone(), props.text.clone(), props.diagnostics.clone());
        let drawn = drawn.clone();
        Callback::from(move |e: MouseEvent| {
            let (Some(code), Some(ta)) = (
                code.cast::<HtmlElement>(),
                e.target_dyn_into::<HtmlTextAreaElement>(),
            ) else {
                return;
            };
            let rect = code.get_bounding_client_rect();
            let lines: Vec<&str> = text.split('\n').collect();
            // The overlay's text is as wide as its widest drawn line (the others are newlines).
            let widest = lines
                .get(drawn.clone())
                .unwrap_or_default()
                .iter()
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0);
            if widest == 0 || rect.width() <= 0.0 {
                return;
            }
            let (cw, lh) = (rect.width() / widest as f64, rect.height() / lines.len() as f64);
            let line = ((f64::from(e.client_y()) - rect.top()) / lh).floor();
            let column = ((f64::from(e.client_x()) - rect.left()) / cw).floor();
            let title = if line >= 0.0 && column >= 0.0 {
                finding_at(&text, &diagnostics, line as usize, column as usize)
            } else {
                None
            };
            match title {
                Some(t) => ta.set_title(&t),
                None => ta.set_title(""),
            }
        })
    };
    let which = t(match props.kind {
        EndpointKind::Imagebuilder => "editor-editing-imagebuilder",
        EndpointKind::S3 => "editor-editing-s3",
    });
    html! {
        <div class="editor-wrap">
            <div class="editor-head">
                <label for="policy-editor">{ which }</label>
                <button type="button" id="close-editor" onclick={props.on_close.reform(|_| ())}>{ t("editor-close-editor") }</button>
            </div>
            if huge {
                <p class="field-message" id="editor-plain">{ t_with("editor-huge-text", &[("bytes", props.text.len().to_string())]) }</p>
            }
            <div class={classes!("editor", huge.then_some("plain"))}>
                <pre class="gutter" ref={gutter} aria-hidden="true">{ gutter_text }</pre>
                <div class="editor-body">
                    <pre class="overlay code" ref={overlay} aria-hidden="true"><code ref={code} data-first={first}>
                        { for shown.map(Html::from_html_unchecked) }
                    </code><span class="reach" ref={reach} /></pre>
                    <textarea id="policy-editor" ref={props.node_ref.clone()} {oninput} {onscroll} {onmousemove}
                        spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"
                        aria-describedby="diagnostics-heading" />
                </div>
            </div>
        </div>
    }
}
