//! Each check with a NaCl that triggers it and one that does not; syntax recovery; limits;
//! a mutation fuzzer that the parser never panics.

use super::ast::Item;
use super::*;

fn codes_of(src: &str) -> Vec<String> {
    check(src)
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|d| d.code)
        .collect()
}

/// Formatting keeps the meaning and every comment, and a second pass changes nothing. Every
/// NaCl of these tests goes through it (in [`valid`] and [`fails`]).
#[track_caller]
fn formats_idempotently(src: &str) {
    let Ok(once) = fmt::format(src) else {
        return;
    };
    let twice = fmt::format(&once).unwrap_or_else(|d| panic!("{src}\n=>\n{once}\n{d:#?}"));
    assert_eq!(once, twice, "not idempotent:\n{src}");
    let comments = |s: &str| parse(s, &Limits::default()).0.comments.len();
    assert_eq!(
        comments(src),
        comments(&once),
        "comments lost:\n{src}\n=>\n{once}"
    );
    let mut before = codes_of(src);
    let mut after = codes_of(&once);
    before.sort();
    after.sort();
    assert_eq!(before, after, "meaning changed:\n{src}\n=>\n{once}");
}

#[track_caller]
fn valid(src: &str) {
    formats_idempotently(src);
    let errors: Vec<_> = check(src)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    assert!(errors.is_empty(), "{src}\n{errors:#?}");
}

#[track_caller]
fn fails(src: &str, code: &str, line: u32, column: u32) {
    formats_idempotently(src);
    let diags = check(src);
    assert!(
        diags
            .iter()
            .any(|d| d.code == code && d.line == line && d.column == column),
        "{src}\nwanted {code} at {line}:{column}, got {diags:#?}"
    );
}

pub(super) const GOOD: &str = r#"// a small but complete NaCl
# hash comment
/* block
   comment */
Iface uplink {
    address: 192.168.1.10,
    netmask: 255.255.255.0,
    gateway: 192.168.1.1,
    dns: 8.8.4.4,
    index: 0,
    input: [guard, guard2]
}
Iface inner dhcp
inner.index: 1
limits: { low: (-3), high: 2.5, span: 10-20, net: 10.0.0.0/8, addrs: 10.0.0.1-10.0.0.9 }
Gateway gw {
    out: { net: 10.1.0.0, netmask: 255.255.0.0, iface: uplink },
    forward: guard,
    send_time_exceeded: true
}
Filter::IP guard {
    Filter::TCP {
        if (tcp.dport in [22, 80, 443] and not ip.saddr == 10.0.0.1) {
            log("tcp to ", tcp.dport, "\n")
            accept
        }
    }
    if (!(ip.ttl < 2) || ct.state == established) { accept } else { syslog(INFO, "odd ", ip.saddr) }
    drop
}
Filter::IP guard2 { accept }
"#;

#[test]
fn a_complete_nacl_has_no_errors_and_every_construct_parses() {
    valid(GOOD);
    let (program, diags) = parse(GOOD, &Limits::default());
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(program.items.len(), 7);
    assert_eq!(program.comments.len(), 3);
    // Positions: ANTLR's (line from 1, column from 0) on the node.
    let Item::Typed(t) = &program.items[0] else {
        panic!()
    };
    assert_eq!((t.type_t.span.line, t.type_t.span.col), (5, 0));
    assert_eq!((t.name.span.line, t.name.span.col), (5, 6));
    let Item::Init(limits) = &program.items[3] else {
        panic!()
    };
    let ast::ValueKind::Obj(pairs) = &limits.value.kind else {
        panic!()
    };
    assert_eq!(pairs[0].value.kind, ast::ValueKind::Integer("-3".into()));
    assert_eq!(pairs[1].value.kind, ast::ValueKind::Decimal("2.5".into()));
    assert!(matches!(pairs[2].value.kind, ast::ValueKind::Range(..)));
    assert!(matches!(pairs[3].value.kind, ast::ValueKind::Cidr { .. }));
}

