//! The server's path filters, made from the route templates of [`crate::protocol::routes`] (the
//! ones the client fills and the OpenAPI document lists), so that a path is spelled once:
//! `route!(routes::BUILDER)` matches `/v1/builders/{id}` and extracts the `{id}`.
//!
//! A filter matches a path made of the template's literal segments with one non-empty segment
//! for each `{parameter}`, as `warp::path!` does (a single trailing `/` is allowed, an empty
//! segment is not), and extracts the parameters percent-decoded, as [`Segment`]s, in order.

use std::future::ready;

use warp::path::Tail;
use warp::{Filter, Rejection};

use super::extract::Segment;
use crate::protocol::routes::params;

/// The filter of a route template of [`crate::protocol::routes`]: `route!(routes::BUILDER)`
/// extracts one [`Segment`], `route!(routes::INSTANCE_DEPLOY)` two, `route!(routes::BUILDERS)`
/// none. The number comes from the template at compile time, so a handler that takes a
/// different number of path parameters does not compile.
macro_rules! route {
    ($template:expr) => {
        <$crate::server::api::paths::Arity<{ $crate::protocol::routes::params($template) }>
                                    as $crate::server::api::paths::Params>::filter($template)
    };
}
pub(crate) use route;

/// A number of path parameters; [`Params`] gives the filter that extracts that many.
pub struct Arity<const N: usize>;

/// The filter of a template with `N` parameters (see [`route!`]).
pub trait Params {
    /// What the filter extracts: `()`, `(Segment,)` or `(Segment, Segment)`.
    type Extract;

    /// The filter for `template`.
    ///
    /// # Panics
    /// When `template` does not have `N` parameters ([`route!`] makes that a compile error).
    fn filter(
        template: &'static str,
    ) -> impl Filter<Extract = Self::Extract, Error = Rejection> + Clone + Send + Sync + 'static;
}

impl Params for Arity<0> {
    type Extract = ();

    fn filter(
        template: &'static str,
    ) -> impl Filter<Extract = (), Error = Rejection> + Clone + Send + Sync + 'static {
        segments::<0>(template)
            .map(|_: [Segment; 0]| ())
            .untuple_one()
    }
}

impl Params for Arity<1> {
    type Extract = (Segment,);

    fn filter(
        template: &'static str,
    ) -> impl Filter<Extract = (Segment,), Error = Rejection> + Clone + Send + Sync + 'static {
        segments::<1>(template).map(|[one]: [Segment; 1]| one)
    }
}

impl Params for Arity<2> {
    type Extract = (Segment, Segment);

    fn filter(
        template: &'static str,
    ) -> impl Filter<Extract = (Segment, Segment), Error = Rejection> + Clone + Send + Sync + 'static
    {
        segments::<2>(template)
            .map(|[one, two]: [Segment; 2]| (one, two))
            .untuple_one()
    }
}

/// Matches the whole path against `template` and extracts its `N` parameters; a 404 rejection
/// (as `warp::path!` gives) when the path does not match.
fn segments<const N: usize>(
    template: &'static str,
) -> impl Filter<Extract = ([Segment; N],), Error = Rejection> + Clone + Send + Sync + 'static {
    assert_eq!(
        params(template),
        N,
        "{template}: a filter for {N} path parameters"
    );
    warp::path::tail().and_then(move |tail: Tail| {
        ready(
            matched::<N>(template, tail.as_str())
                .and_then(decoded)
                .ok_or_else(warp::reject::not_found),
        )
    })
}

/// The raw parameters of `path` (the request's path less its leading `/`) when it matches
/// `template`, split as warp splits: a trailing `/` may end the path, a parameter is never empty.
fn matched<'a, const N: usize>(template: &str, path: &'a str) -> Option<[&'a str; N]> {
    let mut found = [""; N];
    let mut count = 0;
    let mut rest = path;
    for part in template.split('/').skip(1) {
        let (segment, after) = rest.split_once('/').unwrap_or((rest, ""));
        if part.starts_with('{') {
            if segment.is_empty() {
                return None;
            }
            *found.get_mut(count)? = segment;
            count += 1;
        } else if part != segment {
            return None;
        }
        rest = after;
    }
    (rest.is_empty() && count == N).then_some(found)
}

