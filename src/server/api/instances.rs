//! `/v1/instances`: the instance registry (list, search, counts, get, patch, delete); what the
//! instances sent is in [`super::instance_data`], `/v1/instances/{id}/deploy/{image}` in
//! [`super::deploys`], `/v1/instances/{id}/upgrade` in [`super::upgrades`]. An `{id}` is a UUID,
//! an alias, or a unique UUID prefix.

use crate::protocol::ErrorCode;
use http::StatusCode;
use serde::Deserialize;
use warp::{Filter, Reply};

use super::extract::{Segment, json_body, named_filter, paging, status_filter};
use super::paths::route;
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::desired::DesiredStatus;
use crate::protocol::instances::{
    DeleteInstances, DeleteResult, Instance, InstanceCounts, InstancePatch, InstanceStatus,
    from_millis, looks_like_uuid,
};
use crate::protocol::list::Page;
use crate::protocol::routes;
use crate::store::StoreError;
use crate::store::instances::{self, ListQuery, MatchedBy, PatchOutcome, Resolved, Sort};

/// Largest body of PATCH and DELETE requests.
const MAX_JSON_BODY: u64 = 1024 * 1024;
/// Longest alias and description.
const MAX_ALIAS: usize = 128;
const MAX_DESCRIPTION: usize = 4096;

/// Every `/v1/instances` route.
pub fn routes(state: AppState) -> Route {
    let list = route!(routes::INSTANCES)
        .and(warp::get())
        .and(super::extract::query::<ListParams>())
        .and(with_state(state.clone()))
        .and_then(list);
    let counts = route!(routes::INSTANCE_COUNTS)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(counts);
    let delete_many = route!(routes::INSTANCES)
        .and(warp::delete())
        .and(super::extract::query::<DeleteParams>())
        .and(optional_json::<DeleteInstances>())
        .and(with_state(state.clone()))
        .and_then(delete_many);
    let get = route!(routes::INSTANCE)
        .and(warp::get())
        .and(super::extract::no_query())
        .and(with_state(state.clone()))
        .and_then(get_one);
    let patch = route!(routes::INSTANCE)
        .and(warp::patch())
        .and(super::extract::no_query())
        .and(json_body::<InstancePatch>(MAX_JSON_BODY as usize))
        .and(with_state(state.clone()))
        .and_then(patch_one);
    let delete = route!(routes::INSTANCE)
        .and(warp::delete())
        .and(super::extract::query::<DeleteParams>())
        .and(with_state(state.clone()))
        .and_then(delete_one);
    list.or(counts)
        .unify()
        .or(delete_many)
        .unify()
        .or(get)
        .unify()
        .or(patch)
        .unify()
        .or(delete)
        .unify()
        .or(super::instance_data::routes(state))
        .unify()
        .boxed()
}

/// A JSON body when there is one (DELETE may come with or without, and without a
/// Content-Length when without), bounded while it is read.
fn optional_json<T: serde::de::DeserializeOwned + Send>()
-> impl Filter<Extract = (Option<T>,), Error = warp::Rejection> + Clone {
    warp::body::stream().and_then(read_optional_json::<T, _, _>)
}

async fn read_optional_json<T, S, B>(body: S) -> Result<Option<T>, warp::Rejection>
where
    T: serde::de::DeserializeOwned,
    S: futures_util::Stream<Item = Result<B, warp::Error>>,
    B: warp::Buf,
{
    use futures_util::StreamExt;
    let mut body = std::pin::pin!(body);
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        let mut chunk = chunk
            .map_err(|e| super::extract::body_error(&e, bytes.len() as u64).into_rejection())?;
        if (bytes.len() + chunk.remaining()) as u64 > MAX_JSON_BODY {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::PayloadTooLarge,
                format!("request body over {MAX_JSON_BODY} bytes"),
            )
            .into_rejection());
        }
        while chunk.has_remaining() {
            let piece = chunk.chunk();
            let n = piece.len();
            bytes.extend_from_slice(piece);
            chunk.advance(n);
        }
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    super::extract::decode_json(&bytes)
        .map(Some)
        .map_err(|e: ApiError| {
            e.hint("expected {\"ids\": [\"<id>\", ...]}")
                .into_rejection()
        })
}

