//! The code editor: a transparent textarea over a highlighted copy of its text, with a line-number gutter and
//! findings marked inline. No editor library: the overlay keeps the bundle small and the text a plain textarea.

use crate::highlight::{finding_at, Highlighter};
use crate::i18n::{t, t_with};
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
    // The highlighted overlay, one raw-markup node per line, rendered with the findings in the same frame. Yew
    // keeps every line whose markup is unchanged, so a keystroke replaces one line of the DOM, not the policy.
    // The highlighter remembers the lines it made, so a keystroke highlights only the line it changed.
    let highlighter = use_mut_ref(Highlighter::default);
    let lines = use_memo((props.text.clone(), props.diagnostics.clone()), |(t, d)| {
        // Past the live-check size the textarea shows its own text and the overlay stays empty.
        if plain(t) {
            Vec::new()
        } else {
            highlighter.borrow_mut().lines(t, d)
        }
    });
    {
        let (overlay, gutter, textarea) = (overlay.clone(), gutter.clone(), props.node_ref.clone());
        use_effect_with(lines.clone(), move |_| {
            // The textarea may have scrolled (to the caret) before the overlay had the new, longer text: sync once
            // this frame is laid out, so that reading the scroll position does not force a layout in the keystroke.
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(ta) = textarea.cast::<HtmlTextAreaElement>() {
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
        let (overlay, gutter) = (overlay.clone(), gutter.clone());
        Callback::from(move |e: Event| sync_scroll(&e.target_unchecked_into(), &overlay, &gutter))
    };
    // Hovering a marked place shows its finding: the pointer's line and column from the overlay's geometry
    // (a monospace grid), then the finding there, as the textarea's title.
    let onmousemove = {
        let (code, text, diagnostics) = (code.clone(), props.text.clone(), props.diagnostics.clone());
        Callback::from(move |e: MouseEvent| {
            let (Some(code), Some(ta)) = (
                code.cast::<HtmlElement>(),
                e.target_dyn_into::<HtmlTextAreaElement>(),
            ) else {
                return;
            };
            let rect = code.get_bounding_client_rect();
            let lines: Vec<&str> = text.split('\n').collect();
            let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
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
                    <pre class="overlay code" ref={overlay} aria-hidden="true"><code ref={code}>
                        { for lines.iter().map(|l| Html::from_html_unchecked(l.clone())) }
                    </code></pre>
                    <textarea id="policy-editor" ref={props.node_ref.clone()} {oninput} {onscroll} {onmousemove}
                        spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"
                        aria-describedby="diagnostics-heading" />
                </div>
            </div>
        </div>
    }
}