/// Each raw parameter percent-decoded; `None` if one does not decode (`extract::decodable_path`
/// has answered such a path with a 400 before any route sees it).
fn decoded<const N: usize>(raw: [&str; N]) -> Option<[Segment; N]> {
    let all: Vec<Segment> = raw
        .iter()
        .map(|s| s.parse::<Segment>().ok())
        .collect::<Option<_>>()?;
    all.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::routes;

    #[test]
    fn matches_as_warp_path_does() {
        let one = |path| matched::<1>(routes::BUILDER, path);
        assert_eq!(one("v1/builders/abc"), Some(["abc"]));
        assert_eq!(one("v1/builders/abc/"), Some(["abc"]));
        assert_eq!(one("v1/builders/abc//"), None);
        assert_eq!(one("v1/builders/"), None);
        assert_eq!(one("v1/builders"), None);
        assert_eq!(one("v1//builders/abc"), None);
        assert_eq!(one("v1/builders/abc/log"), None);
        assert_eq!(one("v2/builders/abc"), None);
        assert_eq!(matched::<0>(routes::METRICS, "metrics"), Some([]));
        assert_eq!(matched::<0>(routes::METRICS, "metrics/"), Some([]));
        assert_eq!(matched::<0>(routes::METRICS, ""), None);
        assert_eq!(
            matched::<2>(routes::INSTANCE_DEPLOY, "v1/instances/a%20b/deploy/c"),
            Some(["a%20b", "c"])
        );
        // A literal segment is never taken for a parameter, nor the other way round.
        assert_eq!(
            matched::<0>(routes::INSTANCE_COUNTS, "v1/instances/x"),
            None
        );
        assert_eq!(
            matched::<1>(routes::INSTANCE, "v1/instances/counts"),
            Some(["counts"])
        );
    }

    #[test]
    fn templates_are_checked() {
        assert_eq!(params(routes::BUILDERS), 0);
        assert_eq!(params(routes::BUILDER), 1);
        assert_eq!(params(routes::INSTANCE_DEPLOY), 2);
        for bad in [
            "v1/x",
            "/v1//x",
            "/v1/x/",
            "/v1/x{id}",
            "/v1/{id}x",
            "/v1/{}",
            "/v1/{a}b}",
        ] {
            let caught = std::panic::catch_unwind(|| params(bad));
            assert!(caught.is_err(), "{bad} is refused");
        }
    }

    #[test]
    fn parameters_are_decoded() {
        let [instance, image] = decoded(["web%201", "abc%2Fdef"]).expect("decodes");
        assert_eq!(
            (instance.0.as_str(), image.0.as_str()),
            ("web 1", "abc/def")
        );
        assert!(decoded(["100%"]).is_none());
    }

    /// Every template of the route table makes a filter (its number of parameters is one an
    /// [`Arity`] covers) and matches its own path filled with parameters.
    #[test]
    fn every_template_has_a_filter() {
        for (template, _) in routes::endpoints() {
            let template: &'static str = Box::leak(template.into_boxed_str());
            let args: Vec<&str> = (0..params(template)).map(|_| "x").collect();
            let path = routes::path(template, &args);
            let path = path.trim_start_matches('/');
            let matches = match params(template) {
                0 => {
                    let _ = Arity::<0>::filter(template);
                    matched::<0>(template, path).is_some()
                }
                1 => {
                    let _ = Arity::<1>::filter(template);
                    matched::<1>(template, path).is_some()
                }
                2 => {
                    let _ = Arity::<2>::filter(template);
                    matched::<2>(template, path).is_some()
                }
                n => panic!(
                    "{template}: {n} path parameters; add an Arity<{n}> to server::api::paths"
                ),
            };
            assert!(matches, "{template} does not match /{path}");
        }
    }
}