/// Resolves an `{id}` to a UUID, or the 404/409 that explains why not.
pub(super) async fn resolve(state: &AppState, id: String) -> Result<String, warp::Rejection> {
    resolve_how(state, id).await.map(|(uuid, _)| uuid)
}

/// [`resolve`], and whether the id was the uuid, an alias or a uuid prefix.
async fn resolve_how(state: &AppState, id: String) -> Result<(String, MatchedBy), warp::Rejection> {
    let lookup = id.clone();
    match state
        .store
        .call(move |c| instances::resolve(c, &lookup))
        .await
        .map_err(ApiError::rejection)?
    {
        Resolved::Found(uuid, by) => Ok((uuid, by)),
        Resolved::NotFound => Err(ApiError::not_found(format!("no instance {id}"))
            .hint("`mothership instances` lists the known instances")
            .into_rejection()),
    }
}

/// The registry's live view wins over the store's (which lags by a flush).
fn merge_live(state: &AppState, mut instance: Instance) -> Instance {
    match state.hangar.live(&instance.id) {
        Some(live) => {
            instance.status = InstanceStatus::Connected;
            instance.connected_since = Some(from_millis(live.since));
            let seen = from_millis(live.last_seen);
            if instance.last_seen.is_none_or(|s| s < seen) {
                instance.last_seen = Some(seen);
            }
            instance.address = Some(live.address.to_string());
        }
        None if instance.status == InstanceStatus::Connected => {
            instance.status = InstanceStatus::Disconnected;
        }
        None => {}
    }
    instance
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListParams {
    search: Option<String>,
    status: Option<String>,
    #[serde(default, deserialize_with = "crate::protocol::query::flag_opt")]
    panicked: Option<bool>,
    desired: Option<String>,
    limit: Option<u64>,
    offset: Option<u64>,
    sort: Option<String>,
}

fn parse_status(s: &str) -> Result<InstanceStatus, warp::Rejection> {
    status_filter(s, InstanceStatus::parse, &InstanceStatus::ALL).map_err(ApiError::into_rejection)
}

async fn list(
    params: ListParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    // The same bounds as every other list: a page, not the whole registry at once.
    let (limit, offset) = paging(&crate::protocol::list::ListQuery {
        limit: params.limit,
        offset: params.offset,
        ..Default::default()
    })
    .map_err(ApiError::into_rejection)?;
    let query = ListQuery {
        search: params.search,
        status: params.status.as_deref().map(parse_status).transpose()?,
        panicked: params.panicked,
        desired: params
            .desired
            .as_deref()
            .map(|d| {
                named_filter(
                    "desired",
                    d,
                    DesiredStatus::parse,
                    &DesiredStatus::ALL,
                )
                .map_err(ApiError::into_rejection)
            })
            .transpose()?,
        limit: Some(limit as u32),
        offset,
        sort: match params.sort.as_deref() {
            None | Some("") => Sort::default(),
            Some(s) => Sort::parse(s).ok_or_else(|| {
                ApiError::from(StoreError::Invalid {
                    field: "sort",
                    message: format!("unknown sort key {s:?}: use one of first_seen, last_seen, connected_since, alias, status, id, tag, version (prefix `-` for descending)"),
                })
                .into_rejection()
            })?,
        },
    };
    let ((items, total), counts) = state
        .store
        .call(move |c| Ok((instances::list(c, &query)?, instances::counts(c)?)))
        .await
        .map_err(ApiError::rejection)?;
    let items: Vec<Instance> = items.into_iter().map(|i| merge_live(&state, i)).collect();
    let mut response = warp::reply::json(&Page { items, total }).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = http::HeaderValue::from_str(&counts.header_value()) {
        headers.insert("x-instance-counts", v);
    }
    headers.insert("x-total-count", http::HeaderValue::from(total));
    Ok(response)
}

async fn counts(state: AppState) -> Result<warp::reply::Response, warp::Rejection> {
    let counts: InstanceCounts = state
        .store
        .call(|c| instances::counts(c))
        .await
        .map_err(ApiError::rejection)?;
    Ok(warp::reply::json(&counts).into_response())
}

async fn load(state: &AppState, uuid: String) -> Result<Instance, warp::Rejection> {
    let id = uuid.clone();
    let found = state
        .store
        .call(move |c| instances::get(c, &uuid))
        .await
        .map_err(ApiError::rejection)?;
    found
        .map(|i| merge_live(state, i))
        .ok_or_else(|| ApiError::not_found(format!("no instance {id}")).into_rejection())
}

async fn get_one(
    Segment(id): Segment,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let (uuid, by) = resolve_how(&state, id).await?;
    let instance = load(&state, uuid).await?;
    let mut response = warp::reply::json(&instance).into_response();
    response
        .headers_mut()
        .insert(MATCHED_HEADER, http::HeaderValue::from_static(by.as_str()));
    Ok(response)
}

/// Says what `{id}` matched in `GET /v1/instances/{id}`: `uuid`, `alias` or `uuid-prefix`.
pub const MATCHED_HEADER: &str = "x-instance-matched";

async fn patch_one(
    Segment(id): Segment,
    patch: InstancePatch,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let alias = patch.alias.map(|a| a.trim().to_owned());
    let description = patch.description;
    let auto_redeploy = patch.auto_redeploy;
    if alias.as_ref().is_some_and(|a| {
        a.chars().count() > MAX_ALIAS || a.chars().any(char::is_control) || a == "." || a == ".."
    }) {
        return Err(ApiError::bad_request(format!(
            "an alias is at most {MAX_ALIAS} characters without control characters, and not \
             `.` or `..` (which could not be used in a URL)"
        ))
        .into_rejection());
    }
    if let Some(a) = alias.as_deref() {
        if looks_like_uuid(a) {
            return Err(alias_like_uuid(format!(
                "the alias {a:?} looks like an instance uuid"
            )));
        }
        if let Some(message) = crate::protocol::ids::name_problem(a) {
            return Err(alias_like_uuid(format!("the alias {message}")));
        }
    }
    if description
        .as_ref()
        .is_some_and(|d| d.len() > MAX_DESCRIPTION)
    {
        return Err(ApiError::bad_request(format!(
            "a description is at most {MAX_DESCRIPTION} bytes"
        ))
        .into_rejection());
    }
    let target = uuid.clone();
    let outcome = state
        .store
        .call(move |c| {
            instances::patch(
                c,
                &target,
                alias.as_deref(),
                description.as_deref(),
                auto_redeploy,
            )
        })
        .await
        .map_err(ApiError::rejection)?;
    match outcome {
        PatchOutcome::Done => {}
        PatchOutcome::NotFound => {
            return Err(ApiError::not_found(format!("no instance {uuid}")).into_rejection());
        }
        PatchOutcome::AliasTaken(owner) => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                ErrorCode::Conflict,
                format!("instance {owner} already has that alias"),
            )
            .hint("pick another alias, or clear the other instance's first")
            .into_rejection());
        }
        PatchOutcome::AliasIsUuid(other) => {
            return Err(alias_like_uuid(format!(
                "the alias is the uuid of instance {other}"
            )));
        }
    }
    if let Some(on) = auto_redeploy {
        state.deployer.set_auto_redeploy(&uuid, on);
    }
    let instance = load(&state, uuid).await?;
    Ok(warp::reply::json(&instance).into_response())
}

