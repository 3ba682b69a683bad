//! `POST /v1/instances/{id}/upgrade`: builds an image for one instance — for the uplink it
//! reports, with the NaCl given or the one its current image was built with, with the builder
//! given or the newest of its IncludeOS version — and deploys it there with the deploy engine.
//!
//! With `?wait=true` the answer (200) comes when both are over; without, the answer (202) is the
//! queued build and the deploy follows the build on the server.

use bytes::Bytes;
use http::StatusCode;
use warp::{Filter, Reply};

use super::bobs::api_error;
use super::deploys::rejection as deploy_rejection;
use super::instances::{resolve, store_error};
use super::{ApiError, AppState, Route, with_state};
use crate::protocol::builders::{Build, BuildRequest, BuildStatus};
use crate::protocol::deploys::DeployParams;
use crate::protocol::instances::Instance;
use crate::protocol::upgrade::{Upgrade, UpgradeRequest};
use crate::server::deploy::{Plan, Selection};
use crate::store::StoreError;
use crate::store::instances;

/// The body names a few ids at most.
const MAX_BODY: u64 = 64 << 10;

pub fn routes(state: AppState) -> Route {
    warp::path!("v1" / "instances" / String / "upgrade")
        .and(warp::post())
        .and(warp::query::<DeployParams>().or_else(|_| async {
            Err::<(DeployParams,), _>(
                ApiError::bad_request("invalid query: the parameter is wait=true|false")
                    .into_rejection(),
            )
        }))
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(warp::body::bytes())
        .and(with_state(state))
        .and_then(upgrade)
        .boxed()
}

fn parse_body(body: &Bytes) -> Result<UpgradeRequest, warp::Rejection> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(UpgradeRequest::default());
    }
    serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(format!("invalid upgrade request body: {e}"))
            .hint(
                "send JSON: {\"nacl\": \"ID or name\", \"builder\": \"ID\", \"tag\": \"T\", \
                 \"force\": false}, every field optional",
            )
            .into_rejection()
    })
}

async fn upgrade(
    id: String,
    params: DeployParams,
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
        .map_err(store_error)?
        .ok_or_else(|| {
            ApiError::not_found(format!("no instance {uuid}"))
                .hint("`mothership instances` lists the known instances")
                .into_rejection()
        })?;
    let service = instance.service.clone().ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_service",
            format!("instance {uuid} has not reported its service, so there is nothing to build"),
        )
        .hint("wait until it docks and sends its IDENT, then retry")
        .into_rejection()
    })?;
    let uplink = uplink_for(&state, &instance).await?;
    let nacl = nacl_for(&state, &instance, request.nacl.as_deref()).await?;
    let builder = builder_for(&state, &instance, request.builder.as_deref()).await?;
    let build_request = BuildRequest {
        nacl: Some(nacl),
        uplink,
        tag: request.tag.clone(),
        ..Default::default()
    };
    let build = state
        .builders
        .build(&service, &builder, build_request)
        .await
        .map_err(|e| api_error(e).into_rejection())?;
    let force = request.force || params.force;
    if params.wait {
        let upgrade = finish(&state, uuid, build, force, true).await?;
        return Ok(warp::reply::json(&upgrade).into_response());
    }
    let answer = Upgrade {
        instance: uuid.clone(),
        build: build.clone(),
        deploy: None,
    };
    let background = state.clone();
    tokio::spawn(async move {
        if let Err(e) = finish(&background, uuid.clone(), build, force, false).await {
            tracing::warn!("upgrade of instance {uuid}: the deploy did not start: {e:?}");
        }
    });
    Ok(warp::reply::with_status(warp::reply::json(&answer), StatusCode::ACCEPTED).into_response())
}

/// Waits for the build; when it succeeded, deploys its image (waiting for the end if `wait`).
async fn finish(
    state: &AppState,
    uuid: String,
    build: Build,
    force: bool,
    wait: bool,
) -> Result<Upgrade, warp::Rejection> {
    let jobs = &state.builders.jobs;
    if let Some(live) = jobs.live(&build.id) {
        live.finished().await;
    }
    let build = jobs
        .get(&build.id)
        .await
        .map_err(|e| api_error(e).into_rejection())?;
    let image = match (&build.status, &build.image_id) {
        (BuildStatus::Succeeded, Some(image)) => image.clone(),
        _ => {
            return Ok(Upgrade {
                instance: uuid,
                build,
                deploy: None,
            });
        }
    };
    let plan = Plan {
        image,
        selection: Selection::One(uuid.clone()),
        concurrency: 1,
        force,
    };
    let started = state
        .deployer
        .start_deploy(plan)
        .await
        .map_err(deploy_rejection)?;
    let deploy = if wait {
        state
            .deployer
            .wait(&started.id)
            .await
            .map_err(|e| ApiError::from(e).into_rejection())?
    } else {
        started
    };
    Ok(Upgrade {
        instance: uuid,
        build,
        deploy: Some(deploy),
    })
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
        .map_err(store_error)?;
    Ok(found.map(|u| u.id))
}

/// The NaCl given (must exist), else the one the instance's current image was built with.
async fn nacl_for(
    state: &AppState,
    instance: &Instance,
    given: Option<&str>,
) -> Result<String, warp::Rejection> {
    if let Some(key) = given {
        return match state.store.nacls().get(key).await {
            Ok(doc) => Ok(doc.id),
            Err(StoreError::NotFound { .. }) => Err(ApiError::not_found(format!("no NaCl {key}"))
                .hint("`mothership nacls list` lists the stored NaCls")
                .into_rejection()),
            Err(e) => Err(store_error(e)),
        };
    }
    let current = instance.binary.as_deref().or(instance.image.as_deref());
    let known = match current {
        Some(binary) => match state.store.get_image(binary).await {
            Ok(image) => image.nacl_id,
            Err(StoreError::NotFound { .. }) => None,
            Err(e) => return Err(store_error(e)),
        },
        None => None,
    };
    known.ok_or_else(|| {
        let why = match current {
            Some(b) => format!("its image {b} is not a stored build with a NaCl"),
            None => "it has not reported the image it runs".to_owned(),
        };
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_nacl",
            format!("no NaCl known for instance {}: {why}", instance.id),
        )
        .hint("pass one: {\"nacl\": \"ID or name\"} (`mothership upgrade INSTANCE --nacl ID`)")
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
        .map_err(|e| api_error(e).into_rejection())?;
    let same_version = builders
        .iter()
        .find(|b| instance.version.as_deref() == Some(b.version.as_str()));
    same_version
        .or(builders.first())
        .map(|b| b.id.clone())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::CONFLICT,
                "no_builder",
                "no builder is prepared, so there is nothing to build with",
            )
            .hint(
                "prepare one: `mothership bobs list DockerHub`, then `mothership bobs prepare \
                 DockerHub BOB`",
            )
            .into_rejection()
        })
}
