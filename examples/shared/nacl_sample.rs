//! The generated NaCl the NaCl benchmarks check (shared by `nacl_check` and `bench_builders`).

/// A valid NaCl of at least `min_lines` lines: Ifaces, each with a Filter of nested functions
/// and conditions. Returns the text and its line count.
pub fn nacl(min_lines: usize) -> (String, usize) {
    let mut src = String::new();
    let mut lines = 0;
    let mut i = 0;
    while lines < min_lines {
        src.push_str(&format!(
            "Iface eth{i} {{\n  index: {i},\n  address: 10.0.{}.{},\n  netmask: 255.255.255.0,\n  input: filter{i}\n}}\n\
             Filter::IP filter{i} {{\n  if (ip.saddr in 10.0.0.0/8 and tcp_ok{i}) {{ accept }}\n  Filter::TCP {{\n    if (tcp.dport in [22, 80, 443]) {{ accept }}\n  }}\n  drop\n}}\ntcp_ok{i}: true\n",
            i / 250,
            i % 250
        ));
        lines += 15;
        i += 1;
    }
    (src, lines)
}
