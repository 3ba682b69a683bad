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

/// The body as a JSON object read into `T` ([`decode_json`]); more than `limit` bytes is a 413.
pub fn json_body<T: DeserializeOwned + Send + 'static>(
    limit: usize,
) -> impl Filter<Extract = (T,), Error = Rejection> + Clone {
    bytes_body(limit).and_then(|bytes: Bytes| async move {
        decode_json::<T>(&bytes).map_err(ApiError::into_rejection)
    })
}

/// A request body that must be a JSON object, read into `T`. Text that is not JSON is a
/// `400 bad_request`; JSON that is not an object (an array such as `["name", "content"]`, a
/// string...) or whose fields do not fit `T` (a wrong type, `null` where a value is needed, a
/// missing or unknown field) is a `422 invalid_field` that names the field and says what it
/// accepts, in JSON terms rather than the server's type names.
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        ApiError::bad_request(format!("the request body is not valid JSON: {e}"))
            .hint("send a JSON object, such as {\"name\": \"web\"}")
    })?;
    if !value.is_object() {
        return Err(invalid_field(format!(
            "the request body must be a JSON object of named fields, not {}",
            json_kind(&value)
        ))
        .hint("docs/API.md lists the fields of each request body"));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if let Some(renamed) = renamed_field(&inner) {
            return invalid_field(renamed);
        }
        let message = plain_serde_message(&inner);
        if path == "." {
            invalid_field(format!("invalid request body: {message}"))
        } else {
            invalid_field(format!("invalid field {path}: {message}"))
        }
    })
}

/// Request names that changed in one breaking step (issue 12, "one spelling per idea"): old →
/// new. docs/API.md's "Changes" section lists them.
const RENAMED: &[(&str, &str)] = &[
    ("instance", "instance_id"),
    ("nacl", "nacl_id"),
    ("builder", "builder_id"),
    ("uplink", "uplink_id"),
];

/// `` `nacl` is now `nacl_id` `` for serde's "unknown field `nacl`, expected one of ..." when
/// `nacl` is an old name and its new name is among the accepted ones (so a request that never
/// took it is not told about a rename elsewhere).
fn renamed_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (name, accepted) = rest.split_once('`')?;
    let (old, new) = RENAMED.iter().find(|(old, _)| *old == name)?;
    accepted
        .contains(&format!("`{new}`"))
        .then(|| format!("`{old}` is now `{new}`"))
}

/// A request body field problem: `422 invalid_field`.
pub fn invalid_field(message: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::InvalidField,
        message,
    )
}

/// `an array`, `a string`...: what a JSON value is, for messages.
fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// A serde message in JSON terms: `expected u32` → `expected a whole number (0 or more)`,
/// `struct DocumentUpdate` → `a JSON object`, `map`/`sequence` → `object`/`array`, so no Rust
/// type name reaches the client.
fn plain_serde_message(message: &str) -> String {
    if message.starts_with("data did not match any variant of untagged enum") {
        return "the value has none of the accepted forms (docs/API.md lists them)".to_owned();
    }
    let words: Vec<&str> = message.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        let tail = &word[bare.len()..];
        let next_is_type = words
            .get(i + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        let replaced = match bare {
            "struct" if next_is_type => {
                let next = words[i + 1];
                let name = next.trim_end_matches([',', '.', ';', ':', ')']);
                i += 1;
                Some(format!("a JSON object{}", &next[name.len()..]))
            }
            "enum" if next_is_type => {
                let next = words[i + 1];
                let name = next.trim_end_matches([',', '.', ';', ':', ')']);
                i += 1;
                Some(format!(
                    "one of the documented values{}",
                    &next[name.len()..]
                ))
            }
            "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
                Some(format!("a whole number (0 or more){tail}"))
            }
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => {
                Some(format!("a whole number{tail}"))
            }
            "f32" | "f64" => Some(format!("a number{tail}")),
            "map" => Some(format!("object{tail}")),
            "sequence" => Some(format!("array{tail}")),
            "unit" if words.get(i + 1).is_some_and(|w| w.starts_with("value")) => {
                let next = words[i + 1];
                i += 1;
                Some(format!("null{}", &next["value".len()..]))
            }
            _ => None,
        };
        out.push(replaced.unwrap_or_else(|| word.to_owned()));
        i += 1;
    }
    out.join(" ")
}

