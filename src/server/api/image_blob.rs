//! The bytes of an image (`GET /v1/images/{id}` with `Accept: application/octet-stream`):
//! streamed from its blob file with Content-Length, `ETag` = the ID, and single `Range`
//! requests (with `If-Range`) so an interrupted download can resume.

use crate::protocol::ErrorCode;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use warp::Reply;

use super::{ApiError, AppState};
use crate::protocol::images::Image;

/// Bytes read from the file per chunk sent.
const CHUNK: usize = 256 << 10;

/// The response carrying `image`'s bytes (all, or the range asked for).
pub async fn reply(
    state: &AppState,
    image: &Image,
    headers: &HeaderMap,
) -> Result<warp::reply::Response, ApiError> {
    let etag = format!("\"{}\"", image.id);
    let header_str = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };

    if header_str(header::IF_NONE_MATCH).is_some_and(|v| etag_matches(v, &etag)) {
        let mut r = StatusCode::NOT_MODIFIED.into_response();
        insert(r.headers_mut(), header::ETAG, &etag);
        return Ok(r);
    }
    let size = image.size;
    // A Range only applies when If-Range (if any) still names this content.
    let range = header_str(header::RANGE)
        .filter(|_| header_str(header::IF_RANGE).is_none_or(|v| etag_matches(v, &etag)));
    let range = match range.map(|r| parse_range(r, size)) {
        None | Some(Range::Ignore) => None,
        Some(Range::Satisfiable(start, end)) => Some((start, end)),
        Some(Range::Unsatisfiable) => {
            let mut r = ApiError::new(
                StatusCode::RANGE_NOT_SATISFIABLE,
                ErrorCode::RangeNotSatisfiable,
                format!("the requested range is outside the image ({size} bytes)"),
            )
            .into_reply();
            insert(
                r.headers_mut(),
                header::CONTENT_RANGE,
                &format!("bytes */{size}"),
            );
            return Ok(r);
        }
    };
    let (start, end) = range.unwrap_or((0, size.saturating_sub(1)));
    let length = if size == 0 { 0 } else { end - start + 1 };

    let path = state
        .store
        .image_blob_path(&image.id)
        .map_err(ApiError::from)?;
    let open_error = |e: std::io::Error| {
        tracing::error!("failed to read image file {}: {e}", path.display());
        ApiError::internal(format!(
            "failed to read the file of image {}: {e}",
            image.id
        ))
        .hint("see the server log")
    };
    let mut file = tokio::fs::File::open(&path).await.map_err(open_error)?;
    if start > 0 {
        file.seek(std::io::SeekFrom::Start(start))
            .await
            .map_err(open_error)?;
    }
    let stream = tokio_util::io::ReaderStream::with_capacity(file.take(length), CHUNK);

    let mut r = warp::reply::stream(stream).into_response();
    if range.is_some() {
        *r.status_mut() = StatusCode::PARTIAL_CONTENT;
        insert(
            r.headers_mut(),
            header::CONTENT_RANGE,
            &format!("bytes {start}-{end}/{size}"),
        );
    }
    let h = r.headers_mut();
    insert(h, header::CONTENT_TYPE, "application/octet-stream");
    insert(h, header::CONTENT_LENGTH, &length.to_string());
    insert(h, header::ETAG, &etag);
    insert(h, header::ACCEPT_RANGES, "bytes");
    let filename = image
        .tag
        .as_deref()
        .filter(|t| {
            t.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        })
        .unwrap_or(&image.id);
    insert(
        h,
        header::CONTENT_DISPOSITION,
        &format!("attachment; filename=\"{filename}\""),
    );
    Ok(r)
}

fn insert(headers: &mut HeaderMap, name: header::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        headers.insert(name, v);
    }
}

/// `If-None-Match`/`If-Range` value against our strong ETag (`*` matches anything).
fn etag_matches(value: &str, etag: &str) -> bool {
    value
        .split(',')
        .map(|v| v.trim().trim_start_matches("W/"))
        .any(|v| v == "*" || v == etag)
}

#[derive(Debug, PartialEq, Eq)]
enum Range {
    /// Inclusive byte positions.
    Satisfiable(u64, u64),
    Unsatisfiable,
    /// Malformed or several ranges: answered with the whole image, as RFC 9110 allows.
    Ignore,
}

/// Parses a single `bytes=a-b`, `bytes=a-` or `bytes=-n` against a size.
fn parse_range(value: &str, size: u64) -> Range {
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Range::Ignore;
    };
    if spec.contains(',') {
        return Range::Ignore;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Range::Ignore;
    };
    let parse = |s: &str| s.trim().parse::<u64>().ok();
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (true, true) => Range::Ignore,
        // The last n bytes.
        (true, false) => match parse(b) {
            Some(0) => Range::Unsatisfiable,
            Some(n) if size > 0 => Range::Satisfiable(size.saturating_sub(n), size - 1),
            Some(_) => Range::Unsatisfiable,
            None => Range::Ignore,
        },
        (false, open_end) => {
            let Some(start) = parse(a) else {
                return Range::Ignore;
            };
            let end = if open_end {
                size.saturating_sub(1)
            } else {
                match parse(b) {
                    Some(e) if e >= start => e.min(size.saturating_sub(1)),
                    _ => return Range::Ignore,
                }
            };
            if start >= size {
                Range::Unsatisfiable
            } else {
                Range::Satisfiable(start, end)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-9", 100), Range::Satisfiable(0, 9));
        assert_eq!(parse_range("bytes=90-", 100), Range::Satisfiable(90, 99));
        assert_eq!(parse_range("bytes=90-500", 100), Range::Satisfiable(90, 99));
        assert_eq!(parse_range("bytes=-10", 100), Range::Satisfiable(90, 99));
        assert_eq!(parse_range("bytes=-500", 100), Range::Satisfiable(0, 99));
        assert_eq!(parse_range("bytes=100-", 100), Range::Unsatisfiable);
        assert_eq!(parse_range("bytes=0-1,5-6", 100), Range::Ignore);
        assert_eq!(parse_range("bytes=5-1", 100), Range::Ignore);
        assert_eq!(parse_range("items=0-1", 100), Range::Ignore);
    }

    #[test]
    fn etags() {
        assert!(etag_matches("\"abc\"", "\"abc\""));
        assert!(etag_matches("W/\"x\", \"abc\"", "\"abc\""));
        assert!(etag_matches("*", "\"abc\""));
        assert!(!etag_matches("\"abd\"", "\"abc\""));
    }
}
