//! Embedded reference data: services and actions, regions, condition keys. Nothing is fetched at run time.

pub mod actions;
pub mod condition_keys;
pub mod regions;
mod service_actions;
