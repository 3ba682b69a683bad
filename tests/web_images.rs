//! The Images and NaCl pages in a real headless Chromium (tests/helper/browser.rs): upload an
//! image with the file input, see it listed and expand its details, download it through its link
//! with the session cookie, delete it; write a NaCl with an error and see it marked at its line,
//! fix it, save it; build an image with a test builder and watch the log stream and the image
//! appear. Every test ends by checking that no page logged a console error.

use mothership::protocol::documents::Document;
use mothership::protocol::images::Image;
use mothership::protocol::list::Page;
use reqwest::Method;
use serde_json::json;

use crate::helper::TestServer;
use crate::helper::browser::{Browser, EXPECTED_401};
use crate::helper::docker::docker_env;
use crate::images::elf;

/// Runs `script` (an async function body: `arguments[0..]`, resolve with `done(value)`).
pub async fn run(
    browser: &Browser,
    script: &str,
    args: Vec<serde_json::Value>,
) -> serde_json::Value {
    browser
        .client
        .execute_async(script, args)
        .await
        .expect("run a script in the page")
}

#[tokio::test]
async fn upload_list_details_download_and_delete_an_image() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.goto(&format!("{}/images", server.url)).await;
    browser.wait_text("#image-page-status", "of 0").await;

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("web.elf");
    let bytes = elf(300_000, 7);
    std::fs::write(&path, &bytes).expect("write the image");
    let file = browser.wait_for("#image-file").await;
    file.send_keys(path.to_str().expect("a UTF-8 path"))
        .await
        .expect("choose the file");
    browser.fill("#image-tag", "web-upload").await;
    browser.click("#image-upload").await;
    browser
        .wait_text("#upload-done", "Uploaded web-upload")
        .await;
    browser.wait_text("#images tbody", "web-upload").await;
    browser.wait_text("#image-page-status", "1–1 of 1").await;
    let page: Page<Image> = server
        .get("/v1/images")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    let image = &page.items[0];
    assert_eq!(image.size, bytes.len() as u64);

    // The row expands to the details.
    browser.click("#images button.expand").await;
    browser
        .wait_text(&format!("#image-details-{}", image.id), "300000 bytes")
        .await;

    // Search and sort are in the URL.
    browser.fill("#image-search", "web-up").await;
    browser.wait_path("/images?search=web-up").await;
    browser.click("button.sort[data-sort=tag]").await;
    browser.wait_path("/images?search=web-up&sort=tag").await;
    browser.wait_text("th[aria-sort=ascending]", "Tag").await;
    browser.wait_text("#images tbody", "web-upload").await;

    // The download link answers the bytes to the page's cookie, as an attachment.
    let got = run(
        &browser,
        r#"const done = arguments[arguments.length - 1];
           const a = document.querySelector('#images a.download');
           fetch(a.href).then(async (r) => done({status: r.status,
               disposition: r.headers.get('content-disposition'),
               size: (await r.arrayBuffer()).byteLength, download: a.getAttribute('download')}))
             .catch((e) => done({error: String(e)}));"#,
        vec![],
    )
    .await;
    assert_eq!(got["status"], json!(200), "{got}");
    assert_eq!(got["size"], json!(bytes.len()), "{got}");
    assert!(
        got["disposition"]
            .as_str()
            .is_some_and(|d| d.starts_with("attachment")),
        "{got}"
    );
    assert_eq!(got["download"], json!("web-upload"));

    browser.click("#images button.delete").await;
    browser.click("#image-delete-confirm").await;
    browser
        .wait_text("#images-message", "Deleted the image")
        .await;
    browser.wait_text("#images tbody", "No image matches").await;
    let r = server
        .get(&format!("/v1/images/{}", image.id))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 404);
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn a_nacl_error_is_marked_at_its_line_until_fixed_then_saved() {
    let server = TestServer::start().await;
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.goto(&format!("{}/nacls/new", server.url)).await;
    browser.wait_text("#nacl-status", "No problems found").await;

    // Line 2 has an unknown type: its mark is on line 2, not elsewhere.
    browser
        .fill(
            "#nacl-text",
            "Iface eth0 dhcp\nIfac eth1 dhcp\neth0.index: 0\n",
        )
        .await;
    browser.wait_text("#nacl-status", "1 error").await;
    let marks = run(
        &browser,
        r#"const done = arguments[arguments.length - 1];
           done([...document.querySelectorAll('#nacl-gutter .mark')].map((m) => m.dataset.line));"#,
        vec![],
    )
    .await;
    assert_eq!(marks, json!(["2"]));
    browser
        .wait_text("#nacl-problems", "Line 2, column 1")
        .await;
    // Focus on the mark shows the message.
    browser.click("#nacl-gutter .mark").await;
    browser.wait_text("#nacl-tip", "Error at 2:1").await;
    // The list entry jumps to the line: the cursor is at its start.
    browser.click("#nacl-problems button").await;
    let cursor = run(
        &browser,
        r#"const done = arguments[arguments.length - 1];
           const t = document.querySelector('#nacl-text');
           done([document.activeElement === t, t.selectionStart]);"#,
        vec![],
    )
    .await;
    assert_eq!(cursor, json!([true, 16]));

    // Fixed, the mark goes.
    browser
        .fill(
            "#nacl-text",
            "Iface eth0 dhcp\nIface eth1 dhcp\neth0.index: 0\neth1.index: 1\n",
        )
        .await;
    browser.wait_text("#nacl-status", "No problems found").await;
    let marks = run(
        &browser,
        r#"const done = arguments[arguments.length - 1];
           done(document.querySelectorAll('#nacl-gutter .mark').length);"#,
        vec![],
    )
    .await;
    assert_eq!(marks, json!(0));

    // Save it under a name: it is stored, listed and shown.
    browser.fill("#nacl-saveas-name", "edge").await;
    browser.click("#nacl-saveas").await;
    browser.wait_text("#nacl-message", "Saved edge").await;
    browser.wait_text("#nacls", "edge").await;
    let stored: Document = server
        .get("/v1/nacls/edge")
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("nacl");
    assert_eq!(
        stored.content,
        "Iface eth0 dhcp\nIface eth1 dhcp\neth0.index: 0\neth1.index: 1\n"
    );

    // The whole text as a snippet, offered to the editors from then on.
    browser.fill("#nacl-saveas-name", "two-ifaces").await;
    browser.click("#nacl-save-snippet").await;
    browser
        .wait_text("#nacl-message", "Saved the snippet two-ifaces")
        .await;
    let snippet: Document = server
        .get("/v1/snippets/two-ifaces")
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("snippet");
    assert_eq!(snippet.content, stored.content);
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}