#[test]
fn strings_keep_their_text_but_not_comments() {
    let (program, _) = parse("s: \"a  b /* gone */ c\"", &Limits::default());
    let Item::Init(i) = &program.items[0] else {
        panic!()
    };
    assert_eq!(i.value.kind, ast::ValueKind::Str("a  b  c".into()));
}

#[test]
fn syntax_errors_say_what_was_found_and_expected_and_all_are_reported() {
    let src = "Iface a {\n  index: 0,,\n}\nx: [1, 2\ny 3 4\nFilter::IP f { }\nok: 1\n";
    let diags = check(src);
    let syntax: Vec<_> = diags.iter().filter(|d| d.code == "syntax").collect();
    assert!(syntax.len() >= 3, "{diags:#?}");
    assert_eq!((syntax[0].line, syntax[0].column), (2, 12));
    assert_eq!(syntax[0].message, "expected a key (a name), found ','");
    assert!(
        diags
            .iter()
            .any(|d| d.line == 6 && d.message.contains("cannot be empty"))
    );
}

#[test]
fn unknown_characters_are_reported_and_skipped() {
    fails("x: 1 @\ny: 2", "unknown-character", 1, 6);
    fails("x: 1 = 2", "unknown-character", 1, 6);
    fails("/* never closed\nx: 1", "syntax", 1, 1);
}

#[test]
fn a_string_that_never_ends_is_an_error_at_its_quote() {
    fails("x: \"abc\ny: 2\n", "syntax", 1, 4);
}

#[test]
fn unknown_types() {
    fails("Ifac eth0 dhcp", "unknown-type", 1, 1);
    fails("Filter f { index: 0 }", "unknown-type", 1, 1);
    fails("Iface::IP f { accept }", "unknown-type", 1, 1);
    valid("Iface eth0 dhcp\neth0.index: 0");
}

#[test]
fn duplicate_names_and_singletons() {
    fails("a: 1\na: 2", "duplicate-name", 2, 1);
    valid("a: 1\nb: 2");
    fails(
        "Syslog s { address: 10.0.0.1 }\nSyslog t { address: 10.0.0.2 }",
        "only-one-allowed",
        2,
        1,
    );
}

#[test]
fn invalid_and_missing_names() {
    fails("my-var: 1", "invalid-name", 1, 1);
    fails("TCP: 1", "invalid-name", 1, 1);
    fails("Filter::IP { accept }", "missing-name", 1, 1);
    valid("my_var: 1");
}

#[test]
fn undefined_references() {
    fails(
        "Iface eth0 { index: 0, address: nowhere }",
        "undefined-reference",
        1,
        33,
    );
    fails("ghost.index: 1", "undefined-reference", 1, 1);
    fails(
        "t: { a: 1 }\nFilter::IP f { if (ip.saddr == missing) { accept } drop }",
        "undefined-reference",
        2,
        32,
    );
    valid("addr: 10.0.0.1\nIface eth0 { index: 0, address: addr }");
    // A plain value nobody uses is only resolved where used: a warning, not an error.
    let d = check("x: nothing");
    assert!(!has_errors(&d) && d.len() == 1, "{d:?}");
}

#[test]
fn addresses_masks_and_ranges() {
    fails("x: { a: 10.0.0.256 }", "invalid-address", 1, 9);
    fails("x: { a: 10.0.0.0/33 }", "invalid-mask", 1, 9);
    fails("x: { a: 1-10.0.0.1 }", "invalid-range", 1, 9);
    valid("x: { a: 10.0.0.255, b: 10.0.0.0/32, c: 1-2 }");
}

