//! A read-only, syntax-highlighted policy. Every character of the text is HTML-escaped, so markup shows as text.

use crate::highlight::Highlighter;
use std::rc::Rc;
use vpce_policy_core::Diagnostic;
use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Element id (`imagebuilder-policy`, `s3-policy`).
    pub id: AttrValue,
    /// Accessible label.
    pub label: AttrValue,
    /// The policy text.
    pub text: Rc<String>,
    /// Findings to mark.
    pub diagnostics: Rc<Vec<Diagnostic>>,
}

/// Highlighted JSON in a `<pre>`; its text content is exactly the policy.
#[function_component(CodeView)]
pub fn code_view(props: &Props) -> Html {
    let code = use_node_ref();
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let shown = use_mut_ref(ShownLines::default);
    let highlighter = use_mut_ref(Highlighter::default);
    {
        let code = code.clone();
        use_effect_with((props.text.clone(), props.diagnostics.clone()), move |(t, d)| {
            // Highlighted right after the current frame's work (the editor, findings and scenarios come first).
            let (t, d) = (t.clone(), d.clone());
            *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                let lines = highlighter.borrow_mut().lines(&t, &d);
                set_lines(&code, lines, &mut shown.borrow_mut());
            }));
        });
    }
    html! {
        <pre id={props.id.clone()} class="code" tabindex="0" aria-label={props.label.clone()}><code ref={code}></code></pre>
    }
}

/// The lines of markup an element shows (each a `<span class="ln">`), as last written by [`set_lines`].
#[derive(Default)]
pub struct ShownLines(Vec<AttrValue>);

fn line_html(lines: &[AttrValue]) -> String {
    lines.iter().map(AttrValue::as_str).collect()
}

/// Shows escaped markup lines in an element. Only the lines that differ from what it shows are replaced (the
/// common first and last lines stay), in one DOM parse: a keystroke re-renders one line, not the whole policy,
/// and the browser lays out only that line's block.
pub fn set_lines(node: &NodeRef, lines: Vec<AttrValue>, shown: &mut ShownLines) {
    let Some(el) = node.cast::<web_sys::Element>() else {
        return;
    };
    let old = &shown.0;
    if el.child_element_count() as usize != old.len() || el.child_nodes().length() != el.child_element_count()
    {
        el.set_inner_html(&line_html(&lines));
        shown.0 = lines;
        return;
    }
    let (head, tail) = crate::highlight::common_ends(old, &lines);
    let children = el.children();
    for _ in head..old.len() - tail {
        if let Some(child) = children.item(head as u32) {
            child.remove();
        }
    }
    let html = line_html(lines.get(head..lines.len() - tail).unwrap_or_default());
    if !html.is_empty() {
        let inserted = match children.item(head as u32) {
            Some(next) => next.insert_adjacent_html("beforebegin", &html),
            None => el.insert_adjacent_html("beforeend", &html),
        };
        if inserted.is_err() {
            el.set_inner_html(&line_html(&lines));
        }
    }
    shown.0 = lines;
}
