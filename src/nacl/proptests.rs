//! Property tests (a fuzzer that runs with every `cargo test`): arbitrary bytes, arbitrary
//! characters, NaCl token soup and valid NaCls with characters inserted, deleted and replaced
//! never make the parser, the checks, the formatter or the transpiler panic or report a
//! position outside the text; formatting a valid NaCl is idempotent and keeps it valid with the
//! same C++. Then the bounds: a 10 MiB input and nesting far deeper than the limit.
//!
//! The case counts keep the whole file to a few seconds in a debug build; raise them for a
//! longer run with `PROPTEST_CASES=100000 cargo test --lib nacl::proptests`.

use proptest::prelude::*;
use proptest::sample::{Index, select};

use super::*;

/// Valid NaCls of these tests, between them every kind of statement, value and type.
fn seeds() -> Vec<String> {
    vec![
        super::tests::GOOD.to_owned(),
        super::transpile::tests::WEB.to_owned(),
        format!(
            "{}Load_balancer lb {{
    layer: tcp,
    clients: {{ iface: outside, port: 80, wait_queue_limit: 10 }},
    servers: {{ iface: inside, algorithm: round_robin, pool: [{{ address: 10.1.0.10, port: 80 }}, web2] }}
}}
web2: {{ address: 10.1.0.11, port: 8080 }}
Syslog log_host {{ address: 10.0.0.5, port: 514 }}
Timer t {{ interval: 30, data: [timestamp, cpu, stack-sampling, timers] }}
Conntrack conn {{
    limit: 20000,
    timeout: {{ established: {{ tcp: 3600, udp: 60 }}, confirmed: {{ icmp: 30 }} }}
}}
Iface v {{ index: 1, vlan: 5, address: 10.2.0.1, netmask: 255.255.0.0 }}
Nat::IP n {{ if (ip.daddr == 10.0.0.1) {{ dnat(10.0.0.2, 80) }} snat(10.0.0.3) }}
Gateway gw {{
    r1: {{ net: 10.3.0.0, netmask: 255.255.0.0, iface: outside, nexthop: 10.0.0.1 }},
    forward: guard
}}
",
            super::tests::LB_IFACES
        ),
    ]
}

/// Pieces of NaCl (and of what is not NaCl) for token soup.
const PIECES: &[&str] = &[
    "Iface",
    "Filter",
    "Nat",
    "Gateway",
    "Load_balancer",
    "Syslog",
    "Timer",
    "Conntrack",
    "Vlan",
    "::",
    "IP",
    "TCP",
    "UDP",
    "ICMP",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ":",
    ",",
    ".",
    "-",
    "/",
    "\"",
    "if",
    "else",
    "and",
    "or",
    "not",
    "!",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "in",
    "&&",
    "||",
    "accept",
    "drop",
    "log",
    "syslog",
    "dnat",
    "snat",
    "10",
    "0",
    "255",
    "300",
    "(-1)",
    "2.5",
    "10.0.0.1",
    "10.0.0.0/8",
    "1-2",
    "ip",
    "saddr",
    "tcp.dport",
    "ct.state",
    "x",
    "eth0",
    "index",
    "address",
    "netmask",
    "input",
    "pool",
    "\n",
    " ",
    "\t",
    "\r",
    "//",
    "/*",
    "*/",
    "#",
    "\\n",
    "true",
    "false",
    "é",
    "@",
    "=",
    "&",
    "|",
    "\u{0}",
    "\u{feff}",
    "😀",
];

#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, char),
    Delete(Index),
    Replace(Index, char),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Characters NaCl gives a meaning to, most of the time; any character now and then.
    let ch = prop_oneof![
        4 => select(
            "{}[]():,./-\"#*!=<>&| \n\tabcdefipxyz0123456789_"
                .chars()
                .collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ];
    prop_oneof![
        (any::<Index>(), ch.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), ch).prop_map(|(i, c)| Edit::Replace(i, c)),
    ]
}

fn mutate(seed: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for e in edits {
        match e {
            Edit::Insert(at, c) => {
                let at = at.index(chars.len() + 1);
                chars.insert(at, *c);
            }
            Edit::Delete(at) if !chars.is_empty() => {
                chars.remove(at.index(chars.len()));
            }
            Edit::Replace(at, c) if !chars.is_empty() => {
                let at = at.index(chars.len());
                chars[at] = *c;
            }
            _ => {}
        }
    }
    chars.into_iter().collect()
}

