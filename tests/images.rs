//! `/v1/images` against an in-process server: upload, dedup, list, download with ranges,
//! prefixes, refusals that leave nothing behind, restarts, concurrent uploads.

use std::path::Path;
use std::time::Duration;

use mothership::protocol::ErrorBody;
use mothership::protocol::images::Image;
use mothership::protocol::list::Page;
use reqwest::{Method, StatusCode};
use sha1::{Digest, Sha1};

use crate::helper::TestServer;

/// An ELF-looking image of `len` bytes whose content depends on `seed`.
pub fn elf(len: usize, seed: u8) -> Vec<u8> {
    let mut v = Vec::with_capacity(len);
    v.extend_from_slice(b"\x7fELF");
    let mut x = u32::from(seed).wrapping_mul(2654435761).wrapping_add(1);
    while v.len() < len {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        v.push(x as u8);
    }
    v.truncate(len);
    v
}

pub fn sha1_hex(bytes: &[u8]) -> String {
    hex::encode(Sha1::digest(bytes))
}

pub async fn upload(server: &TestServer, bytes: Vec<u8>, tag: Option<&str>) -> reqwest::Response {
    let path = match tag {
        Some(t) => format!("/v1/images?tag={t}"),
        None => "/v1/images".to_owned(),
    };
    server
        .request(Method::POST, &path)
        .header("content-type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .expect("upload")
}

pub async fn error_code(r: reqwest::Response) -> (StatusCode, String, String) {
    let status = r.status();
    let body: ErrorBody = r.json().await.expect("error body");
    (status, body.error.code.to_string(), body.error.message)
}

/// The names in the blob directory, after waiting (bounded) for writer threads of refused
/// uploads to remove their temporary files.
pub async fn settled_blob_files(runtime: &Path, expected: usize) -> Vec<String> {
    let dir = runtime.join("images");
    let mut names = Vec::new();
    for _ in 0..300 {
        names = std::fs::read_dir(&dir)
            .expect("images dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        if names.len() == expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    names.sort();
    names
}

#[tokio::test]
async fn upload_list_download_round_trip() {
    let server = TestServer::start().await;
    let bytes = elf(300_000, 1);
    let id = sha1_hex(&bytes);

    let r = upload(&server, bytes.clone(), Some("web")).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(
        r.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/v1/images/{id}").as_str())
    );
    let image: Image = r.json().await.expect("image");
    assert_eq!(image.id, id);
    assert_eq!(image.size, bytes.len() as u64);
    assert_eq!(image.tag.as_deref(), Some("web"));

    // Same bytes again: the existing image, not a copy.
    let r = upload(&server, bytes.clone(), Some("other")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let again: Image = r.json().await.expect("image");
    assert_eq!(again, image);

    let page: Page<Image> = server
        .get("/v1/images")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 1);
    assert_eq!(page.items, vec![image.clone()]);

    // JSON by default and on request; bytes on request.
    for accept in [None, Some("application/json")] {
        let mut req = server.get(&format!("/v1/images/{id}"));
        if let Some(a) = accept {
            req = req.header("accept", a);
        }
        let meta: Image = req.send().await.expect("get").json().await.expect("meta");
        assert_eq!(meta, image);
    }
    let r = server
        .get(&format!("/v1/images/{id}"))
        .header("accept", "application/octet-stream")
        .send()
        .await
        .expect("download");
    assert_eq!(r.status(), StatusCode::OK);
    let header = |name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("content-length"), Some(bytes.len().to_string()));
    assert_eq!(header("etag"), Some(format!("\"{id}\"")));
    assert_eq!(
        header("content-type").as_deref(),
        Some("application/octet-stream")
    );
    let body = r.bytes().await.expect("body");
    assert!(body[..] == bytes[..], "downloaded bytes differ");

    // Delete, then it is gone, file and all.
    let r = server
        .request(Method::DELETE, &format!("/v1/images/{}", &id[..8]))
        .send()
        .await
        .expect("delete");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let (status, code, _) = error_code(
        server
            .get(&format!("/v1/images/{id}"))
            .send()
            .await
            .expect("get"),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::NOT_FOUND, "not_found")
    );
    assert!(
        settled_blob_files(&server.config.runtime_dir, 0)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn prefixes_resolve_and_ambiguous_ones_are_409() {
    let server = TestServer::start().await;
    let bytes = elf(1000, 2);
    let id = sha1_hex(&bytes);
    assert_eq!(
        upload(&server, bytes, None).await.status(),
        StatusCode::CREATED
    );

    let meta: Image = server
        .get(&format!("/v1/images/{}", id[..6].to_uppercase()))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("meta");
    assert_eq!(meta.id, id);
    let r = server
        .get(&format!("/v1/images/{}", &id[..5]))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    let twin = insert_twin(&server, &id).await;
    let (status, code, message) = error_code(
        server
            .get(&format!("/v1/images/{}", &id[..6]))
            .send()
            .await
            .expect("get"),
    )
    .await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::CONFLICT, "ambiguous_id")
    );
    assert!(
        message.contains(&id) && message.contains(&twin),
        "{message}"
    );
    // One more digit is unique again.
    let r = server
        .get(&format!("/v1/images/{}", &id[..7]))
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), StatusCode::OK);
}