/// `422 invalid_field` for an alias that is, or could be read as, a uuid or uuid prefix: `{id}`
/// would then name two instances.
fn alias_like_uuid(message: String) -> warp::Rejection {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::InvalidField,
        message,
    )
    .hint(
        "an alias may not look like a uuid (8-4-4-4-12 or 32 hex digits, or no-uuid-...) or a \
         uuid prefix (6 or more hex digits and dashes), nor be another instance's uuid, so that \
         an id never names two instances; pick a name such as web-1",
    )
    .into_rejection()
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeleteParams {
    /// Delete connected instances too (they are disconnected; they will dock again).
    #[serde(default, deserialize_with = "crate::protocol::query::flag")]
    force: bool,
    /// Delete every instance with this status (DELETE /v1/instances only).
    status: Option<String>,
}

/// Deletes resolved UUIDs; connected ones only with `force` (then their connection is closed).
async fn delete_uuids(
    state: &AppState,
    uuids: Vec<String>,
    force: bool,
) -> Result<(Vec<String>, Vec<String>), warp::Rejection> {
    let (connected, idle): (Vec<String>, Vec<String>) = uuids
        .into_iter()
        .partition(|u| state.hangar.live(u).is_some());
    let mut targets = idle;
    let mut skipped = Vec::new();
    if force {
        for uuid in connected {
            state.hangar.disconnect(&uuid, "deleted through the API");
            targets.push(uuid);
        }
    } else {
        skipped = connected;
    }
    let deleted = state
        .store
        .call(move |c| instances::delete(c, &targets))
        .await
        .map_err(ApiError::rejection)?;
    Ok((deleted, skipped))
}

