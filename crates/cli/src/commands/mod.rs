//! One module per subcommand.

pub mod eval;
pub mod test;
pub mod validate;