/// Puts a second image sharing the first 6 digits of `id` in place and returns its ID. Finding a
/// real SHA-1 prefix collision takes too long for a test, so its row and blob are written
/// through the store directly.
async fn insert_twin(server: &TestServer, id: &str) -> String {
    let twin = format!("{}{}", &id[..6], "0".repeat(34));
    let store = mothership::store::Store::open(&server.config.runtime_dir).expect("open store");
    let twin_row = twin.clone();
    store
        .call(move |c| {
            c.execute(
                "INSERT INTO images (id, size, created) VALUES (?1, 4, 0)",
                [twin_row],
            )?;
            Ok(())
        })
        .await
        .expect("insert");
    std::fs::write(
        server.config.runtime_dir.join("images").join(&twin),
        b"\x7fELF",
    )
    .expect("blob");
    twin
}

#[tokio::test]
async fn range_requests_resume_a_download() {
    let server = TestServer::start().await;
    let bytes = elf(100_000, 3);
    let id = sha1_hex(&bytes);
    assert_eq!(
        upload(&server, bytes.clone(), None).await.status(),
        StatusCode::CREATED
    );
    let get = |range: &str| {
        server
            .get(&format!("/v1/images/{id}"))
            .header("accept", "application/octet-stream")
            .header("range", range.to_owned())
    };

    // A client that got the first 40,000 bytes asks for the rest.
    let r = get("bytes=40000-").send().await.expect("range");
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        r.headers()
            .get("content-range")
            .and_then(|v| v.to_str().ok()),
        Some("bytes 40000-99999/100000")
    );
    let mut resumed = bytes[..40_000].to_vec();
    resumed.extend_from_slice(&r.bytes().await.expect("rest"));
    assert_eq!(sha1_hex(&resumed), id);

    let r = get("bytes=10-19").send().await.expect("range");
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(&r.bytes().await.expect("body")[..], &bytes[10..20]);

    // If-Range with another ETag: the whole image instead.
    let r = get("bytes=10-19")
        .header("if-range", "\"0000000000000000000000000000000000000000\"")
        .send()
        .await
        .expect("if-range");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.bytes().await.expect("body").len(), bytes.len());

    let r = get("bytes=100000-").send().await.expect("past the end");
    assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        r.headers()
            .get("content-range")
            .and_then(|v| v.to_str().ok()),
        Some("bytes */100000")
    );

    let r = server
        .get(&format!("/v1/images/{id}"))
        .header("accept", "application/octet-stream")
        .header("if-none-match", format!("\"{id}\""))
        .send()
        .await
        .expect("conditional");
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn list_searches_sorts_and_pages() {
    let server = TestServer::start().await;
    let tags = ["alpha-web", "beta-web", "gamma-db", "delta-db", "epsilon"];
    let mut ids = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        let r = upload(&server, elf(2000 + i, 10 + i as u8), Some(tag)).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        ids.push(r.json::<Image>().await.expect("image").id);
    }
    let list = |query: &str| {
        let req = server.get(&format!("/v1/images?{query}"));
        let query = query.to_owned();
        async move {
            let r = req.send().await.expect("list");
            assert_eq!(r.status(), StatusCode::OK, "{query}");
            r.json::<Page<Image>>().await.expect("page")
        }
    };
    let tags_of =
        |p: &Page<Image>| -> Vec<String> { p.items.iter().filter_map(|i| i.tag.clone()).collect() };

    let web = list("search=WEB&sort=tag").await;
    assert_eq!(
        (web.total, tags_of(&web)),
        (2, vec!["alpha-web".into(), "beta-web".into()])
    );
    let by_id = list(&format!("search={}", &ids[2][..10])).await;
    assert_eq!(tags_of(&by_id), vec!["gamma-db".to_owned()]);

    let page = list("sort=-tag&limit=2&offset=1").await;
    assert_eq!(page.total, 5);
    // gamma-db, epsilon, delta-db, beta-web, alpha-web
    assert_eq!(
        tags_of(&page),
        vec!["epsilon".to_owned(), "delta-db".into()]
    );
    // Newest first by default.
    assert_eq!(list("").await.items[0].tag.as_deref(), Some("epsilon"));

    for bad in ["sort=colour", "limit=0", "limit=abc", "colour=red"] {
        let r = server
            .get(&format!("/v1/images?{bad}"))
            .send()
            .await
            .expect("list");
        assert!(r.status().is_client_error(), "{bad}: {}", r.status());
        let body: ErrorBody = r.json().await.expect("error body");
        assert!(!body.error.message.is_empty());
    }
}

