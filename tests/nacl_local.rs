//! `mothership validate FILE` without `--builder`: Mothership checks the NaCl itself, with no
//! server (the host given points nowhere, and nothing is listening there).

use crate::helper::cli::{mothership, stderr_of, stdout_of};

fn run(dir: &std::path::Path, file: &str, content: &str, extra: &[&str]) -> std::process::Output {
    let path = dir.join(file);
    std::fs::write(&path, content).expect("write NaCl");
    let path = path.to_str().expect("utf-8 path").to_owned();
    let mut cmd = mothership(dir);
    // A server that does not exist: the check must not need one.
    cmd.args(["--host", "https://127.0.0.1:9", "validate", &path])
        .args(extra);
    cmd.output().expect("run mothership")
}

#[test]
fn validate_without_a_builder_reports_every_error_with_a_caret_and_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = "Iface eth0 {\n  index: 0,\n  address: 10.0.0.300\n}\nIfac eth1 dhcp\n";
    let out = run(dir.path(), "bad.nacl", bad, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    let path = dir.path().join("bad.nacl");
    let path = path.display();
    assert!(
        stdout.contains(&format!(
            "{path}:3:12: IPv4 address 10.0.0.300 has a part greater than 255\n      address: 10.0.0.300\n               ^\n"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{path}:5:1: undefined type Ifac")),
        "{stdout}"
    );
    assert!(
        stderr_of(&out).contains("is not valid NaCl (2 errors)"),
        "{}",
        stderr_of(&out)
    );

    // JSON: the diagnostics as the API will return them.
    let out = run(dir.path(), "bad.nacl", bad, &["-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&out)).expect("JSON");
    assert_eq!(json[0]["code"], "invalid-address");
    assert_eq!(json[0]["line"], 3);
    assert_eq!(json[0]["column"], 12);
}

#[test]
fn validate_without_a_builder_accepts_a_valid_nacl() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = "Iface eth0 {\n  index: 0,\n  address: 10.0.0.30,\n  netmask: 255.255.255.0,\n  input: guard\n}\nFilter::IP guard {\n  if (ip.saddr in 10.0.0.0/24) { accept }\n  drop\n}\n";
    let out = run(dir.path(), "good.nacl", good, &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout_of(&out),
        stderr_of(&out)
    );
    assert!(stdout_of(&out).is_empty());
    assert!(stderr_of(&out).contains("good.nacl: valid"));
}

#[test]
fn nacl_fmt_formats_in_place_and_check_names_a_file_that_would_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("messy.nacl");
    let messy = "// uplink\nIface eth0 {index:0,address:10.0.0.30} # card\n";
    std::fs::write(&path, messy).expect("write NaCl");
    let file = path.to_str().expect("utf-8 path");
    let fmt = |extra: &[&str]| {
        let mut cmd = mothership(dir.path());
        cmd.args(["--host", "https://127.0.0.1:9", "nacl", "fmt", file])
            .args(extra);
        cmd.output().expect("run mothership")
    };

    let out = fmt(&["--check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains(&format!("{file} is not formatted")),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), messy);

    let out = fmt(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "// uplink\nIface eth0 {\n    index: 0,\n    address: 10.0.0.30\n} # card\n"
    );
    let out = fmt(&["--check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    // A file that does not parse is left alone, with its errors.
    std::fs::write(&path, "Iface eth0 {\n").expect("write NaCl");
    let out = fmt(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout_of(&out).contains(":2:1:"), "{}", stdout_of(&out));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "Iface eth0 {\n"
    );
}

/// `mothership nacl transpile FILE` prints the C++ (no server); an invalid file gets its
/// diagnostics as `validate` prints them, and exit 1.
#[test]
fn nacl_transpile_prints_the_cpp_or_the_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = "Iface eth0 {\n  index: 0,\n  address: 10.0.0.30,\n  netmask: 255.255.255.0,\n  input: guard\n}\nFilter::IP guard {\n  if (ip.saddr in 10.0.0.0/24) { accept }\n  drop\n}\n";
    std::fs::write(dir.path().join("good.nacl"), good).expect("write");
    let mut cmd = mothership(dir.path());
    cmd.current_dir(dir.path()).args([
        "--host",
        "https://127.0.0.1:9",
        "nacl",
        "transpile",
        "good.nacl",
    ]);
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let cpp = stdout_of(&out);
    assert!(
        cpp.starts_with("// This file is a part of the IncludeOS unikernel"),
        "{cpp}"
    );
    assert!(
        cpp.contains("\tauto& eth0 = Interfaces::get(0);\n"),
        "{cpp}"
    );
    assert!(
        cpp.contains("if (ip4::Cidr{10,0,0,0,24}.contains(pckt->ip_src())) {\nreturn {std::move(pckt), Filter_verdict_type::ACCEPT};\n}\n"),
        "{cpp}"
    );
    assert!(
        cpp.contains("\teth0.ip_obj().input_chain().chain.push_back(guard);\n"),
        "{cpp}"
    );

    std::fs::write(
        dir.path().join("bad.nacl"),
        "Iface eth0 {\n  address: 10.0.0.300\n}\n",
    )
    .expect("write");
    let mut cmd = mothership(dir.path());
    cmd.current_dir(dir.path()).args([
        "--host",
        "https://127.0.0.1:9",
        "nacl",
        "transpile",
        "bad.nacl",
    ]);
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stdout = stdout_of(&out);
    assert!(
        stdout.contains("bad.nacl:2:12: IPv4 address 10.0.0.300 has a part greater than 255\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("#include"), "{stdout}");
    assert!(
        stderr_of(&out).contains("nothing transpiled"),
        "{}",
        stderr_of(&out)
    );
}
