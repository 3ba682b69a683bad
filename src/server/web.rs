//! The web interface: the files of `web/`, compiled into the binary and served at `/` on the
//! API port (the API itself stays under `/v1`). Plain HTML, CSS and JavaScript modules: no build
//! step, nothing to install, works offline.
//!
//! `GET /assets/<file>` answers a file; every path that is a page of the interface (`/`,
//! `/instances/...`, `/images/...`: the interface routes in the browser with the History API)
//! answers `index.html`, so deep links and reloads work. Files are revalidated by `ETag` and sent
//! gzipped to clients that take it. Every answer carries a strict `Content-Security-Policy` (no
//! inline script or style, nothing from another origin, no framing), `X-Content-Type-Options:
//! nosniff` and `Referrer-Policy: no-referrer`.

use std::sync::LazyLock;

use http::{HeaderValue, StatusCode, header};
use sha2::{Digest, Sha256};
use warp::{Filter, Reply};

/// The Content-Security-Policy of every answer of the interface.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
    base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The first path segments of the interface's pages (`""` is `/`).
pub const PAGES: &[&str] = &["", "login", "instances", "images", "nacls", "settings"];

macro_rules! assets {
    ($($name:literal => $kind:literal,)*) => {
        /// Every file of `web/`: its name under `/assets/`, its type and its bytes.
        pub const FILES: &[(&str, &str, &[u8])] = &[
            $(($name, $kind, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/web/", $name))),)*
        ];
    };
}

assets! {
    "index.html" => "text/html; charset=utf-8",
    "app.css" => "text/css; charset=utf-8",
    "favicon.svg" => "image/svg+xml",
    "api.js" => "text/javascript; charset=utf-8",
    "app.js" => "text/javascript; charset=utf-8",
    "dom.js" => "text/javascript; charset=utf-8",
    "pages/login.js" => "text/javascript; charset=utf-8",
    "pages/instances.js" => "text/javascript; charset=utf-8",
    "pages/instance.js" => "text/javascript; charset=utf-8",
    "pages/images.js" => "text/javascript; charset=utf-8",
    "pages/settings.js" => "text/javascript; charset=utf-8",
    "pages/nacls.js" => "text/javascript; charset=utf-8",
}

/// A file ready to send: its bytes, gzipped bytes (when smaller) and the `ETag` of each.
struct Prepared {
    name: &'static str,
    kind: &'static str,
    plain: &'static [u8],
    etag: String,
    gzip: Option<(Vec<u8>, String)>,
}

static PREPARED: LazyLock<Vec<Prepared>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(name, kind, bytes)| {
            let hash = hex::encode(&Sha256::digest(bytes)[..12]);
            let gzip = gzip(bytes)
                .filter(|g| g.len() < bytes.len())
                .map(|g| (g, format!("\"{hash}-gz\"")));
            Prepared {
                name,
                kind,
                plain: bytes,
                etag: format!("\"{hash}\""),
                gzip,
            }
        })
        .collect()
});

fn gzip(bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

/// The sizes of the interface in bytes: as stored, and as sent gzipped.
pub fn total_size() -> (usize, usize) {
    PREPARED.iter().fold((0, 0), |(plain, gz), p| {
        (
            plain + p.plain.len(),
            gz + p.gzip.as_ref().map_or(p.plain.len(), |(g, _)| g.len()),
        )
    })
}

/// Whether `path` is a page of the interface (answered with `index.html`).
pub fn is_page(path: &str) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    PAGES.contains(&first)
}

/// `GET /assets/<file>` and the pages; any other path is left to the API's routes.
pub fn routes() -> impl Filter<Extract = (warp::reply::Response,), Error = warp::Rejection> + Clone
{
    warp::get()
        .and(warp::path::full())
        .and(warp::header::optional::<String>("accept-encoding"))
        .and(warp::header::optional::<String>("if-none-match"))
        .and_then(
            |path: warp::path::FullPath,
             encoding: Option<String>,
             if_none_match: Option<String>| async move {
                let path = path.as_str();
                let name = match path.strip_prefix("/assets/") {
                    Some(name) => name,
                    None if is_page(path) => "index.html",
                    None => return Err(warp::reject::not_found()),
                };
                let Some(file) = PREPARED.iter().find(|p| p.name == name) else {
                    return Ok(with_headers(
                        super::api::ApiError::not_found(format!(
                            "no file {path} in the web interface"
                        ))
                        .hint("the interface is at /")
                        .into_reply(),
                    ));
                };
                Ok(with_headers(answer(
                    file,
                    encoding.as_deref(),
                    if_none_match.as_deref(),
                )))
            },
        )
}

/// Whether an `Accept-Encoding` value takes gzip.
fn takes_gzip(accept: &str) -> bool {
    accept.split(',').any(|part| {
        let mut fields = part.split(';');
        let coding = fields.next().unwrap_or("").trim();
        let refused = fields.any(|f| {
            f.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

fn answer(
    file: &Prepared,
    encoding: Option<&str>,
    if_none_match: Option<&str>,
) -> warp::reply::Response {
    let (body, etag, gzipped) = match &file.gzip {
        Some((bytes, etag)) if encoding.is_some_and(takes_gzip) => {
            (bytes.clone(), etag.as_str(), true)
        }
        _ => (file.plain.to_vec(), file.etag.as_str(), false),
    };
    let unchanged = if_none_match.is_some_and(|v| {
        v.split(',')
            .any(|tag| tag.trim().trim_start_matches("W/") == etag || tag.trim() == "*")
    });
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = warp::reply::Response::new(body.into());
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(file.kind));
        if gzipped {
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        r
    };
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(etag) {
        headers.insert(header::ETAG, v);
    }
    // Revalidated on every use: a new server version shows at once, and an unchanged file
    // costs a 304.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    response
}

/// The security headers of every answer of the interface.
fn with_headers(mut response: warp::reply::Response) -> warp::reply::Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file added to `web/` but not to [`FILES`] would be missing from the binary.
    #[test]
    fn every_file_of_web_is_served() {
        fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("read web/") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    walk(&path, base, out);
                } else {
                    let rel = path.strip_prefix(base).expect("under web/");
                    out.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
        let mut found = Vec::new();
        walk(&base, &base, &mut found);
        for name in &found {
            assert!(
                FILES.iter().any(|(n, _, _)| n == name),
                "web/{name} is not in server::web::FILES: add it to the assets! list"
            );
        }
        assert_eq!(found.len(), FILES.len());
    }

    #[test]
    fn the_interface_stays_small() {
        let (_, gzipped) = total_size();
        assert!(gzipped < 300 * 1024, "{gzipped} bytes gzipped");
    }

    #[test]
    fn pages_and_encodings() {
        assert!(is_page("/"));
        assert!(is_page("/instances/abc/log"));
        assert!(!is_page("/v1/instances"));
        assert!(!is_page("/metrics"));
        assert!(takes_gzip("gzip, deflate, br"));
        assert!(!takes_gzip("gzip;q=0, br"));
        assert!(!takes_gzip("br"));
    }
}
