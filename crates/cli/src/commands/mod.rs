//! One module per subcommand.

pub mod diagnose;
pub mod draft;
pub mod eval;
pub mod eval_stream;
pub mod generate;
pub mod replay;
pub mod rules;
pub mod scenarios;
pub mod test;
pub mod validate;
