//! `/v1/images`: streaming upload, list with search and paging, metadata or bytes of one image
//! (see [`super::image_blob`] for the bytes), delete. `POST /v1/images/build/...`, which queues a
//! build, is in [`super::builds`].

use crate::protocol::ErrorCode;
use crate::protocol::events::EventData;
use std::time::Instant;

use bytes::Buf;
use futures_util::{Stream, StreamExt};
use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, body_error, drain_after_answer, list_query};
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::images::{Image, UploadQuery};
use crate::protocol::list::ListQuery;
use crate::protocol::routes;
use crate::store::images::NewImage;

const MAX_TAG: usize = 128;

/// Every `/v1/images` route of this module.
pub fn routes(state: AppState) -> Route {
    let upload = route!(routes::IMAGES)
        .and(warp::post())
        .and(with_state(state.clone()))
        .and(super::extract::query::<UploadQuery>())
        .and(warp::header::optional::<u64>("content-length"))
        .and(warp::body::stream())
        .and_then(upload);
    let list = route!(routes::IMAGES)
        .and(warp::get())
        .and(with_state(state.clone()))
        .and(list_query())
        .and_then(list);
    let get = route!(routes::IMAGE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and(warp::header::headers_cloned())
        .and_then(get);
    let binary = route!(routes::IMAGE_BINARY)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and(warp::header::headers_cloned())
        .and_then(binary);
    let delete = route!(routes::IMAGE)
        .and(warp::delete())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(delete);
    upload
        .or(list)
        .unify()
        .or(get)
        .unify()
        .or(binary)
        .unify()
        .or(delete)
        .unify()
        .boxed()
}

async fn upload<S, B>(
    state: AppState,
    query: UploadQuery,
    length: Option<u64>,
    body: S,
) -> Result<warp::reply::Response, warp::Rejection>
where
    S: Stream<Item = Result<B, warp::Error>> + Send + 'static,
    B: Buf + 'static,
{
    let limit = state.config.image_size_limit;
    let mut body = Box::pin(body);
    let refuse = |e: ApiError| e.into_rejection();
    if let Some(tag) = &query.tag
        && let Err(message) = check_tag(tag)
    {
        drain_after_answer(body);
        return Err(refuse(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidField,
            format!("invalid tag: {message}"),
        )));
    }
    if let Some(length) = length
        && length > limit
    {
        drain_after_answer(body);
        return Err(refuse(
            crate::store::StoreError::ImageTooLarge {
                size: Some(length),
                limit,
            }
            .into(),
        ));
    }
    let started = Instant::now();
    let mut upload = state.store.begin_image(limit);
    while let Some(chunk) = body.next().await {
        let mut chunk = match chunk {
            Ok(c) => c,
            Err(e) => {
                let received = upload.received();
                // Dropping the upload removes what it wrote.
                drop(upload);
                tracing::info!("image upload interrupted after {received} bytes: {e}");
                return Err(refuse(body_error(&e, received)));
            }
        };
        let bytes = chunk.copy_to_bytes(chunk.remaining());
        if let Err(e) = upload.write(bytes).await {
            drop(upload);
            drain_after_answer(body);
            return Err(refuse(e.into()));
        }
    }
    let put = upload
        .finish(NewImage {
            tag: query.tag,
            ..Default::default()
        })
        .await
        .map_err(|e| refuse(e.into()))?;
    let image = put.image;
    tracing::info!(
        id = %image.id,
        size = image.size,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "{} image",
        if put.created { "Stored new" } else { "Received existing" }
    );
    if put.created {
        state.events.publish(EventData::ImageCreated {
            id: image.id.clone(),
            tag: image.tag.clone(),
            build: None,
        });
    }
    let status = if put.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(located(status, &image, routes::IMAGE, &image.id))
}

fn check_tag(tag: &str) -> Result<(), String> {
    if tag.is_empty() {
        Err("must not be empty (leave ?tag= out for no tag)".into())
    } else if tag.len() > MAX_TAG {
        Err(format!("longer than {MAX_TAG} bytes"))
    } else if tag.chars().any(char::is_control) {
        Err("must not contain control characters".into())
    } else {
        Ok(())
    }
}

async fn list(state: AppState, q: ListQuery) -> Result<warp::reply::Response, warp::Rejection> {
    let started = Instant::now();
    let page = state
        .store
        .list_images(q)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    let body = serde_json::to_vec(&page).map_err(|e| {
        ApiError::internal(format!("failed to encode the list: {e}")).into_rejection()
    })?;
    let mut response = http::Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    // Server-Timing lets clients (and the benchmark) see the time spent here, without the
    // network and TLS.
    if let Ok(v) = http::HeaderValue::from_str(&format!(
        "store;dur={:.3}",
        started.elapsed().as_secs_f64() * 1000.0
    )) {
        headers.insert("server-timing", v);
    }
    Ok(response)
}

async fn get(
    Segment(id): Segment,
    state: AppState,
    headers: http::HeaderMap,
) -> Result<warp::reply::Response, warp::Rejection> {
    let image: Image = state
        .store
        .get_image(&id)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    if wants_bytes(headers.get(http::header::ACCEPT)) {
        return super::image_blob::reply(&state, &image, &headers)
            .await
            .map_err(ApiError::into_rejection);
    }
    Ok(warp::reply::json(&image).into_response())
}

/// `GET /v1/images/{id}/binary`: the bytes, whatever `Accept` says, so that a plain link
/// (the web interface's *Download*) downloads the image.
async fn binary(
    Segment(id): Segment,
    state: AppState,
    headers: http::HeaderMap,
) -> Result<warp::reply::Response, warp::Rejection> {
    let image: Image = state
        .store
        .get_image(&id)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    super::image_blob::reply(&state, &image, &headers)
        .await
        .map_err(ApiError::into_rejection)
}

/// True when `Accept` prefers `application/octet-stream` over JSON (JSON is the default).
fn wants_bytes(accept: Option<&http::HeaderValue>) -> bool {
    let Some(accept) = accept.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let (mut bytes_q, mut json_q) = (None::<f32>, None::<f32>);
    for item in accept.split(',') {
        let mut parts = item.split(';').map(str::trim);
        let media = parts.next().unwrap_or("").to_ascii_lowercase();
        let q = parts
            .find_map(|p| p.strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        match media.as_str() {
            "application/octet-stream" => bytes_q = Some(bytes_q.unwrap_or(0.0).max(q)),
            "application/json" => json_q = Some(json_q.unwrap_or(0.0).max(q)),
            _ => {}
        }
    }
    match (bytes_q, json_q) {
        (Some(b), Some(j)) => b > j,
        (Some(b), None) => b > 0.0,
        _ => false,
    }
}

async fn delete(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let image = state
        .store
        .delete_image(&id)
        .await
        .map_err(|e| ApiError::from(e).into_rejection())?;
    tracing::info!(id = %image.id, "Deleted image");
    state
        .events
        .publish(EventData::ImageDeleted { id: image.id });
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_negotiation() {
        let h = |s: &'static str| Some(http::HeaderValue::from_static(s));
        assert!(!wants_bytes(None));
        assert!(!wants_bytes(h("application/json").as_ref()));
        assert!(!wants_bytes(h("*/*").as_ref()));
        assert!(wants_bytes(h("application/octet-stream").as_ref()));
        assert!(wants_bytes(
            h("application/json;q=0.5, application/octet-stream").as_ref()
        ));
        assert!(!wants_bytes(
            h("application/json, application/octet-stream;q=0.9").as_ref()
        ));
    }
}