#[tokio::test]
async fn create_new_image_streams_the_build_log_and_lists_the_image() {
    let Some(env) = docker_env() else { return };
    let server = TestServer::start_with(|c| env.configure(c)).await;
    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "web", "content": "Iface eth0 {\n    index: 0,\n    config: dhcp\n}\n"}))
        .send()
        .await
        .expect("create a NaCl");
    assert_eq!(r.status(), 201);
    let browser = Browser::start().await;
    browser.log_in(&server).await;
    browser.goto(&format!("{}/images", server.url)).await;
    browser.wait_text("#image-page-status", "of 0").await;
    browser.click("#image-create").await;
    browser.wait_path("/images/new").await;
    browser
        .wait_for(&format!("#build-builder option[value='{}']", env.builder()))
        .await;
    run(
        &browser,
        r#"const [id, done] = arguments;
           const select = document.querySelector('#build-builder');
           select.value = id;
           select.dispatchEvent(new Event('change'));
           done(true);"#,
        vec![json!(env.builder())],
    )
    .await;
    browser.wait_text("#build-service", "Starbase").await;
    browser.wait_text("#build-nacl", "web").await;
    browser.fill("#build-tag", "from-the-web").await;
    browser.click("#build-start").await;
    browser.wait_text("#build-log", "building Starbase").await;
    browser.wait_text("#build-done", "it is in the list").await;
    browser.wait_text("#build-log", "[mothership] image").await;
    // The list behind the dialog has it, live.
    browser.wait_text("#images tbody", "from-the-web").await;

    // A NaCl written in the dialog that is not valid NaCl: the build fails at once, before any
    // container, and the dialog shows the problem at its line.
    run(
        &browser,
        r#"const done = arguments[arguments.length - 1];
           const select = document.querySelector('#build-nacl');
           select.value = '';
           select.dispatchEvent(new Event('change'));
           done(true);"#,
        vec![],
    )
    .await;
    browser.fill("#build-nacl-editor-text", "FAIL\n").await;
    browser.fill("#build-tag", "broken").await;
    browser.click("#build-start").await;
    browser.wait_text("#build-failed", "The build failed").await;
    browser
        .wait_text("#build-failed", "the NaCl is not valid")
        .await;
    browser.wait_text("#build-failed", "nacl.txt:").await;

    // Closing the dialog goes back to the list.
    browser.click("#build-close").await;
    browser.wait_path("/images").await;
    browser.wait_text("#images tbody", "from-the-web").await;
    browser.click("#images button.expand").await;
    browser.wait_text("tr.details", "Starbase").await;
    browser.wait_text("tr.details", "web").await;
    browser.assert_no_console_errors(&[EXPECTED_401]).await;
}