#[test]
fn iface_members() {
    fails("Iface e { address: 10.0.0.1 }", "missing-member", 1, 9);
    fails("Iface e { index: 0, colour: 1 }", "unknown-member", 1, 21);
    fails("Iface e { index: 0, index: 1 }", "duplicate-member", 1, 21);
    fails("Iface e { index: 0 }\ne.index: 1", "duplicate-member", 2, 1);
    fails(
        "Iface e { index: 0, address: 5 }",
        "wrong-value-type",
        1,
        30,
    );
    fails(
        "Iface e { index: 0, masquerade: yes }",
        "undefined-reference",
        1,
        33,
    );
    fails(
        "Iface e { index: 0, masquerade: 1 }",
        "wrong-value-type",
        1,
        33,
    );
    fails(
        "Iface e { index: 0, config: sometimes }",
        "invalid-value",
        1,
        29,
    );
    fails("Iface e 42", "wrong-value-type", 1, 9);
    fails("Iface e dhcpish", "invalid-value", 1, 9);
    fails(
        "Iface e { index: 0 }\nIface f { index: 0 }",
        "duplicate-index",
        2,
        18,
    );
    fails(
        "Iface e { index: 0, input: nothing }",
        "not-a-function",
        1,
        28,
    );
    valid("Iface e { index: 0, masquerade: true, config: static }\nIface f { index: 1 }");
}

#[test]
fn vlan_ifaces() {
    fails("Iface v { index: 0, vlan: 5 }", "missing-member", 1, 9);
    fails(
        "Iface v { index: 0, vlan: 5, config: dhcp, address: 10.0.0.1 }",
        "invalid-value",
        1,
        38,
    );
    fails(
        "Iface v { index: 0, vlan: 5, address: 10.0.0.1, netmask: 255.0.0.0, buffer_limit: 10 }",
        "invalid-value",
        1,
        9,
    );
    // Vlans may share their card's index.
    valid(
        "Iface e { index: 0 }\nIface v { index: 0, vlan: 5, address: 10.0.0.1, netmask: 255.0.0.0 }",
    );
}

#[test]
fn gateway_routes() {
    let iface = "Iface e { index: 0 }\n";
    fails(
        &format!("{iface}Gateway g {{ r: {{ net: 10.0.0.0, iface: e }} }}"),
        "missing-member",
        2,
        16,
    );
    fails(
        &format!("{iface}Gateway g {{ r: {{ net: 10.0.0.0, netmask: 255.0.0.0, iface: x }} }}"),
        "undefined-reference",
        2,
        60,
    );
    fails(
        &format!("{iface}Gateway g {{ r: {{ via: 1 }} }}"),
        "unknown-member",
        2,
        18,
    );
    fails(
        &format!("{iface}Gateway g {{ r: 5 }}"),
        "unknown-member",
        2,
        13,
    );
    fails(&format!("{iface}Gateway g 5"), "wrong-value-type", 2, 11);
    fails(
        &format!("{iface}Gateway g {{ send_time_exceeded: 3 }}"),
        "wrong-value-type",
        2,
        33,
    );
    fails(
        &format!("{iface}Nat::IP n {{ dnat(10.0.0.1) }}\nGateway g {{ forward: n }}"),
        "not-a-function",
        3,
        22,
    );
    valid(&format!(
        "{iface}Gateway g [ {{ host: 10.0.0.1, netmask: 255.255.255.255, iface: e }} ]"
    ));
    valid(&format!(
        "{iface}Gateway g {{ r: {{ net: 10.0.0.0, netmask: 255.0.0.0 }} }}\ng.r.iface: e"
    ));
}

