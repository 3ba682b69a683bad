//! The routes NaCls and snippets share (`/v1/nacls`, `/v1/snippets`): create, list, get,
//! update (PATCH), delete. Names are unique (409), content is bounded (413).

use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body, list_query};
use super::paths::{Arity, Params};
use super::stream::located;
use super::{ApiError, AppState, Route};
use crate::protocol::documents::{DocumentCreate, DocumentUpdate, MAX_CONTENT};
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
    let create = Arity::<0>::filter(many)
        .and(warp::post())
        .and(super::extract::no_query())
        .and(with_docs.clone())
        .and(with_events.clone())
        .and(json_body::<DocumentCreate>(BODY_LIMIT))
        .and_then(
            move |docs: Documents, events: Option<Events>, body: DocumentCreate| async move {
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
        .and(super::extract::no_query())
        .and(with_docs.clone())
        .and(json_body::<DocumentUpdate>(BODY_LIMIT))
        .and_then(
            |Segment(key): Segment, docs: Documents, body: DocumentUpdate| async move {
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
