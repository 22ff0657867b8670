//! The vpce-policy playground (built in web/).
fn main() {}
