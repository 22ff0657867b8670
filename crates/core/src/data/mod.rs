//! Embedded reference data: the IAM data of every service, regions, global condition keys. Nothing is fetched
//! at run time.

pub mod actions;
pub mod condition_keys;
pub mod endpoint_policy_support;
pub mod endpoints;
pub mod environment;
pub mod evaluation;
pub mod iam;
pub mod key_type;
pub mod owned;
pub mod regions;
