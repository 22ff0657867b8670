//! Entry point of the playground's wasm binary.

fn main() {
    vpce_policy_web::start();
}
