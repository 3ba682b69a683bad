//! Which methods each API path accepts: one table, kept in step with the routes, that turns a
//! 405 into an answer naming the methods to use (`Allow` header and error message). The
//! published documentation lists some action paths without a method (`…/update`,
//! `…/prepare/bobs/{id}`); a GET on them must tell the user to POST.

use crate::protocol::ErrorCode;
use std::sync::LazyLock;

use http::{HeaderValue, Method, StatusCode};
use warp::Reply;

use super::ApiError;

/// Every path of the API (`{}` is one path parameter) and the methods its routes accept, from
/// the route table in `protocol::routes` (the one the OpenAPI document is made of). HEAD is
/// implied by GET (the server answers it as a GET without body). Tests check that the routes
/// answer each of these and refuse every method not listed with a 405.
pub static ENDPOINTS: LazyLock<Vec<(String, Vec<Method>)>> = LazyLock::new(|| {
    crate::protocol::routes::endpoints()
        .into_iter()
        .map(|(path, methods)| (anonymous(&path), methods))
        .collect()
});

/// `/v1/instances/{id}/deploy/{image}` as `/v1/instances/{}/deploy/{}`: the label metrics use.
fn anonymous(template: &str) -> String {
    template
        .split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

/// The order methods are listed in (`Allow`, messages).
const ORDER: [Method; 7] = [
    Method::GET,
    Method::HEAD,
    Method::POST,
    Method::PUT,
    Method::PATCH,
    Method::DELETE,
    Method::OPTIONS,
];

/// The table's entries that `path` matches, each with its count of literal segments.
fn matching(path: &str) -> impl Iterator<Item = (usize, &'static (String, Vec<Method>))> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let endpoints: &'static [(String, Vec<Method>)] = &ENDPOINTS;
    endpoints.iter().filter_map(move |entry| {
        let parts: Vec<&str> = entry.0.split('/').filter(|s| !s.is_empty()).collect();
        let matches = parts.len() == segments.len()
            && parts
                .iter()
                .zip(&segments)
                .all(|(p, s)| *p == "{}" || p == s);
        matches.then(|| (parts.iter().filter(|p| **p != "{}").count(), entry))
    })
}

/// The route template `path` belongs to (`/v1/instances/{}`), the one with the most literal
/// segments where several match; `None` for a path no route serves. Metrics label requests
/// with it, so a label never holds an ID.
pub fn template(path: &str) -> Option<&'static str> {
    matching(path)
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, (pattern, _))| pattern.as_str())
}

/// The methods `path` accepts (HEAD included where GET is), or `None` for a path no route
/// serves. A path that several entries match (a literal segment where another entry has a
/// parameter) accepts what any of them does, as the routes do.
pub fn allowed(path: &str) -> Option<Vec<Method>> {
    let mut found: Vec<Method> = Vec::new();
    let mut any = false;
    for (_, (_, methods)) in matching(path) {
        any = true;
        found.extend(methods.iter().cloned());
    }
    if !any {
        return None;
    }
    if found.contains(&Method::GET) {
        found.push(Method::HEAD);
    }
    // Every path answers OPTIONS with what it accepts ([`explain`]).
    found.push(Method::OPTIONS);
    Some(
        ORDER
            .iter()
            .filter(|m| found.contains(m))
            .cloned()
            .collect(),
    )
}

/// Rewrites a 405 answer for `method` on `path` so that it names what the path accepts: an
/// `Allow` header and a message such as "use POST /v1/bobproviders/DockerHub/update". `OPTIONS`
/// on a path the API serves is answered `204` with `Allow`; a 405 for a path no route serves is a
/// 404. Any other answer passes through.
pub fn explain(
    path: &str,
    method: &Method,
    response: warp::reply::Response,
) -> warp::reply::Response {
    if response.status() != StatusCode::METHOD_NOT_ALLOWED {
        return response;
    }
    let Some(methods) = allowed(path) else {
        return ApiError::no_such_endpoint().into_reply().into_response();
    };
    let names: Vec<&str> = methods.iter().map(Method::as_str).collect();
    let allow = HeaderValue::from_str(&names.join(", ")).ok();
    if *method == Method::OPTIONS {
        let mut answer = StatusCode::NO_CONTENT.into_response();
        if let Some(value) = allow {
            answer.headers_mut().insert(http::header::ALLOW, value);
        }
        return answer;
    }
    // HEAD and OPTIONS go without saying; name only what a user would pick.
    let usable: Vec<&str> = names
        .iter()
        .copied()
        .filter(|m| *m != "HEAD" && *m != "OPTIONS")
        .collect();
    let message = match usable.as_slice() {
        [only] => format!("{path} does not accept {method}: use {only} {path}"),
        _ => format!(
            "{path} does not accept {method}: use {} on it",
            or_list(&usable)
        ),
    };
    let hint = if usable == ["POST"] {
        "this path performs an action, and actions are POST requests (with curl: `curl -X POST …`); \
         see docs/API.md"
    } else {
        "see docs/API.md for what each method does on this path"
    };
    let mut answer = ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
        message,
    )
    .hint(hint)
    .into_reply();
    if let Some(value) = allow {
        answer.headers_mut().insert(http::header::ALLOW, value);
    }
    answer.into_response()
}

/// "A", "A or B", "A, B or C".
pub(super) fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
