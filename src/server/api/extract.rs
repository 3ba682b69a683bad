//! Request parts the resource modules share: percent-decoded path parameters, bounded JSON
//! bodies, list queries with messages that say what was wrong, and draining an upload that was
//! refused early.

use crate::protocol::ErrorCode;
use std::str::FromStr;
use std::time::Duration;

use bytes::{Buf, Bytes};
use futures_util::{Stream, StreamExt};
use http::StatusCode;
use serde::de::DeserializeOwned;
use warp::{Filter, Rejection};

use super::ApiError;
use crate::protocol::list::{DEFAULT_LIMIT, ListQuery, MAX_LIMIT, PageQuery};

/// A path parameter, percent-decoded: use it in `warp::path!` and `warp::path::param` in place of
/// `String` (warp hands over the segment as sent, so `my%20nacl` would not find `my nacl`).
/// `+` stays a `+`: it means a space only in a query string.
///
/// warp turns a failed `FromStr` into a plain 404, so [`decodable_path`] refuses a path with a
/// malformed segment first, with a 400 that names it; the decoding here then cannot fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment(pub String);

impl FromStr for Segment {
    type Err = ApiError;

    fn from_str(raw: &str) -> Result<Self, ApiError> {
        decode_segment(raw).map(Segment)
    }
}

/// `raw` percent-decoded; a `%` not followed by two hex digits, or bytes that are not UTF-8, are
/// a 400 that quotes the segment.
pub fn decode_segment(raw: &str) -> Result<String, ApiError> {
    let bytes = raw.as_bytes();
    let malformed = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    if malformed {
        return Err(ApiError::bad_request(format!(
            "path segment {raw:?} is not valid percent-encoding: every % must be followed by two \
             hex digits"
        ))
        .hint("write a % that is part of a name as %25"));
    }
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map(|decoded| decoded.into_owned())
        .map_err(|_| {
            ApiError::bad_request(format!(
                "path segment {raw:?} does not decode to UTF-8 text"
            ))
            .hint("percent-encode names as UTF-8")
        })
}

/// Refuses, with the 400 of [`decode_segment`], a request whose path has a segment that does not
/// decode; put it in front of every route that takes a [`Segment`].
pub fn decodable_path() -> impl Filter<Extract = (), Error = Rejection> + Clone {
    warp::path::full()
        .and_then(|path: warp::path::FullPath| async move {
            for raw in path.as_str().split('/') {
                decode_segment(raw).map_err(ApiError::into_rejection)?;
            }
            Ok::<_, Rejection>(())
        })
        .untuple_one()
}

/// The body as JSON of type `T`; more than `limit` bytes is a 413, bad JSON a 400 that quotes
/// the parser.
pub fn json_body<T: DeserializeOwned + Send + 'static>(
    limit: usize,
) -> impl Filter<Extract = (T,), Error = Rejection> + Clone {
    bytes_body(limit).and_then(|bytes: Bytes| async move {
        serde_json::from_slice::<T>(&bytes).map_err(|e| {
            ApiError::bad_request(format!("invalid JSON request body: {e}")).into_rejection()
        })
    })
}

/// The whole body, at most `limit` bytes: a `Content-Length` over it is a 413 before anything is
/// read, a longer body without one a 413 once the limit is passed. Unlike warp's
/// `content_length_limit`, a body without a `Content-Length` (chunked, HTTP/2, or none at all)
/// is read, not refused with a 411.
pub fn bytes_body(limit: usize) -> impl Filter<Extract = (Bytes,), Error = Rejection> + Clone {
    warp::header::optional::<u64>("content-length")
        .and(warp::body::stream())
        .and_then(move |length: Option<u64>, body| async move {
            if length.is_some_and(|l| l > limit as u64) {
                return Err(too_large(limit).into_rejection());
            }
            collect(body, limit).await.map_err(ApiError::into_rejection)
        })
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::PayloadTooLarge,
        format!("the request body is larger than the limit of {limit} bytes"),
    )
}

async fn collect<S, B>(body: S, limit: usize) -> Result<Bytes, ApiError>
where
    S: Stream<Item = Result<B, warp::Error>>,
    B: Buf,
{
    let mut body = std::pin::pin!(body);
    let mut out = Vec::new();
    while let Some(chunk) = body.next().await {
        let mut chunk = chunk.map_err(|e| body_error(&e, out.len() as u64))?;
        if out.len() + chunk.remaining() > limit {
            return Err(too_large(limit));
        }
        while chunk.has_remaining() {
            let part = chunk.chunk();
            out.extend_from_slice(part);
            let n = part.len();
            chunk.advance(n);
        }
    }
    Ok(Bytes::from(out))
}

/// Why reading a request body failed, after `received` bytes: a 408 when it sent nothing for
/// the body timeout (`--bodytimeout`), a 400 otherwise.
pub fn body_error(e: &warp::Error, received: u64) -> ApiError {
    if crate::server::body_timeout::is_body_timeout(e) {
        ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            ErrorCode::RequestTimeout,
            format!("the request body stalled after {received} bytes: {e}; it was dropped"),
        )
        .hint("send the body without pauses; the server's --bodytimeout sets how long one may be")
    } else {
        ApiError::bad_request(format!(
            "the request body was interrupted after {received} bytes: {e}"
        ))
    }
}

/// The query parameters of a route, read into `T` (which names every parameter the route takes
/// and is `#[serde(deny_unknown_fields)]`): an unknown parameter is refused naming it and the
/// accepted ones, a value that does not parse naming the parameter and the value, both
/// `400 invalid_parameter`.
pub fn query<T>() -> impl Filter<Extract = (T,), Error = Rejection> + Clone
where
    T: DeserializeOwned + Send + 'static,
{
    warp::query::raw()
        .or(warp::any().map(String::new))
        .unify()
        .and_then(
            |raw: String| async move { parse_query::<T>(&raw).map_err(ApiError::into_rejection) },
        )
}