#[test]
fn functions() {
    fails("Filter::SCTP f { accept }", "invalid-function", 1, 9);
    fails(
        "Filter::TCP f { Filter::UDP { accept } accept }",
        "invalid-function",
        1,
        25,
    );
    fails(
        "Filter::IP f { Nat::IP { accept } accept }",
        "invalid-function",
        1,
        16,
    );
    fails("Filter::IP f { dnat(10.0.0.1) }", "invalid-action", 1, 16);
    fails("Filter::IP f { accept(1) }", "invalid-action", 1, 16);
    fails("Filter::IP f { jump }", "invalid-action", 1, 16);
    fails(
        "Filter::IP f { syslog(LOUD, \"x\") }",
        "invalid-action",
        1,
        23,
    );
    fails("Filter::IP f { syslog(INFO) }", "invalid-action", 1, 16);
    fails(
        "Filter::IP f { if (udp.dport == 53) { accept } drop }",
        "invalid-value",
        1,
        20,
    );
    fails(
        "Filter::IP f { if (ip.colour == 1) { accept } drop }",
        "invalid-value",
        1,
        20,
    );
    fails(
        "Filter::IP f { if ([1, 2] in ip.ttl) { accept } drop }",
        "invalid-condition",
        1,
        20,
    );
    fails(
        "Filter::TCP t { accept }\nFilter::UDP f { t }",
        "invalid-action",
        2,
        17,
    );
    fails(
        "Filter::IP f { if (ip.ttl > 1) { accept } }\nIface e { index: 0, input: f }",
        "invalid-function",
        1,
        1,
    );
    fails(
        "Filter::TCP f { accept }\nIface e { index: 0, input: f }",
        "invalid-function",
        1,
        1,
    );
    valid("Filter::TCP t { accept }\nFilter::IP f { t drop }\nIface e { index: 0, input: f }");
    valid("Nat::IP n { if (ip.daddr == 10.0.0.1) { dnat(10.0.0.2, 80) } snat(10.0.0.3) }");
}

#[test]
fn every_error_is_reported_not_only_the_first() {
    let src =
        "Iface a { index: 0, colour: 1 }\nIface b { index: 1, address: 10.0.0.999 }\nNope c 1\n";
    assert_eq!(
        codes_of(src),
        ["unknown-member", "invalid-address", "unknown-type"]
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for (open, close) in [("[", "]"), ("{a:", "}")] {
        let src = format!("x: {}1{}", open.repeat(100_000), close.repeat(100_000));
        let d = check(&src);
        assert_eq!(d[0].code, "too-deep", "{:?}", &d[..1]);
    }
    let src = format!(
        "Filter::IP f {{ if ({}ip.ttl > 1{}) {{ accept }} drop }}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    assert_eq!(check(&src)[0].code, "too-deep");
    let src = format!(
        "Filter::IP f {{ {} accept {} }}",
        "Filter::IP {".repeat(50_000),
        "}".repeat(50_000)
    );
    assert_eq!(check(&src)[0].code, "too-deep");
    // A long `and`/`or` chain is a deep tree too (the checks and the formatter recurse into
    // it, and dropping it recursed): it counts against the limit.
    let src = format!(
        "Filter::IP f {{ if (ip.ttl > 1{}) {{ accept }} drop }}",
        " and ip.ttl > 1".repeat(200_000)
    );
    let d = check(&src);
    assert_eq!(d[0].code, "too-deep", "{:?}", &d[..1]);
    assert!(d[0].message.contains("'and'/'or'"), "{}", d[0].message);
    assert!(fmt::format(&src).is_err());
    assert!(transpile(&src).is_err());
    // Within the limit, nesting is fine.
    valid(&format!("x: {}1{}", "[".repeat(60), "]".repeat(60)));
    valid(&format!(
        "Filter::IP f {{ if (ip.ttl > 1{}) {{ accept }} drop }}\nIface e {{ index: 0, input: f }}",
        " or ip.ttl < 1".repeat(40)
    ));
}

#[test]
fn a_huge_input_is_an_error_and_a_large_one_parses() {
    let line = "x_0: { a: 10.0.0.1, b: [1, 2, 3], c: \"text\" }\n";
    let huge = line.repeat((10 << 20) / line.len() + 1);
    let d = check(&huge);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "too-large");
    // 1 MiB of statements parses, checks and formats (proptests.rs checks 10 MiB).
    let mut big = String::new();
    let mut i = 0;
    while big.len() < 1 << 20 {
        big.push_str(&format!(
            "x_{i}: {{ a: 10.0.0.1, b: [1, 2, 3], c: \"text\" }}\n"
        ));
        i += 1;
    }
    valid(&big);
    // Garbage stops after max_diagnostics errors instead of growing without bound.
    let d = check(&"@".repeat(100_000));
    assert_eq!(d.len(), Limits::default().max_diagnostics + 1);
}

#[test]
fn diagnostics_serialize_as_the_api_returns_them() {
    let d = &check("Iface eth0 { index: 0, address: 10.0.0.300 }")[0];
    let json = serde_json::to_value(d).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({
            "severity": "error", "line": 1, "column": 33, "end_line": 1, "end_column": 43,
            "message": "IPv4 address 10.0.0.300 has a part greater than 255",
            "code": "invalid-address"
        })
    );
}