/// Everything the module does with a text: none of it panics, every position is in the text,
/// and a NaCl without errors formats idempotently into a NaCl without errors and the same C++.
fn everything(src: &str) -> Result<(), TestCaseError> {
    let (_, syntax) = parse(src, &Limits::default());
    let diags = check(src);
    // Lines are what the lexer counts (`\n`); the end of the file is one past the last line.
    let lines = src.matches('\n').count() as u32 + 1;
    for d in syntax.iter().chain(&diags) {
        prop_assert!(
            (1..=lines).contains(&d.line) && d.column >= 1,
            "{d:?} outside the text"
        );
        prop_assert!(
            (d.line, d.column) <= (d.end_line, d.end_column),
            "{d:?} ends before it starts"
        );
    }
    let _ = diag::render("fuzz", src, &diags);
    let formatted = fmt::format(src);
    let cpp = transpile(src);
    if has_errors(&diags) {
        prop_assert!(cpp.is_err(), "an invalid NaCl transpiled");
    }
    if let Ok(once) = &formatted {
        let twice = fmt::format(once);
        prop_assert_eq!(Ok(once), twice.as_ref(), "formatting is not idempotent");
    }
    if !has_errors(&diags) {
        let Ok(once) = formatted else {
            return Err(TestCaseError::fail("a valid NaCl did not format"));
        };
        let after = check(&once);
        prop_assert!(
            !has_errors(&after),
            "formatting broke it:\n{once}\n{after:#?}"
        );
        // The C++ names no positions, so the same program gives the same text, but for the
        // spelling of `or` and `and`: the transpiler writes a condition's `||` and `&&` as
        // they were in the NaCl (C++ has both spellings), and the formatter spells them out.
        let spelled = |cpp: Result<String, Vec<Diagnostic>>| {
            cpp.ok()
                .map(|c| c.replace(" || ", " or ").replace(" && ", " and "))
        };
        prop_assert_eq!(
            spelled(cpp),
            spelled(transpile(&once)),
            "formatting changed the C++:\n{}",
            once
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        everything(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn arbitrary_characters_never_panic(src in any::<String>()) {
        everything(&src)?;
    }

    #[test]
    fn token_soup_never_panics(pieces in prop::collection::vec(select(PIECES), 0..300)) {
        everything(&pieces.concat())?;
    }

    #[test]
    fn mutated_valid_nacl_never_panics_and_formats_when_valid(
        seed in any::<Index>(),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let seeds = seeds();
        let src = mutate(seed.get::<String>(&seeds), &edits);
        everything(&src)?;
    }
}

#[test]
fn the_seeds_are_valid_and_format_idempotently() {
    for seed in seeds() {
        let diags = check(&seed);
        assert!(!has_errors(&diags), "{seed}\n{diags:#?}");
        assert!(transpile(&seed).is_ok(), "{seed}");
        everything(&seed).unwrap_or_else(|e| panic!("{seed}\n{e}"));
    }
}

/// 10 MiB of NaCl (a valid block repeated with numbered names), of random bytes and of
/// brackets: each finishes, on a thread with the stack of a tokio worker (recursion is bounded
/// by [`Limits::max_depth`], not by the input), and the default limits refuse the size at once.
#[test]
fn ten_mib_of_nacl_or_garbage_finishes_on_a_worker_stack() {
    const SIZE: usize = 10 << 20;
    let mut nacl = String::with_capacity(SIZE + 1024);
    let mut i = 0;
    while nacl.len() < SIZE {
        nacl.push_str(&format!(
            "Iface eth{i} {{ index: {i}, address: 10.{}.{}.1, netmask: 255.255.255.0, input: f{i} }}\n\
             Filter::IP f{i} {{\n    if (ip.saddr in 10.0.0.0/8 and not ip.ttl < 2) {{\n        \
             Filter::TCP {{ if (tcp.dport in [22, 80, 443]) {{ accept }} }}\n    }}\n    drop\n}}\n\
             n{i}: {{ a: [1, 2, (-3)], b: \"text\", c: 1-2 }}\n",
            i / 250 % 250,
            i % 250
        ));
        i += 1;
    }
    // Random bytes, from a fixed seed.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let garbage: Vec<u8> = (0..SIZE)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let mut garbage = String::from_utf8_lossy(&garbage).into_owned();
    // (Invalid UTF-8 became U+FFFD, 3 bytes each: back to 10 MiB.)
    let mut end = SIZE;
    while !garbage.is_char_boundary(end) {
        end -= 1;
    }
    garbage.truncate(end);
    let brackets = format!("x: {}", "[".repeat(SIZE));
    let big = Limits {
        max_bytes: 16 << 20,
        ..Limits::default()
    };
    std::thread::Builder::new()
        // A tokio worker's stack (the server checks NaCl on one), in a debug build.
        .name("2 MiB stack".into())
        .stack_size(2 << 20)
        .spawn(move || {
            let diags = check_with(&nacl, &big);
            assert!(!has_errors(&diags), "{:#?}", &diags[..diags.len().min(3)]);
            let diags = check_with(&garbage, &big);
            assert!(has_errors(&diags));
            assert!(diags.len() <= big.max_diagnostics + 1, "{}", diags.len());
            let diags = check_with(&brackets, &big);
            assert_eq!(diags[0].code, "too-deep", "{:?}", diags[0]);
            assert!(
                diags[0]
                    .message
                    .starts_with("nesting deeper than 64 levels")
            );
            // With the default limits, 10 MiB is refused before it is read.
            for src in [&nacl, &garbage, &brackets] {
                let diags = check(src);
                assert_eq!(diags.len(), 1);
                assert_eq!(diags[0].code, "too-large");
                assert!(fmt::format(src).is_err());
                assert!(transpile(src).is_err());
            }
        })
        .expect("spawn")
        .join()
        .expect("no panic, no stack overflow");
}
