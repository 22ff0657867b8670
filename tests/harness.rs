//! Shared helpers for the corpus tests.