/// How long the rest of a refused request body is read (and dropped) after the answer
/// ([`drain_after_answer`]).
pub const DRAIN_TIME: Duration = Duration::from_secs(30);

/// The whole body, at most `limit` bytes: a `Content-Length` over it, or a longer body without
/// one, is a 413, answered at once while the rest of the body is read and dropped
/// ([`drain_after_answer`]). Unlike warp's `content_length_limit`, a body without a
/// `Content-Length` (chunked, HTTP/2, or none at all) is read, not refused with a 411.
pub fn bytes_body(limit: usize) -> impl Filter<Extract = (Bytes,), Error = Rejection> + Clone {
    warp::header::optional::<u64>("content-length")
        .and(warp::body::stream())
        .and_then(move |length: Option<u64>, body| async move {
            read_bounded(length, body, limit)
                .await
                .map_err(ApiError::into_rejection)
        })
}

async fn read_bounded<S, B>(length: Option<u64>, body: S, limit: usize) -> Result<Bytes, ApiError>
where
    S: Stream<Item = Result<B, warp::Error>> + Send + 'static,
    B: Buf + 'static,
{
    let mut body = Box::pin(body);
    if length.is_some_and(|l| l > limit as u64) {
        drain_after_answer(body);
        return Err(too_large(limit));
    }
    match collect(body.as_mut(), limit).await {
        Err(e) if e.status == StatusCode::PAYLOAD_TOO_LARGE => {
            drain_after_answer(body);
            Err(e)
        }
        other => other,
    }
}

/// Reads and drops the rest of a refused request body in the background, for at most
/// [`DRAIN_TIME`], while the answer goes out. A client that is still sending then gets to
/// read the answer: over HTTP/2, a stream closed before the client has sent all of its body
/// is reset, and clients such as curl 7.88 (Debian 12's) report that reset as
/// `(92) Stream error in the HTTP/2 framing layer` without showing the answer they received.
/// Over HTTP/1.1 a client that stops sending when it sees the answer ends the drain at once.
pub fn drain_after_answer<S, B>(body: std::pin::Pin<Box<S>>)
where
    S: Stream<Item = Result<B, warp::Error>> + Send + 'static,
    B: Buf + 'static,
{
    tokio::spawn(drain(body, DRAIN_TIME));
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
        if let Some(renamed) = renamed_field(&inner) {
            return invalid_parameter(format!("unknown query parameter: {renamed}"));
        }
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

/// The `?status=` filter of a list: `value` read with `parse`, or the one answer every list
/// gives to a status it does not know: `422 invalid_field` on `status`, with a hint naming every
/// status of `all`.
pub fn status_filter<T: std::fmt::Display>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
) -> Result<T, ApiError> {
    named_filter("status", value, parse, all)
}

/// [`status_filter`] for a parameter of another name.
pub fn named_filter<T: std::fmt::Display>(
    field: &'static str,
    value: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
) -> Result<T, ApiError> {
    parse(value).ok_or_else(|| {
        let names: Vec<String> = all.iter().map(ToString::to_string).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        ApiError::from(crate::store::StoreError::Invalid {
            field,
            message: format!("unknown {field} {value:?}"),
        })
        .hint(format!("use {}", super::allow::or_list(&names)))
    })
}

/// The query of a list filtered by `?status=` (deploys, rollouts): the status and the usual
/// list parameters, unknown ones refused.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusListParams {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    search: Option<String>,
    #[serde(default)]
    sort: Option<String>,
    #[serde(default)]
    limit: Option<u64>,
    #[serde(default)]
    offset: Option<u64>,
}