#[test]
fn render_shows_the_line_and_a_caret_under_the_column() {
    let src = "x: 1\n\ty: @\n";
    let out = diag::render("f.nacl", src, &check(src));
    assert!(
        out.starts_with("f.nacl:2:5: unexpected character '@'"),
        "{out}"
    );
    assert!(out.contains("    \ty: @\n    \t   ^\n"), "{out:?}");
}

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn the_parser_never_panics_on_random_or_mutated_input() {
    const PIECES: &[&str] = &[
        "Iface", "Filter", "::", "IP", "TCP", "{", "}", "[", "]", "(", ")", ":", ",", ".", "-",
        "/", "\"", "if", "else", "and", "or", "not", "!", "==", "!=", "<", ">=", "in", "accept",
        "drop", "10", "0", "255", "300", "ip", "saddr", "x", "eth0", "index", "\n", " ", "\t",
        "//", "/*", "*/", "#", "\\n", "true", "é", "@", "=", "&", "|",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let seed = GOOD.as_bytes();
    let start = std::time::Instant::now();
    let mut runs = 0;
    while start.elapsed() < std::time::Duration::from_secs(2) || runs < 200 {
        // Half random token soup, half mutations of a valid NaCl.
        let src = if runs % 2 == 0 {
            (0..rng.below(200))
                .map(|_| PIECES[rng.below(PIECES.len())])
                .collect::<String>()
        } else {
            let mut bytes = seed.to_vec();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                match rng.below(3) {
                    0 => {
                        bytes.remove(at);
                    }
                    1 => bytes.insert(at, seed[rng.below(seed.len())]),
                    _ => {
                        let end = (at + rng.below(40)).min(bytes.len());
                        let chunk = bytes[at..end].to_vec();
                        let to = rng.below(bytes.len());
                        bytes.splice(to..to, chunk);
                    }
                }
            }
            String::from_utf8_lossy(&bytes).into_owned()
        };
        let diags = check(&src);
        let lines = src.lines().count().max(1) as u32;
        for d in &diags {
            assert!(
                d.line >= 1 && d.line <= lines + 1 && d.column >= 1,
                "{src:?}: {d:?}"
            );
        }
        let _ = diag::render("fuzz", &src, &diags);
        runs += 1;
    }
}