/// What a route without query parameters reads: nothing, and anything is refused.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoQuery {}

/// For routes that take no query parameters: any is a `400 invalid_parameter`.
pub fn no_query() -> impl Filter<Extract = (), Error = Rejection> + Clone {
    query::<NoQuery>().map(|_: NoQuery| ()).untuple_one()
}

/// A query parameter problem: `400 invalid_parameter`.
pub fn invalid_parameter(message: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        crate::protocol::ErrorCode::InvalidParameter,
        message,
    )
}

pub(super) fn parse_query<T: DeserializeOwned>(raw: &str) -> Result<T, ApiError> {
    let pairs = url::form_urlencoded::parse(raw.as_bytes());
    let de = serde_urlencoded::Deserializer::new(pairs);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if inner.starts_with("unknown field") {
            let message = inner
                .replace("unknown field", "unknown query parameter")
                .replace(
                    "there are no fields",
                    "this endpoint takes no query parameters",
                )
                .replace("expected one of", "accepted:")
                .replace(", expected", ", accepted:");
            return invalid_parameter(message);
        }
        let value = url::form_urlencoded::parse(raw.as_bytes())
            .find(|(k, _)| *k == path)
            .map(|(_, v)| v.into_owned());
        match value {
            Some(value) => {
                invalid_parameter(format!("invalid query parameter {path}={value:?}: {inner}"))
            }
            None if path == "." => invalid_parameter(format!("invalid query: {inner}")),
            None => invalid_parameter(format!("invalid query parameter {path}: {inner}")),
        }
    })
}

/// `?search=&sort=&limit=&offset=` of a list of stored content, read like every query (see
/// [`query`]) and with `limit` and `offset` checked ([`checked_list`]).
pub fn list_query() -> impl Filter<Extract = (ListQuery,), Error = Rejection> + Clone {
    query::<ListQuery>()
        .and_then(|q: ListQuery| async move { checked_list(q).map_err(ApiError::into_rejection) })
}

/// `?limit=&offset=` of a list without search or sort, as a [`ListQuery`] (checked like
/// [`list_query`]).
pub fn page_query() -> impl Filter<Extract = (ListQuery,), Error = Rejection> + Clone {
    query::<PageQuery>().and_then(|q: PageQuery| async move {
        checked_list(q.into()).map_err(ApiError::into_rejection)
    })
}

/// `q` when its `limit` and `offset` are in range, else the one answer every list gives:
/// `422 invalid_field` naming the parameter and the value.
pub fn checked_list(q: ListQuery) -> Result<ListQuery, ApiError> {
    paging(&q)?;
    Ok(q)
}

/// `(limit, offset)` of `q`, or the 422 of [`checked_list`].
pub fn paging(q: &ListQuery) -> Result<(u64, u64), ApiError> {
    q.bounds().map_err(|(field, message)| {
        ApiError::from(crate::store::StoreError::Invalid { field, message }).hint(format!(
            "page with limit (1-{MAX_LIMIT}, default {DEFAULT_LIMIT}) and offset; \
             every list answers {{\"items\", \"total\"}}"
        ))
    })
}

#[cfg(test)]
pub(super) fn parse_list_query(raw: &str) -> Result<ListQuery, ApiError> {
    checked_list(parse_query::<ListQuery>(raw)?)
}

/// Reads and discards what is left of a refused upload, up to `max` bytes or `time`, so the
/// client (still sending) gets to read the error instead of a reset connection.
pub async fn drain<S, B>(body: S, max: u64, time: Duration)
where
    S: Stream<Item = Result<B, warp::Error>>,
    B: Buf,
{
    let mut body = std::pin::pin!(body);
    let mut seen = 0u64;
    let _ = tokio::time::timeout(time, async {
        while let Some(Ok(chunk)) = body.next().await {
            seen += chunk.remaining() as u64;
            if seen > max {
                break;
            }
        }
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_decode_every_escape_but_keep_plus() {
        for (raw, decoded) in [
            ("plain", "plain"),
            ("my%20nacl", "my nacl"),
            ("a%2Fb", "a/b"),
            ("a+b", "a+b"),
            ("a%2Bb", "a+b"),
            ("100%25", "100%"),
            ("q%3Fx%23y", "q?x#y"),
            ("%C3%BC", "ü"),
            ("%c3%bc", "ü"),
            ("", ""),
        ] {
            assert_eq!(decode_segment(raw).expect(raw), decoded, "{raw}");
        }
    }

    #[test]
    fn malformed_segments_are_400s_that_quote_them() {
        for raw in ["%ZZ", "a%2", "50%", "%", "%%41", "%FF", "web%C3", "%C3%28"] {
            let err = decode_segment(raw).expect_err(raw);
            assert_eq!(err.status, StatusCode::BAD_REQUEST, "{raw}");
            assert_eq!(err.body.error.code, "bad_request", "{raw}");
            assert!(
                err.body.error.message.contains(&format!("{raw:?}")),
                "{raw}: {}",
                err.body.error.message
            );
        }
    }

    #[test]
    fn list_query_parses_and_names_unknown_keys() {
        let q = parse_list_query("search=a%20b&sort=-created&limit=20&offset=40").expect("ok");
        assert_eq!(q.search.as_deref(), Some("a b"));
        assert_eq!(q.sort.as_deref(), Some("-created"));
        assert_eq!((q.limit, q.offset), (Some(20), Some(40)));
        let err = parse_list_query("serch=x").expect_err("unknown");
        assert!(err.body.error.message.contains("serch"));
        assert!(parse_list_query("limit=ten").is_err());
    }
}
