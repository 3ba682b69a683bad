//! `/v1/upgrades`: build-and-deploy of one instance, one record each.
//!
//! `POST /v1/instances/{id}/upgrade` starts one: it builds an image for the instance — for the
//! uplink it reports, with the NaCl given or the one its current image was built with, with the
//! builder given or the newest of its IncludeOS version — and deploys it there
//! ([`crate::server::upgrade`] follows it). Without `?wait=true` the answer is 202 with the
//! record at once (`building`); with it, 200 with the record when the upgrade is over.
//!
//! `GET /v1/upgrades` lists the records (newest first, `?instance=` and `?status=` besides the
//! usual list parameters) and `GET /v1/upgrades/{id}` shows one, its build and deploy embedded.

use crate::protocol::ErrorCode;
use bytes::Bytes;
use http::StatusCode;
use warp::{Filter, Reply};

use super::extract::{Segment, checked_list, status_filter};
use super::instances::resolve;
use super::paths::route;
use super::stream::located;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::builders::BuildRequest;
use crate::protocol::images::Image;
use crate::protocol::instances::Instance;
use crate::protocol::list::ListQuery;
use crate::protocol::routes;
use crate::protocol::upgrade::{UpgradeParams, UpgradeRequest, UpgradeState};
use crate::server::upgrade::choose_builder;
use crate::store::StoreError;
use crate::store::instances::{self, Resolved};
use crate::store::upgrades::UpgradeQuery;

/// The body names a few ids at most.
const MAX_BODY: usize = 64 << 10;
/// Longest `?instance=` accepted.
const MAX_INSTANCE: usize = 256;

pub fn routes(state: AppState) -> Route {
    let start = route!(routes::INSTANCE_UPGRADE)
        .and(warp::post())
        .and(super::extract::query::<UpgradeParams>())
        .and(super::extract::bytes_body(MAX_BODY))
        .and(with_state(state.clone()))
        .and_then(upgrade);
    let list = route!(routes::UPGRADES)
        .and(warp::get())
        .and(super::extract::query::<ListParams>())
        .and(with_state(state.clone()))
        .and_then(list);
    let get = route!(routes::UPGRADE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state))
        .and_then(get);
    start.or(list).unify().or(get).unify().boxed()
}

fn parse_body(body: &Bytes) -> Result<UpgradeRequest, warp::Rejection> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(UpgradeRequest::default());
    }
    super::extract::decode_json(body).map_err(|e| {
        e.hint(
            "send JSON: {\"nacl_id\": \"ID or name\", \"builder_id\": \"ID\", \"tag\": \"T\", \
             \"force\": false}, every field optional",
        )
        .into_rejection()
    })
}

async fn upgrade(
    Segment(id): Segment,
    params: UpgradeParams,
    body: Bytes,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let request = parse_body(&body)?;
    let uuid = resolve(&state, id).await?;
    let lookup = uuid.clone();
    let instance = state
        .store
        .call(move |c| instances::get(c, &lookup))
        .await
        .map_err(ApiError::rejection)?
        .ok_or_else(|| {
            ApiError::not_found(format!("no instance {uuid}"))
                .hint("`mothership instances` lists the known instances")
                .into_rejection()
        })?;
    let current = current_image(&state, &instance).await?;
    let service = service_for(&instance, current.as_ref()).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NoService,
            format!("instance {uuid} has not reported its service, so there is nothing to build"),
        )
        .hint("wait until it docks and sends its IDENT, then retry")
        .into_rejection()
    })?;
    let uplink = uplink_for(&state, &instance).await?;
    let nacl = nacl_for(&state, &instance, current.as_ref(), request.nacl.as_deref()).await?;
    let builder = builder_for(&state, &instance, request.builder.as_deref()).await?;
    let build_request = BuildRequest {
        nacl: Some(nacl),
        uplink,
        tag: request.tag.clone(),
        // A stored NaCl was checked when it was stored (or stored with `force` on purpose).
        force: true,
        ..Default::default()
    };
    // Everything that can be refused is refused before the build is queued, so a refused
    // upgrade leaves no record.
    let build = state
        .builders
        .build(&service, &builder, build_request)
        .await
        .map_err(ApiError::rejection)?;
    let force = request.force || params.force;
    let begun = state
        .upgrader
        .begin(uuid, build, force)
        .await
        .map_err(ApiError::rejection)?;
    let (status, record) = if params.wait {
        let done = state
            .upgrader
            .wait(&begun.id)
            .await
            .map_err(ApiError::rejection)?;
        (StatusCode::OK, done)
    } else {
        (StatusCode::ACCEPTED, begun)
    };
    Ok(located(status, &record, routes::UPGRADE, &record.id))
}

