//! The content subcommands through the real binary against an in-process server over TLS:
//! images push/pull (with resume), nacls, uplinks, `-o json|id`, the old spellings.

use std::path::Path;
use std::process::Output;

use mothership::protocol::documents::DocumentSummary;
use mothership::protocol::images::Image;
use mothership::protocol::uplinks::Uplink;

use crate::helper::TestServer;
use crate::images::{elf, sha1_hex};

/// Runs `mothership ARGS` against `server`, in `dir`, with its own empty client config.
async fn cli(server: &TestServer, dir: &Path, args: &[&str]) -> Output {
    crate::helper::cli::against(server, &dir.join("xdg"), args)
        .current_dir(dir)
        .output()
        .await
        .expect("run mothership")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "failed: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    stdout(&o)
}

#[tokio::test]
async fn images_push_pull_list_inspect_delete() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = elf(700_000, 21);
    let id = sha1_hex(&bytes);
    std::fs::write(dir.path().join("service.bin"), &bytes).expect("write");

    let out = ok(cli(
        &server,
        dir.path(),
        &["images", "push", "service.bin", "--tag", "web", "-o", "id"],
    )
    .await);
    assert_eq!(out, format!("{id}\n"), "only the ID, no progress output");
    // The old spelling; same bytes give the same image.
    let out = ok(cli(
        &server,
        dir.path(),
        &["push-image", "service.bin", "-o", "json"],
    )
    .await);
    let image: Image = serde_json::from_str(&out).expect("json image");
    assert_eq!(
        (image.id.as_str(), image.tag.as_deref()),
        (id.as_str(), Some("web"))
    );

    assert_eq!(
        ok(cli(&server, dir.path(), &["images", "-o", "id"]).await),
        format!("{id}\n")
    );
    let listed: Vec<Image> = serde_json::from_str(&ok(cli(
        &server,
        dir.path(),
        &["images", "list", "-o", "json"],
    )
    .await))
    .expect("json list");
    assert_eq!(listed, vec![image.clone()]);
    let table = ok(cli(&server, dir.path(), &["images", "list"]).await);
    assert!(
        table.contains(&id[..12]) && table.contains("web"),
        "{table}"
    );

    ok(cli(
        &server,
        dir.path(),
        &["images", "pull", &id[..8], "-O", "copy.bin"],
    )
    .await);
    assert_eq!(
        std::fs::read(dir.path().join("copy.bin")).expect("read"),
        bytes
    );
    ok(cli(&server, dir.path(), &["images", "pull", &id[..8]]).await);
    assert_eq!(
        std::fs::read(dir.path().join(&id)).expect("read"),
        bytes,
        "default file is the ID"
    );
    let out = ok(cli(
        &server,
        dir.path(),
        &["images", "inspect", &id[..6], "-o", "yaml"],
    )
    .await);
    assert!(out.contains(&format!("id: {id}")), "{out}");

    let not_elf = dir.path().join("notes.txt");
    std::fs::write(&not_elf, "hello").expect("write");
    let o = cli(&server, dir.path(), &["images", "push", "notes.txt"]).await;
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("ELF"));

    assert_eq!(
        ok(cli(
            &server,
            dir.path(),
            &["images", "delete", &id[..8], "-o", "id"]
        )
        .await),
        format!("{id}\n")
    );
    let o = cli(&server, dir.path(), &["images", "inspect", &id]).await;
    assert_eq!(o.status.code(), Some(4), "not found exits 4");
}

#[tokio::test]
async fn images_pull_resumes_a_partial_download() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = elf(1_000_000, 22);
    let id = sha1_hex(&bytes);
    std::fs::write(dir.path().join("a.bin"), &bytes).expect("write");
    ok(cli(&server, dir.path(), &["images", "push", "a.bin"]).await);

    // A download that stopped after 300,000 bytes continues from there.
    std::fs::write(dir.path().join("out.bin.part"), &bytes[..300_000]).expect("write part");
    ok(cli(
        &server,
        dir.path(),
        &["images", "pull", &id, "-O", "out.bin"],
    )
    .await);
    assert_eq!(
        std::fs::read(dir.path().join("out.bin")).expect("read"),
        bytes
    );
    assert!(!dir.path().join("out.bin.part").exists());

    // A partial file with wrong bytes: resuming from it cannot give the image, and it is
    // caught by the hash check (which also proves the pull resumed instead of starting over).
    let mut wrong = bytes[..300_000].to_vec();
    wrong[1000] ^= 0xff;
    std::fs::write(dir.path().join("bad.bin.part"), &wrong).expect("write part");
    let o = cli(
        &server,
        dir.path(),
        &["images", "pull", &id, "-O", "bad.bin"],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("hash"), "{err}");
    assert!(!dir.path().join("bad.bin").exists() && !dir.path().join("bad.bin.part").exists());
}