async fn delete_one(
    Segment(id): Segment,
    params: DeleteParams,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let uuid = resolve(&state, id).await?;
    let (deleted, skipped) = delete_uuids(&state, vec![uuid.clone()], params.force).await?;
    if !skipped.is_empty() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::Conflict,
            format!("instance {uuid} is connected"),
        )
        .hint("it would reappear when it docks again; pass force=true to disconnect and delete it anyway")
        .into_rejection());
    }
    let result = DeleteResult {
        not_found: if deleted.is_empty() {
            vec![uuid]
        } else {
            Vec::new()
        },
        deleted,
        connected: Vec::new(),
    };
    Ok(warp::reply::json(&result).into_response())
}

async fn delete_many(
    params: DeleteParams,
    body: Option<DeleteInstances>,
    state: AppState,
) -> Result<warp::reply::Response, warp::Rejection> {
    let mut uuids = Vec::new();
    let mut not_found = Vec::new();
    match (body, params.status.as_deref()) {
        (Some(body), None) => {
            if body.ids.len() > 100_000 {
                return Err(
                    ApiError::bad_request("at most 100000 ids per request").into_rejection()
                );
            }
            for id in body.ids {
                let lookup = id.clone();
                match state
                    .store
                    .call(move |c| instances::resolve(c, &lookup))
                    .await
                    .map_err(ApiError::rejection)?
                {
                    Resolved::Found(uuid, _) => uuids.push(uuid),
                    Resolved::NotFound => not_found.push(id),
                }
            }
        }
        (None, Some(status)) => {
            let status = parse_status(status)?;
            uuids = state
                .store
                .call(move |c| instances::uuids_with_status(c, status))
                .await
                .map_err(ApiError::rejection)?;
        }
        _ => {
            return Err(ApiError::bad_request(
                "say which instances to delete: a body {\"ids\": [...]} or ?status=",
            )
            .into_rejection());
        }
    }
    uuids.sort();
    uuids.dedup();
    let (deleted, connected) = delete_uuids(&state, uuids, params.force).await?;
    let result = DeleteResult {
        deleted,
        not_found,
        connected,
    };
    Ok(warp::reply::json(&result).into_response())
}