/// The stored image the instance runs (what it reports), if it is one Mothership knows.
async fn current_image(
    state: &AppState,
    instance: &Instance,
) -> Result<Option<Image>, warp::Rejection> {
    let Some(binary) = instance.binary.as_deref().or(instance.image.as_deref()) else {
        return Ok(None);
    };
    match state.store.get_image(binary).await {
        Ok(image) => Ok(Some(image)),
        // What the instance reports is not a stored image's ID (nor names one alone).
        Err(
            StoreError::NotFound { .. }
            | StoreError::ShortPrefix { .. }
            | StoreError::Ambiguous { .. },
        ) => Ok(None),
        Err(e) => Err(ApiError::rejection(e)),
    }
}

/// The service to rebuild: the one the instance's current image was built from when it is a
/// stored build (a stored service's name, so its current sources are built), else the service
/// the instance reports in its IDENT.
fn service_for(instance: &Instance, current: Option<&Image>) -> Option<String> {
    current
        .and_then(|image| image.service.clone())
        .or_else(|| instance.service.clone())
}

/// The stored uplink whose url the instance reports; `None` (the default uplink) otherwise.
async fn uplink_for(
    state: &AppState,
    instance: &Instance,
) -> Result<Option<String>, warp::Rejection> {
    let Some(url) = instance.uplink.as_ref().and_then(|u| u.url.as_deref()) else {
        return Ok(None);
    };
    let found = state
        .store
        .find_uplink_by_url(url)
        .await
        .map_err(ApiError::rejection)?;
    Ok(found.map(|u| u.id))
}

/// The NaCl given (must exist), else the one the instance's current image was built with.
async fn nacl_for(
    state: &AppState,
    instance: &Instance,
    current: Option<&Image>,
    given: Option<&str>,
) -> Result<String, warp::Rejection> {
    if let Some(key) = given {
        return state
            .store
            .nacls()
            .get(key)
            .await
            .map(|doc| doc.id)
            .map_err(ApiError::rejection);
    }
    let known = current.and_then(|image| image.nacl_id.clone());
    known.ok_or_else(|| {
        let why = match instance.binary.as_deref().or(instance.image.as_deref()) {
            Some(b) => format!("its image {b} is not a stored build with a NaCl"),
            None => "it has not reported the image it runs".to_owned(),
        };
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NoNacl,
            format!("no NaCl known for instance {}: {why}", instance.id),
        )
        .hint("pass one: {\"nacl_id\": \"ID or name\"} (`mothership upgrade INSTANCE --nacl ID`)")
        .into_rejection()
    })
}

/// The builder given, else the newest of the instance's IncludeOS version, else the newest.
async fn builder_for(
    state: &AppState,
    instance: &Instance,
    given: Option<&str>,
) -> Result<String, warp::Rejection> {
    if let Some(id) = given {
        return Ok(id.to_owned());
    }
    let builders = state
        .builders
        .list_builders()
        .await
        .map_err(ApiError::rejection)?;
    choose_builder(&builders, instance.version.as_deref())
        .map(|b| b.id.clone())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::CONFLICT,
                ErrorCode::NoBuilder,
                "no builder is prepared, so there is nothing to build with",
            )
            .hint(
                "prepare one: `mothership bobs list DockerHub`, then `mothership bobs prepare \
                 DockerHub BOB`",
            )
            .into_rejection()
        })
}

/// `GET /v1/upgrades`: `?instance_id=`, `?status=` and the usual list parameters.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ListParams {
    #[serde(default, rename = "instance_id")]
    instance: Option<String>,
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

/// The query, and the instance as given (UUID, alias or unique prefix).
fn parse_query(params: ListParams) -> Result<(UpgradeQuery, Option<String>), ApiError> {
    let state = params
        .status
        .map(|s| status_filter(&s, UpgradeState::parse, &UpgradeState::ALL))
        .transpose()?;
    if let Some(value) = &params.instance
        && (value.trim().is_empty() || value.len() > MAX_INSTANCE)
    {
        return Err(ApiError::from(crate::store::StoreError::Invalid {
            field: "instance_id",
            message: format!(
                "must name an instance (UUID, alias or unique start of a UUID, at most \
                 {MAX_INSTANCE} bytes)"
            ),
        }));
    }
    let list = checked_list(ListQuery {
        search: params.search,
        sort: params.sort,
        limit: params.limit,
        offset: params.offset,
    })?;
    let q = UpgradeQuery {
        list,
        state,
        ..UpgradeQuery::default()
    };
    Ok((q, params.instance))
}

async fn list(
    params: ListParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let (mut q, instance) = parse_query(params).map_err(ApiError::into_rejection)?;
    if let Some(given) = instance {
        let lookup = given.clone();
        let resolved = state
            .store
            .call(move |c| instances::resolve(c, &lookup))
            .await
            .map_err(ApiError::rejection)?;
        q.instance = Some(match resolved {
            Resolved::Found(uuid, _) => uuid,
            // An instance deleted since keeps its upgrades, listed by its whole UUID.
            Resolved::NotFound => given,
        });
    }
    let page = state.upgrader.list(q).await.map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&page).into_response())
}

async fn get(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let upgrade = state.upgrader.get(&id).await.map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&upgrade).into_response())
}