/// Like [`fails`], at the first occurrence of `at` in `src`.
#[track_caller]
fn fails_at(src: &str, code: &str, at: &str) {
    let offset = src
        .find(at)
        .unwrap_or_else(|| panic!("{at:?} not in {src}"));
    let before = &src[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
    fails(src, code, line, column);
}

pub(super) const LB_IFACES: &str =
    "Iface outside { index: 0, address: 10.0.0.2, netmask: 255.255.255.0 }
Iface inside { index: 1, address: 10.1.0.2, netmask: 255.255.255.0 }
Filter::IP guard { accept }
";

fn lb(body: &str) -> String {
    format!("{LB_IFACES}Load_balancer lb {body}\n")
}

#[test]
fn load_balancers() {
    let good = "{ layer: tcp, clients: { iface: outside, port: 80 }, \
                servers: { iface: inside, algorithm: round_robin, pool: [{ address: 10.1.0.10, port: 80 }] } }";
    valid(&lb(good));
    valid(&format!(
        "{LB_IFACES}nodes: [ {{ address: 10.1.0.10, port: 80 }}, web2 ]
web2: {{ address: 10.1.0.11, port: 8080 }}
front: {{ iface: outside, port: 443 }}
Load_balancer lb {{
    layer: TCP,
    clients: front,
    servers: {{ iface: inside, algorithm: round_robin, pool: nodes }}
}}
lb.clients.session_limit: 500
lb.clients.wait_queue_limit: 50
"
    ));
    let with = |from: &str, to: &str| lb(&good.replacen(from, to, 1));
    fails_at(&with("layer: tcp", "layer: udp"), "invalid-value", "udp");
    fails_at(&with("layer: tcp, ", ""), "missing-member", "Load_balancer");
    fails_at(
        &with("layer: tcp", "layer: tcp, colour: 1"),
        "unknown-member",
        "colour",
    );
    fails_at(
        &with("port: 80 }", "port: 80, algorithm: round_robin }"),
        "unknown-member",
        "algorithm: round_robin }",
    );
    fails_at(
        &with("iface: outside", "iface: guard"),
        "undefined-reference",
        "guard, port",
    );
    fails_at(
        &with("iface: outside", "iface: nowhere"),
        "undefined-reference",
        "nowhere",
    );
    fails_at(
        &with("iface: outside", "iface: 10.0.0.2"),
        "wrong-value-type",
        "10.0.0.2, port",
    );
    fails_at(&with("round_robin", "fastest"), "invalid-value", "fastest");
    fails_at(
        &with(", port: 80 }]", " }]"),
        "missing-member",
        "{ address: 10.1.0.10",
    );
    fails_at(
        &with("port: 80 }]", "port: 80, weight: 2 }]"),
        "unknown-member",
        "weight",
    );
    fails_at(
        &with("[{ address: 10.1.0.10, port: 80 }]", "80"),
        "wrong-value-type",
        "80 } }",
    );
    fails_at(
        &with("[{ address: 10.1.0.10, port: 80 }]", "[5]"),
        "wrong-value-type",
        "5]",
    );
    fails_at(
        &with("[{ address: 10.1.0.10, port: 80 }]", "outside"),
        "wrong-value-type",
        "outside } }",
    );
    fails_at(
        &with("[{ address: 10.1.0.10, port: 80 }]", "nothing"),
        "undefined-reference",
        "nothing",
    );
    fails_at(
        &with(
            "[{ address: 10.1.0.10, port: 80 }]",
            "[{ address: 10.1.0.300, port: 80 }]",
        ),
        "invalid-address",
        "10.1.0.300",
    );
    fails_at(
        &with(", pool: [{ address: 10.1.0.10, port: 80 }]", ""),
        "missing-member",
        "Load_balancer",
    );
    fails_at(
        &with(", port: 80 }", " }"),
        "missing-member",
        "Load_balancer",
    );
    fails_at(
        &with("clients: { iface: outside, port: 80 }", "clients: guard"),
        "wrong-value-type",
        "guard, servers",
    );
    fails_at(
        &with("clients: { iface: outside, port: 80 }", "clients: 80"),
        "wrong-value-type",
        "80, servers",
    );
    fails_at(
        &(lb(good) + "lb.clients.colour: 1\n"),
        "unknown-member",
        "1\n",
    );
    fails_at(
        &(lb(good) + "lb.clients.port: 81\n"),
        "duplicate-member",
        "lb.clients.port",
    );
    fails_at(
        &(lb(good) + "lb.nothing.port: 81\n"),
        "undefined-reference",
        "81",
    );
    fails_at(
        &(lb(good) + "Load_balancer lb2 " + good),
        "only-one-allowed",
        "Load_balancer lb2",
    );
    fails_at(&lb("5"), "wrong-value-type", "5\n");
    // A member given by name is checked as if written in place, each key at the name.
    fails_at(
        &format!(
            "{LB_IFACES}front: {{ iface: outside, speed: 1 }}\n{}",
            lb(good)
                .lines()
                .last()
                .unwrap_or_default()
                .replace("{ iface: outside, port: 80 }", "front")
        ),
        "unknown-member",
        "front,",
    );
}

#[test]
fn syslogs() {
    valid("Syslog log_host { address: 10.0.0.5, port: 514 }");
    valid("Syslog log_host { address: 10.0.0.5 }\nlog_host.port: 514");
    fails_at("Syslog s { address: 10.0.0.5 }", "missing-member", "Syslog");
    fails_at(
        "Syslog s { address: 10.0.0.5, port: 514, proto: udp }",
        "unknown-member",
        "proto",
    );
    fails_at(
        "Syslog s { Address: 10.0.0.5, port: 514 }",
        "unknown-member",
        "Address",
    );
    fails_at(
        "Syslog s { address: { a: 1 }, port: 514 }",
        "unknown-member",
        "a: 1",
    );
    fails_at(
        "Syslog s { address: 10.0.0.500, port: 514 }",
        "invalid-address",
        "10.0.0.500",
    );
    fails_at(
        "Syslog s { address: nowhere, port: 514 }",
        "undefined-reference",
        "nowhere",
    );
    fails(
        "Syslog s { address: 10.0.0.5, port: 514 }\ns.level: 1",
        "unknown-member",
        2,
        10,
    );
    fails_at("Syslog s 10.0.0.5", "wrong-value-type", "10.0.0.5");
}

#[test]
fn timers() {
    valid("Timer t { interval: 30, data: [timestamp, cpu, stack-sampling, timers] }");
    valid("metrics: [memory, lb]\nTimer t { Interval: every, data: metrics }\nevery: 10");
    valid("Timer t { interval: 30 }\nt.data: [stats]");
    fails_at("Timer t { interval: 0, data: [cpu] }", "invalid-value", "0");
    fails_at(
        "Timer t { interval: (-5), data: [cpu] }",
        "invalid-value",
        "(-5)",
    );
    fails_at(
        "Timer t { interval: 1.5, data: [cpu] }",
        "invalid-value",
        "1.5",
    );
    fails_at(
        "Timer t { interval: soon, data: [cpu] }",
        "undefined-reference",
        "soon",
    );
    fails_at("Timer t { interval: 5 }", "missing-member", "Timer");
    fails_at(
        "Timer t { interval: 5, data: [cpu, disk] }",
        "invalid-value",
        "disk",
    );
    fails_at(
        "Timer t { interval: 5, data: [cpu, 7] }",
        "invalid-value",
        "7",
    );
    fails_at("Timer t { interval: 5, data: 7 }", "wrong-value-type", "7");
    fails_at(
        "m: { a: cpu }\nTimer t { interval: 5, data: m }",
        "wrong-value-type",
        "m }",
    );
    fails_at(
        "Timer t { interval: 5, data: nothing }",
        "undefined-reference",
        "nothing",
    );
    fails_at(
        "Timer t { interval: 5, data: [cpu], colour: red }",
        "unknown-member",
        "colour",
    );
    fails_at(
        "Timer t { interval: { a: 1 }, data: [cpu] }",
        "unknown-member",
        "a: 1",
    );
}

#[test]
fn conntracks() {
    valid(
        "Conntrack conn {
    limit: 20000,
    reserve: 10000,
    stateful_tcp: true,
    timeout: { established: { tcp: 3600, udp: 60 }, confirmed: { icmp: 30 } }
}
conn.timeout.unconfirmed: { tcp: 10 }
conn.timeout.established.icmp: 10",
    );
    valid("Conntrack conn { limit: 10 }");
    fails_at(
        "Conntrack conn { limit: 10, size: 1 }",
        "unknown-member",
        "size",
    );
    fails_at(
        "Conntrack conn { timeout: { closing: { tcp: 1 } } }",
        "unknown-member",
        "closing",
    );
    fails_at(
        "Conntrack conn { timeout: { confirmed: { sctp: 1 } } }",
        "unknown-member",
        "sctp",
    );
    fails_at(
        "Conntrack conn { limit: { a: { b: 1 } } }",
        "unknown-member",
        "b: 1",
    );
    fails_at(
        "Conntrack conn { timeout: { confirmed: { tcp: { x: 1 } } } }",
        "unknown-member",
        "x: 1",
    );
    fails_at(
        "Conntrack conn { timeout: 5 }",
        "wrong-value-type",
        "Conntrack",
    );
    fails_at(
        "Conntrack conn { timeout: { confirmed: 5 } }",
        "wrong-value-type",
        "Conntrack",
    );
    fails_at(
        "Conntrack conn { timeout: { confirmed: { tcp: 5 } } }\nconn.timeout.confirmed.tcp: 6",
        "duplicate-member",
        "conn.timeout",
    );
    fails_at(
        "Conntrack conn { limit: 5 }\nconn.timeout.confirmed: { tcp: 6 }",
        "undefined-reference",
        "{ tcp: 6 }",
    );
    fails_at("Conntrack conn dhcp", "wrong-value-type", "dhcp");
}

