//! Image uploads that fail: not ELF, too large, a full disk, a server killed mid-upload. In
//! every case nothing partial may remain.

use std::time::Duration;

use mothership::protocol::images::Image;
use mothership::protocol::list::Page;
use reqwest::{Method, StatusCode};

use crate::helper::TestServer;
use crate::images::{elf, error_code, settled_blob_files, sha1_hex, upload};

#[tokio::test]
async fn non_elf_and_empty_uploads_are_422_and_leave_nothing() {
    let server = TestServer::start().await;
    for body in [
        b"MZ\x90\x00 a windows binary".to_vec(),
        Vec::new(),
        b"\x7fEL".to_vec(),
    ] {
        let (status, code, message) = error_code(upload(&server, body, None).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(code, "not_elf");
        assert!(
            message.contains("ELF") || message.contains("empty"),
            "{message}"
        );
    }
    assert!(
        settled_blob_files(&server.config.runtime_dir, 0)
            .await
            .is_empty()
    );
    let page: Page<Image> = server
        .get("/v1/images")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 0);
}

#[tokio::test]
async fn oversized_uploads_are_413_with_or_without_a_length() {
    let server = TestServer::start_with(|c| c.image_size_limit = 64 * 1024).await;
    let exactly = elf(64 * 1024, 4);
    assert_eq!(
        upload(&server, exactly, None).await.status(),
        StatusCode::CREATED,
        "the limit itself is allowed"
    );

    let (status, code, message) =
        error_code(upload(&server, elf(64 * 1024 + 1, 5), None).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
    );
    assert!(message.contains("65536"), "{message}");

    // Chunked, so the server only finds out while streaming.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = elf(200 * 1024, 6)
        .chunks(8192)
        .map(|c| Ok(c.to_vec()))
        .collect();
    let r = server
        .request(Method::POST, "/v1/images")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .expect("chunked upload");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        settled_blob_files(&server.config.runtime_dir, 1)
            .await
            .len(),
        1
    );
}

#[tokio::test]
async fn sigkill_during_an_upload_leaves_no_partial_image() {
    let mut server = crate::helper::killable::ServerProcess::start().await;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    let body = reqwest::Body::wrap_stream(futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    }));
    let request = crate::helper::killable::client()
        .post(format!("{}/v1/images?tag=partial", server.url))
        .body(body)
        .send();
    let upload = tokio::spawn(request);
    // More than the writer buffers, so part of it reaches the temporary file.
    let image = elf(3 << 20, 9);
    for chunk in image.chunks(256 << 10) {
        tx.send(Ok(chunk.to_vec())).await.expect("queue chunk");
    }
    let images = server.runtime_dir().join("images");
    let partial = async {
        for _ in 0..500 {
            let found = std::fs::read_dir(&images)
                .expect("images dir")
                .filter_map(Result::ok)
                .find(|e| {
                    e.file_name().to_string_lossy().starts_with(".upload-")
                        && e.metadata().map(|m| m.len() > 0).unwrap_or(false)
                });
            if let Some(entry) = found {
                return entry.path();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the upload never reached the disk");
    }
    .await;

    server.kill();
    assert!(
        upload.await.expect("task").is_err(),
        "the upload cannot have succeeded"
    );
    assert!(
        partial.exists(),
        "the killed server left its partial file (the scenario is real)"
    );

    let server = server.kill_and_restart().await;
    assert!(
        std::fs::read_dir(&images)
            .expect("images dir")
            .next()
            .is_none(),
        "start-up removed the partial upload"
    );
    let client = crate::helper::killable::client();
    let page: Page<Image> = client
        .get(format!("{}/v1/images", server.url))
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 0);
    let r = client
        .post(format!("{}/v1/images", server.url))
        .body(image.clone())
        .send()
        .await
        .expect("upload again");
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.json::<Image>().await.expect("image").id, sha1_hex(&image));
    drop(tx);
}

/// Needs a small filesystem to fill: a tmpfs, which only root may mount. Elsewhere the test says
/// so and passes (the ENOSPC classification itself has a unit test on /dev/full).
#[tokio::test]
async fn a_full_disk_is_507_and_leaves_nothing() {
    let (dir, mut config) = crate::helper::test_config();
    let runtime = dir.path().join("small_disk");
    std::fs::create_dir_all(&runtime).expect("mkdir");
    let mounted = unsafe { libc::geteuid() } == 0
        && std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
            .arg(&runtime)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(runtime.clone());
    config.runtime_dir = runtime.clone();
    let server = TestServer::start_in(dir, config).await;

    let (status, code, message) = error_code(upload(&server, elf(4 << 20, 30), None).await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::INSUFFICIENT_STORAGE, "disk_full")
    );
    assert!(message.contains("disk is full"), "{message}");
    assert!(
        settled_blob_files(&runtime, 0).await.is_empty(),
        "nothing partial remains"
    );
    // Space is back once the partial file is gone.
    assert_eq!(
        upload(&server, elf(64 << 10, 31), None).await.status(),
        StatusCode::CREATED
    );
    let (dir, _) = server.stop().await;
    drop(_unmount);
    drop(dir);
}

/// A POST /v1/images that sends its headers and then nothing.
fn stalled_upload(server: &TestServer) -> reqwest::RequestBuilder {
    let silent = futures_util::stream::pending::<Result<Vec<u8>, std::io::Error>>();
    server
        .request(Method::POST, "/v1/images")
        .header("content-length", "1000000")
        .body(reqwest::Body::wrap_stream(silent))
}

/// Each stalled upload used to hold a blocking-pool thread before its first byte: with the pool
/// used up, everything else that needs one (every store access) waited. Here the pool has 4
/// threads and 16 uploads stall.
#[test]
fn stalled_uploads_hold_no_blocking_thread() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(4)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let server = TestServer::start().await;
        let stalled: Vec<_> = (0..16)
            .map(|_| {
                let request = stalled_upload(&server);
                tokio::spawn(async move {
                    let _ = request.send().await;
                })
            })
            .collect();
        // Nothing tells from outside when the handlers are all waiting for their bodies.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let listed = tokio::time::timeout(Duration::from_secs(5), server.get("/v1/images").send())
            .await
            .expect("GET /v1/images answers while uploads stall")
            .expect("list");
        assert_eq!(listed.status(), StatusCode::OK);
        for s in stalled {
            s.abort();
        }
    });
}

#[tokio::test]
async fn a_stalled_upload_is_dropped_with_a_408_and_leaves_nothing() {
    let server = TestServer::start_with(|c| c.body_timeout = Duration::from_millis(1500)).await;
    // 1 MiB arrives (so a temporary file is written), then nothing.
    let first: Result<Vec<u8>, std::io::Error> = Ok(elf(1 << 20, 9));
    let body = futures_util::StreamExt::chain(
        futures_util::stream::iter([first]),
        futures_util::stream::pending(),
    );
    let response = tokio::time::timeout(
        Duration::from_secs(20),
        server
            .request(Method::POST, "/v1/images")
            .body(reqwest::Body::wrap_stream(body))
            .send(),
    )
    .await
    .expect("the server answers a stalled upload")
    .expect("response");
    let (status, code, message) = error_code(response).await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT, "{message}");
    assert_eq!(code, "request_timeout");
    assert!(message.contains("1048576 bytes"), "{message}");
    assert!(
        settled_blob_files(&server.config.runtime_dir, 0)
            .await
            .is_empty()
    );
}