#[tokio::test]
async fn nacls_push_pull_and_old_spellings() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("web.nacl"),
        "Iface eth0 { index: 0, address: 10.0.0.42 }\n",
    )
    .expect("write");

    let id = ok(cli(
        &server,
        dir.path(),
        &["nacls", "push", "web.nacl", "--name", "web", "-o", "id"],
    )
    .await);
    let id = id.trim().to_owned();
    assert_eq!(id.len(), 16);
    assert_eq!(
        ok(cli(&server, dir.path(), &["nacls", "-o", "id"]).await),
        format!("{id}\n")
    );

    let o = cli(
        &server,
        dir.path(),
        &["nacls", "push", "web.nacl", "--name", "web"],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--replace"));
    std::fs::write(
        dir.path().join("web.nacl"),
        "Iface eth0 { index: 0, address: 10.0.0.43 }\n",
    )
    .expect("write");
    ok(cli(&server, dir.path(), &["push-nacl", "web.nacl", "--replace"]).await);

    ok(cli(&server, dir.path(), &["pull-nacl", &id, "-O", "copy.nacl"]).await);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("copy.nacl")).expect("read"),
        "Iface eth0 { index: 0, address: 10.0.0.43 }\n"
    );
    assert!(
        ok(cli(&server, dir.path(), &["nacls", "pull", "web", "-O", "-"]).await)
            .contains("10.0.0.43")
    );
    ok(cli(&server, dir.path(), &["nacls", "pull", "web"]).await);
    assert!(dir.path().join("web.nacl").exists());

    let listed: Vec<DocumentSummary> = serde_json::from_str(&ok(cli(
        &server,
        dir.path(),
        &["nacls", "list", "-o", "json"],
    )
    .await))
    .expect("json");
    assert_eq!(listed.len(), 1);

    // Snippets are the same commands on another resource.
    ok(cli(
        &server,
        dir.path(),
        &["snippets", "push", "web.nacl", "--name", "piece"],
    )
    .await);
    assert!(
        ok(cli(&server, dir.path(), &["snippets", "show", "piece"]).await).contains("10.0.0.43")
    );
    assert_eq!(
        ok(cli(&server, dir.path(), &["nacls", "-o", "id"]).await),
        format!("{id}\n")
    );

    ok(cli(&server, dir.path(), &["nacls", "delete", "web"]).await);
    assert_eq!(
        ok(cli(&server, dir.path(), &["nacls", "-o", "id"]).await),
        ""
    );
}

#[tokio::test]
async fn uplinks_create_update_show_delete() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = ok(cli(
        &server,
        dir.path(),
        &[
            "uplinks",
            "create",
            "lab",
            "--url",
            "https://10.0.0.1:9090",
            "--send-stats",
            "1000",
            "-o",
            "json",
        ],
    )
    .await);
    let lab: Uplink = serde_json::from_str(&out).expect("json");
    assert_eq!(lab.options.send_stats, Some(1000));

    let out = ok(cli(
        &server,
        dir.path(),
        &[
            "uplinks",
            "update",
            "lab",
            "--clear",
            "send_stats",
            "--verify",
            "false",
            "-o",
            "json",
        ],
    )
    .await);
    let lab: Uplink = serde_json::from_str(&out).expect("json");
    assert_eq!(
        (lab.options.send_stats, lab.options.verify),
        (None, Some(false))
    );

    // --ca gives the CA images for an https uplink carry; --clear ca removes it.
    let ca_file = dir.path().join("ca.pem");
    let ca = std::fs::read_to_string(&server.config.certfile).expect("a certificate");
    std::fs::write(&ca_file, &ca).expect("write ca");
    let ca_arg = ca_file.to_string_lossy().into_owned();
    let out = ok(cli(
        &server,
        dir.path(),
        &["uplinks", "update", "lab", "--ca", &ca_arg, "-o", "json"],
    )
    .await);
    let with_ca: Uplink = serde_json::from_str(&out).expect("json");
    assert_eq!(with_ca.options.ca.as_deref(), Some(ca.as_str()));
    let out = ok(cli(
        &server,
        dir.path(),
        &["uplinks", "update", "lab", "--clear", "ca", "-o", "json"],
    )
    .await);
    let cleared: Uplink = serde_json::from_str(&out).expect("json");
    assert_eq!(cleared.options.ca, None);

    let shown = ok(cli(&server, dir.path(), &["uplinks", "show", "lab"]).await);
    let token = crate::uplinks::uplink_token(&server, &lab.id).await;
    assert!(!shown.contains(&token), "show keeps the token out: {shown}");
    let shown = ok(cli(&server, dir.path(), &["uplinks", "show", "lab", "--token"]).await);
    assert!(shown.contains(&token), "show --token includes it: {shown}");
    let ids = ok(cli(&server, dir.path(), &["uplinks", "-o", "id"]).await);
    assert_eq!(ids.lines().count(), 2, "default and lab: {ids}");

    let o = cli(
        &server,
        dir.path(),
        &["uplinks", "create", "bad", "--url", "ftp://x"],
    )
    .await;
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid url"));

    ok(cli(&server, dir.path(), &["uplinks", "delete", "lab"]).await);
    let o = cli(&server, dir.path(), &["uplinks", "show", "lab"]).await;
    assert_eq!(o.status.code(), Some(4));
}