#[test]
fn member_paths() {
    let net = "net: { inside: { address: 10.1.0.1, mask: 255.255.255.0 } }
net.outside: 10.0.0.1
";
    let iface = |address: &str| format!("{net}Iface e {{ index: 0, address: {address} }}\n");
    valid(&iface("net.inside.address"));
    valid(&iface("net.outside"));
    valid(&format!(
        "{net}Iface e {{ index: 0, address: 10.0.0.2, netmask: net.inside.mask }}
e.gateway: 10.0.0.1
Filter::IP f {{ if (ip.saddr == e.address or ip.daddr == e.gateway) {{ accept }} }}
"
    ));
    fails_at(
        &iface("net.inside.gateway"),
        "undefined-reference",
        "net.inside.gateway",
    );
    fails_at(
        &iface("net.outside.x"),
        "undefined-reference",
        "net.outside.x",
    );
    fails_at(
        &iface("net.nothing.x"),
        "undefined-reference",
        "net.nothing.x",
    );
    fails_at(
        "num: 5\nIface e { index: 0, address: num.a }",
        "undefined-reference",
        "num.a",
    );
    fails_at(
        "Iface e { index: 0, address: 10.0.0.2 }
Filter::IP f { if (ip.saddr == e.gateway) { accept } }",
        "undefined-reference",
        "e.gateway",
    );
    fails_at(
        &format!("{net}net.inside.address: 10.0.0.9"),
        "duplicate-member",
        "net.inside.address:",
    );
    fails_at(
        &format!("{net}net.nothing.x: 10.0.0.9"),
        "undefined-reference",
        "10.0.0.9",
    );
    fails_at(
        &format!("{net}net.outside.y: 10.0.0.9"),
        "undefined-reference",
        "net.outside.y",
    );
}