#[tokio::test]
async fn concurrent_uploads_of_the_same_image_give_one_image() {
    let server = TestServer::start().await;
    let bytes = elf(4 << 20, 7);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let req = server
            .request(Method::POST, "/v1/images?tag=same")
            .body(bytes.clone());
        tasks.push(tokio::spawn(async move {
            req.send().await.expect("upload").status()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1,
        "{statuses:?}"
    );
    assert!(statuses.iter().all(|s| s.is_success()), "{statuses:?}");
    let page: Page<Image> = server
        .get("/v1/images")
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("page");
    assert_eq!(page.total, 1);
    assert_eq!(
        settled_blob_files(&server.config.runtime_dir, 1).await,
        vec![sha1_hex(&bytes)]
    );
}

#[tokio::test]
async fn restart_keeps_images() {
    let server = TestServer::start().await;
    let bytes = elf(50_000, 8);
    let id = sha1_hex(&bytes);
    assert_eq!(
        upload(&server, bytes.clone(), Some("keep")).await.status(),
        StatusCode::CREATED
    );
    let server = server.restart().await;
    let meta: Image = server
        .get(&format!("/v1/images/{id}"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("meta");
    assert_eq!(meta.tag.as_deref(), Some("keep"));
    let body = server
        .get(&format!("/v1/images/{id}"))
        .header("accept", "application/octet-stream")
        .send()
        .await
        .expect("download")
        .bytes()
        .await
        .expect("body");
    assert_eq!(sha1_hex(&body), id);
}

/// A path, the request headers, the status the answer has.
type HeadCase<'a> = (&'a str, Vec<(&'a str, &'a str)>, StatusCode);

/// Headers a HEAD answer must carry exactly as the GET's does.
const GET_HEADERS: [&str; 7] = [
    "content-type",
    "content-length",
    "etag",
    "accept-ranges",
    "content-range",
    "content-disposition",
    "www-authenticate",
];

/// Sends `path` (with `headers`, and credentials when `auth`) as GET and as HEAD; asserts the
/// HEAD answer has the GET's status, version and headers and no body, and that the GET's body
/// is as long as both say. Returns the status.
async fn head_like_get(
    server: &TestServer,
    path: &str,
    headers: &[(&str, &str)],
    auth: bool,
) -> StatusCode {
    let send = |method: Method| {
        let mut request = if auth {
            server.request(method, path)
        } else {
            server
                .anon_client()
                .request(method, format!("{}{path}", server.url))
        };
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send()
    };
    let get = send(Method::GET).await.expect("GET");
    let head = send(Method::HEAD).await.expect("HEAD");
    let what = format!("{path} {headers:?}");
    assert_eq!(head.status(), get.status(), "{what}");
    assert_eq!(head.version(), get.version(), "{what}");
    for name in GET_HEADERS {
        assert_eq!(
            head.headers().get(name),
            get.headers().get(name),
            "{name} of {what}"
        );
    }
    let status = get.status();
    let length = get.headers().get("content-length").cloned();
    let get_body = get.bytes().await.expect("GET body");
    if status != StatusCode::NOT_MODIFIED {
        let length = length.unwrap_or_else(|| panic!("no content-length for {what}"));
        assert_eq!(length.to_str().ok(), Some(&*get_body.len().to_string()));
    }
    let head_body = head.bytes().await.expect("HEAD body");
    assert!(head_body.is_empty(), "HEAD body of {what}: {head_body:?}");
    status
}

/// `HEAD /v1/images/{id}` is the GET without its body, over HTTP/2 (TLS, ALPN) and HTTP/1.1
/// (plain): before, every HEAD was a 405, and over HTTP/2 the 405's body went out as DATA on a
/// HEAD answer, a protocol error for the client.
#[tokio::test]
async fn head_answers_like_get_without_the_body() {
    for tls in [true, false] {
        let server = TestServer::start_with(|c| c.server_tls = tls).await;
        let bytes = elf(70_000, 9);
        let id = sha1_hex(&bytes);
        let r = upload(&server, bytes, Some("head-test")).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        let expected = if tls {
            reqwest::Version::HTTP_2
        } else {
            reqwest::Version::HTTP_11
        };
        assert_eq!(r.version(), expected);

        let one = format!("/v1/images/{id}");
        let octets = ("accept", "application/octet-stream");
        let etag = format!("\"{id}\"");
        let prefix = format!("/v1/images/{}", &id[..6]);
        let cases: Vec<HeadCase> = vec![
            (&one, vec![], StatusCode::OK),
            (&one, vec![("accept", "application/json")], StatusCode::OK),
            (&one, vec![octets], StatusCode::OK),
            (
                &one,
                vec![octets, ("range", "bytes=100-199")],
                StatusCode::PARTIAL_CONTENT,
            ),
            (
                &one,
                vec![octets, ("range", "bytes=70000-")],
                StatusCode::RANGE_NOT_SATISFIABLE,
            ),
            (
                &one,
                vec![octets, ("if-none-match", &etag)],
                StatusCode::NOT_MODIFIED,
            ),
            (&prefix, vec![octets], StatusCode::OK),
            ("/v1/images", vec![], StatusCode::OK),
        ];
        for (path, headers, status) in &cases {
            assert_eq!(head_like_get(&server, path, headers, true).await, *status);
        }

        // Failures keep their status; the error body is not sent.
        let unknown = format!("/v1/images/{}", "ab".repeat(20));
        assert_eq!(
            head_like_get(&server, &unknown, &[octets], true).await,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            head_like_get(&server, &one, &[octets], false).await,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            head_like_get(&server, &format!("/v1/images/{}", &id[..5]), &[], true).await,
            StatusCode::BAD_REQUEST
        );
        insert_twin(&server, &id).await;
        assert_eq!(
            head_like_get(
                &server,
                &format!("/v1/images/{}", &id[..6]),
                &[octets],
                true
            )
            .await,
            StatusCode::CONFLICT
        );
    }
}