impl StatusListParams {
    /// The checked list parameters ([`checked_list`]) and the status ([`status_filter`]).
    pub fn parse<T: std::fmt::Display>(
        self,
        parse: fn(&str) -> Option<T>,
        all: &[T],
    ) -> Result<(ListQuery, Option<T>), ApiError> {
        let status = self
            .status
            .map(|s| status_filter(&s, parse, all))
            .transpose()?;
        let list = checked_list(ListQuery {
            search: self.search,
            sort: self.sort,
            limit: self.limit,
            offset: self.offset,
        })?;
        Ok((list, status))
    }
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

/// Reads and discards what is left of a refused body, until it ends, fails or `time` is over.
async fn drain<S, B>(mut body: std::pin::Pin<Box<S>>, time: Duration)
where
    S: Stream<Item = Result<B, warp::Error>>,
    B: Buf,
{
    let _ =
        tokio::time::timeout(time, async { while let Some(Ok(_)) = body.next().await {} }).await;
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

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        count: Option<u32>,
        #[serde(default, deserialize_with = "crate::protocol::not_null")]
        label: Option<String>,
        index: Option<crate::protocol::uplinks::UplinkIndex>,
        inner: Option<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        flag: bool,
    }

    #[test]
    fn bodies_are_objects_and_errors_name_fields_without_rust_types() {
        assert!(decode_json::<Body>(br#"{"name": "a", "count": 3, "label": "x"}"#).is_ok());
        let not_json = decode_json::<Body>(b"name=a").expect_err("not JSON");
        assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
        for (body, says) in [
            (
                &br#"["a", 3]"#[..],
                "must be a JSON object of named fields, not an array",
            ),
            (br#""a""#, "not a string"),
            (
                br#"{"name": 1}"#,
                "invalid field name: invalid type: integer `1`, expected a string",
            ),
            (
                br#"{"name": "a", "count": "x"}"#,
                "invalid field count: invalid type: string \"x\", expected a whole number (0 or more)",
            ),
            (br#"{"name": "a", "count": -1}"#, "invalid field count:"),
            (
                br#"{"name": "a", "label": null}"#,
                "invalid field label: invalid type: null, expected a string",
            ),
            (
                br#"{"name": "a", "index": true}"#,
                "invalid field index: expected an interface number",
            ),
            (
                br#"{"name": "a", "inner": 3}"#,
                "invalid field inner: invalid type: integer `3`, expected a JSON object",
            ),
            (br#"{"name": "a", "inner": []}"#, "expected a JSON object"),
            (br#"{"count": 1}"#, "missing field `name`"),
            (br#"{"name": "a", "nmae": 1}"#, "unknown field `nmae`"),
        ] {
            let err =
                decode_json::<Body>(body).expect_err(std::str::from_utf8(body).unwrap_or("?"));
            assert_eq!(
                err.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                err.body.error.message
            );
            assert_eq!(err.body.error.code, "invalid_field");
            let message = &err.body.error.message;
            assert!(message.contains(says), "{message} (wanted {says})");
            for rust in [
                "u32",
                "Option",
                "struct",
                "enum",
                "Body",
                "Inner",
                "UplinkIndex",
                "sequence",
                " map",
            ] {
                assert!(!message.contains(rust), "{message} names {rust}");
            }
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

    /// Regression (issue 12): a request with a renamed field or parameter (`nacl`, now
    /// `nacl_id`) got a bare "unknown field"; it is told the new name, and only where the new
    /// name is accepted.
    #[test]
    fn an_old_name_is_answered_with_the_new_one() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Request {
            #[serde(default, rename = "nacl_id")]
            _nacl: Option<String>,
            #[serde(default, rename = "uplink_id")]
            _uplink: Option<String>,
        }
        let err = decode_json::<Request>(br#"{"uplink": "x"}"#).expect_err("old name");
        assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err.body.error.code, "invalid_field");
        assert_eq!(err.body.error.message, "`uplink` is now `uplink_id`");
        // `builder_id` is not a field of Request: a plain unknown field.
        let err = decode_json::<Request>(br#"{"builder": "x"}"#).expect_err("unknown");
        assert!(
            err.body.error.message.contains("unknown field `builder`"),
            "{}",
            err.body.error.message
        );

        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Params {
            #[serde(default, rename = "instance_id")]
            _instance: Option<String>,
        }
        let err = parse_query::<Params>("instance=web").expect_err("old name");
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
        assert_eq!(err.body.error.code, "invalid_parameter");
        assert!(
            err.body
                .error
                .message
                .contains("`instance` is now `instance_id`"),
            "{}",
            err.body.error.message
        );
    }
}