#[test]
fn fmt_lays_out_canonically_and_keeps_comments() {
    let src = "# head\n\n\nIface   eth0 {index:0,   // card\naddress : 10.0.0.1 ,\n  input:[f,g]}\nx:{a:{b:(-1)},c:[{d:1}]}\n/* block */ Filter::IP f{if(ip.saddr==10.0.0.1&&!tcp.dport in [1,2]){accept}else{Filter::TCP{drop}}}\nFilter::IP g {\n// only drop\ndrop\n}\ns: \"a /* b */ c\"";
    let want = "# head

Iface eth0 {
    index: 0, // card
    address: 10.0.0.1,
    input: [f, g]
}
x: {
    a: {
        b: (-1)
    },
    c: [
        {
            d: 1
        }
    ]
}
/* block */
Filter::IP f {
    if (ip.saddr == 10.0.0.1 and not tcp.dport in [1, 2]) {
        accept
    } else {
        Filter::TCP {
            drop
        }
    }
}
Filter::IP g {
    // only drop
    drop
}
s: \"a /* b */ c\"
";
    let got = fmt::format(src).expect("parses");
    assert_eq!(got, want);
    assert_eq!(fmt::format(&got).expect("parses"), got);
    formats_idempotently(GOOD);
    assert!(fmt::format("Iface {").is_err());
}
