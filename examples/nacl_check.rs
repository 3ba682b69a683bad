//! Times `mothership::nacl::check` on a generated 1,000-line NaCl (goal: under 5 ms in the
//! release build). Run: `cargo run --release --example nacl_check`.

use std::time::Instant;

fn main() {
    let mut src = String::new();
    let mut lines = 0;
    let mut i = 0;
    while lines < 1000 {
        src.push_str(&format!(
            "Iface eth{i} {{\n  index: {i},\n  address: 10.0.{}.{},\n  netmask: 255.255.255.0,\n  input: filter{i}\n}}\n\
             Filter::IP filter{i} {{\n  if (ip.saddr in 10.0.0.0/8 and tcp_ok{i}) {{ accept }}\n  Filter::TCP {{\n    if (tcp.dport in [22, 80, 443]) {{ accept }}\n  }}\n  drop\n}}\ntcp_ok{i}: true\n",
            i / 250,
            i % 250
        ));
        lines += 15;
        i += 1;
    }
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
