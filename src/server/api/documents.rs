//! The routes NaCls and snippets share (`/v1/nacls`, `/v1/snippets`): create, list, get,
//! update (PATCH), delete. Names are unique (409), content is bounded (413).

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body, list_query};
use super::paths::{Arity, Params};
use super::stream::located;
use super::{ApiError, AppState, Route};
use crate::protocol::ErrorCode;
use crate::protocol::documents::{DocumentCreate, DocumentUpdate, MAX_CONTENT, StoreParams};
use crate::protocol::events::EventData;
use crate::protocol::list::ListQuery;
use crate::protocol::routes;
use crate::server::events::Events;
use crate::store::{Store, documents::Documents};

/// Bytes of JSON accepted for one document: the content limit plus room for escaping. The
/// content itself is checked against [`MAX_CONTENT`] after parsing.
const BODY_LIMIT: usize = MAX_CONTENT * 2 + 64 * 1024;

/// The routes of the route templates `many` (`/v1/nacls`) and `one` (`/v1/nacls/{id}`) of
/// `protocol::routes`, backed by `docs`.
pub fn routes(
    state: AppState,
    many: &'static str,
    one: &'static str,
    docs: fn(&Store) -> Documents,
) -> Route {
    let with_docs = {
        let store = state.store.clone();
        warp::any().map(move || docs(&store))
    };
    // NaCls are announced (`nacl.created`, `nacl.deleted`); snippets are not.
    let events = (many == routes::NACLS).then(|| state.events.clone());
    let with_events = warp::any().map(move || events.clone());
    // A NaCl is checked before it is stored (`?force=true` skips that); a snippet is a piece
    // of one and is stored as it is.
    let is_nacl = many == routes::NACLS;
    let store_params = move || -> warp::filters::BoxedFilter<(StoreParams,)> {
        if is_nacl {
            super::extract::query::<StoreParams>().boxed()
        } else {
            super::extract::no_query().map(StoreParams::default).boxed()
        }
    };
    let create = Arity::<0>::filter(many)
        .and(warp::post())
        .and(store_params())
        .and(with_docs.clone())
        .and(with_events.clone())
        .and(json_body::<DocumentCreate>(BODY_LIMIT))
        .and_then(
            move |params: StoreParams,
                  docs: Documents,
                  events: Option<Events>,
                  body: DocumentCreate| async move {
                if is_nacl && !params.force {
                    check_nacl(&body.name, &body.content).map_err(ApiError::into_rejection)?;
                }
                let doc = docs.create(body).await.map_err(ApiError::rejection)?;
                if let Some(events) = events {
                    events.publish(EventData::NaclCreated {
                        id: doc.id.clone(),
                        name: doc.name.clone(),
                    });
                }
                Ok::<_, warp::Rejection>(located(StatusCode::CREATED, &doc, one, &doc.id))
            },
        );
    let list = Arity::<0>::filter(many)
        .and(warp::get())
        .and(with_docs.clone())
        .and(list_query())
        .and_then(|docs: Documents, q: ListQuery| async move {
            let page = docs.list(q).await.map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(warp::reply::json(&page).into_response())
        });
    let by_key = Arity::<1>::filter(one);
    let get = by_key
        .clone()
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_docs.clone())
        .and_then(|Segment(key): Segment, docs: Documents| async move {
            let doc = docs.get(&key).await.map_err(ApiError::rejection)?;
            Ok::<_, warp::Rejection>(warp::reply::json(&doc).into_response())
        });
    let update = by_key
        .clone()
        .and(warp::patch())
        .and(store_params())
        .and(with_docs.clone())
        .and(json_body::<DocumentUpdate>(BODY_LIMIT))
        .and_then(
            move |Segment(key): Segment,
                  params: StoreParams,
                  docs: Documents,
                  body: DocumentUpdate| async move {
                if let (true, false, Some(content)) = (is_nacl, params.force, &body.content) {
                    check_nacl(&key, content).map_err(ApiError::into_rejection)?;
                }
                let doc = docs.update(&key, body).await.map_err(ApiError::rejection)?;
                Ok::<_, warp::Rejection>(warp::reply::json(&doc).into_response())
            },
        );
    let delete = by_key
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_docs)
        .and(with_events)
        .and_then(
            |Segment(key): Segment, docs: Documents, events: Option<Events>| async move {
                let doc = docs.delete(&key).await.map_err(ApiError::rejection)?;
                if let Some(events) = events {
                    events.publish(EventData::NaclDeleted {
                        id: doc.id,
                        name: doc.name,
                    });
                }
                Ok::<_, warp::Rejection>(StatusCode::NO_CONTENT.into_response())
            },
        );
    create
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(update)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}

/// Refuses a NaCl in which Mothership's checks find errors: `422 invalid_nacl`, every error in
/// `diagnostics`, the hint naming `force`.
pub(super) fn check_nacl(name: &str, content: &str) -> Result<(), ApiError> {
    if content.len() > MAX_CONTENT {
        // Too large to store at all: the store answers that (413).
        return Ok(());
    }
    let errors: Vec<crate::nacl::Diagnostic> = crate::nacl::check(content)
        .into_iter()
        .filter(crate::nacl::Diagnostic::is_error)
        .collect();
    let Some(first) = errors.first() else {
        return Ok(());
    };
    let mut e = ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::InvalidNacl,
        format!(
            "NaCl {name} is not valid ({} error{}); the first, at line {} column {}: {}",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            first.line,
            first.column,
            first.message
        ),
    )
    .hint(
        "fix the errors listed in `diagnostics` (`mothership validate FILE` shows them), or pass \
         force=true (`mothership nacls push --force`) to store it anyway",
    );
    e.body.error.diagnostics = Some(errors);
    Err(e)
}
