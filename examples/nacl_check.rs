//! Times `mothership::nacl::check` on a generated 1,000-line NaCl (goal: under 5 ms in the
//! release build). Run: `cargo run --release --example nacl_check`.

use std::time::Instant;

#[path = "shared/nacl_sample.rs"]
mod nacl_sample;

fn main() {
    let (src, lines) = nacl_sample::nacl(1000);
    let runs = 200;
    let start = Instant::now();
    let mut errors = 0;
    for _ in 0..runs {
        errors = mothership::nacl::check(&src).len();
    }
    let per = start.elapsed() / runs;
    println!(
        "checked a {lines}-line NaCl ({} bytes, {errors} diagnostics) in {:.3} ms on average over {runs} runs",
        src.len(),
        per.as_secs_f64() * 1000.0
    );
}
