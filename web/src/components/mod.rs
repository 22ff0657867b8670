//! One component per file; props carry data plus callbacks.

pub mod app;
pub mod code_view;
pub mod config_form;
pub mod decision_path;
pub mod diagnostics;
pub mod endpoint_card;
pub mod export_buttons;
pub mod kit_diagram;
pub mod kit_panel;
pub mod language_switch;
pub mod policy_editor;
pub mod replay_panel;
pub mod replay_results;
pub mod request_panel;
pub mod rule_doc;
pub mod scenarios;
pub mod section_nav;
pub mod template_panel;
pub mod trace_view;
pub mod why_fails;
