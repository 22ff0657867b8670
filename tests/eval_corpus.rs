//! Evaluator corpus (filled in with the evaluator).
