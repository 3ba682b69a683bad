//! Every route of the API, defined once: its path, method, parameters, request and response
//! types and the error codes it answers. From this table come the OpenAPI document
//! (`GET /v1/openapi.json`, [`openapi`]), the server's routes (each one's warp filter is made
//! from its template: `server::api::paths`), the server's list of paths and methods (405
//! answers, metrics labels: `server::api::allow`), and the paths the client asks for ([`path`]
//! with the templates below). A test checks that the server answers each of them and nothing
//! else.
//!
//! The functions below are never called: each carries one operation for utoipa to describe.
#![allow(dead_code)]

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{self, RefOr, Response, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use super::builders::{
    Bob, BobProvider, Build, BuildRequest, Builder, NaclCheck, PrepareEvent, Service,
    StoredService, ValidateResult,
};
use super::deploys::{Deploy, DeployRequest};
use super::desired::{
    DesiredChange, DesiredGroupClear, DesiredGroupRequest, DesiredRequest, DesiredState,
};
use super::documents::{Document, DocumentCreate, DocumentSummary, DocumentUpdate};
use super::events::{AuditEntry, EventRecord, Webhook, WebhookCreate};
use super::images::Image;
use super::instances::{
    DeleteInstances, DeleteResult, Instance, InstanceCounts, InstancePatch, InstanceStats,
    PanicReport, StatsSnapshot,
};
use super::list::{ListQuery, Page, PageQuery};
use super::rollouts::{Rollout, RolloutRequest};
use super::session::{LoginRequest, SessionInfo};
use super::upgrade::{Upgrade, UpgradeRequest};
use super::uplinks::{Uplink, UplinkCreate, UplinkToken, UplinkUpdate};
use super::{ErrorBody, Health, Info};

// The path templates; `{name}` is one path parameter. The client fills them with [`path`].
pub const HEALTH: &str = "/v1/health";
pub const OPENAPI: &str = "/v1/openapi.json";
pub const APIDOCS: &str = "/apidocs";
pub const APIDOCS_FILE: &str = "/apidocs/{file}";
pub const METRICS: &str = "/metrics";
pub const INFO: &str = "/v1/info";
pub const SESSION: &str = "/v1/session";
pub const BOBPROVIDERS: &str = "/v1/bobproviders";
pub const BOBPROVIDER_UPDATE: &str = "/v1/bobproviders/{provider}/update";
pub const BOBPROVIDER_BOBS: &str = "/v1/bobproviders/{provider}/bobs";
pub const BOBPROVIDER_PREPARE: &str = "/v1/bobproviders/{provider}/prepare/bobs/{bob}";
pub const BUILDERS: &str = "/v1/builders";
pub const BUILDER: &str = "/v1/builders/{id}";
pub const SERVICES: &str = "/v1/services";
pub const SERVICE: &str = "/v1/services/{name}";
pub const SERVICE_ARCHIVE: &str = "/v1/services/{name}/archive";
pub const BUILD_IMAGE: &str = "/v1/images/build/services/{service}/builders/{builder}";
pub const BUILDS: &str = "/v1/builds";
pub const BUILD: &str = "/v1/builds/{id}";
pub const BUILD_LOG: &str = "/v1/builds/{id}/log";
pub const NACL_VALIDATE: &str = "/v1/nacls/validate/builders/{builder}";
pub const NACL_CHECK: &str = "/v1/nacls/validate";
pub const IMAGES: &str = "/v1/images";
pub const IMAGE: &str = "/v1/images/{id}";
pub const IMAGE_BINARY: &str = "/v1/images/{id}/binary";
pub const NACLS: &str = "/v1/nacls";
pub const NACL: &str = "/v1/nacls/{id}";
pub const SNIPPETS: &str = "/v1/snippets";
pub const SNIPPET: &str = "/v1/snippets/{id}";
pub const UPLINKS: &str = "/v1/uplinks";
pub const UPLINK: &str = "/v1/uplinks/{id}";
pub const UPLINK_TOKEN: &str = "/v1/uplinks/{id}/token";
pub const INSTANCES: &str = "/v1/instances";
pub const INSTANCE_COUNTS: &str = "/v1/instances/counts";
pub const INSTANCE: &str = "/v1/instances/{id}";
pub const INSTANCE_LOGS: &str = "/v1/instances/{id}/logs";
pub const INSTANCE_PANICS: &str = "/v1/instances/{id}/panics";
pub const INSTANCE_STATS: &str = "/v1/instances/{id}/stats";
pub const INSTANCE_DEPLOY: &str = "/v1/instances/{id}/deploy/{image}";
pub const INSTANCE_UPGRADE: &str = "/v1/instances/{id}/upgrade";
pub const INSTANCE_DESIRED: &str = "/v1/instances/{id}/desired";
pub const DESIRED: &str = "/v1/desired";
pub const DEPLOYS: &str = "/v1/deploys";
pub const DEPLOY: &str = "/v1/deploys/{id}";
pub const ROLLOUTS: &str = "/v1/rollouts";
pub const ROLLOUT: &str = "/v1/rollouts/{id}";
pub const ROLLOUT_PAUSE: &str = "/v1/rollouts/{id}/pause";
pub const ROLLOUT_RESUME: &str = "/v1/rollouts/{id}/resume";
pub const ROLLOUT_CANCEL: &str = "/v1/rollouts/{id}/cancel";
pub const ROLLOUT_ROLLBACK: &str = "/v1/rollouts/{id}/rollback";
pub const UPGRADES: &str = "/v1/upgrades";
pub const UPGRADE: &str = "/v1/upgrades/{id}";
pub const EVENTS: &str = "/v1/events";
pub const AUDIT: &str = "/v1/audit";
pub const WEBHOOKS: &str = "/v1/webhooks";
pub const WEBHOOK: &str = "/v1/webhooks/{id}";

/// The routes anyone may call, without credentials.
pub const PUBLIC: &[&str] = &[HEALTH, OPENAPI, APIDOCS, APIDOCS_FILE];

/// How many `{parameters}` the path template `template` has. A `const fn`, so that the server's
/// filters (`server::api::paths::route!`) take their number of parameters from the template at
/// compile time. It also checks the template's shape: it starts with `/`, has no empty segment,
/// and each parameter is a whole segment (`{name}`); any other template fails to compile
/// wherever the server uses it.
pub const fn params(template: &str) -> usize {
    let bytes = template.as_bytes();
    assert!(
        !bytes.is_empty() && bytes[0] == b'/',
        "a route template starts with /"
    );
    let mut count = 0;
    let mut i = 1;
    // Whether the bytes since the last `/` are a parameter, a literal, or nothing yet.
    let mut start = 1;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'/' {
            assert!(i > start, "a route template has no empty segment");
            if bytes[start] == b'{' {
                assert!(
                    bytes[i - 1] == b'}',
                    "a parameter is a whole segment, in braces"
                );
                let mut j = start + 1;
                while j < i - 1 {
                    assert!(
                        bytes[j] != b'{' && bytes[j] != b'}',
                        "a parameter is a whole segment, in braces"
                    );
                    j += 1;
                }
                assert!(i - start > 2, "a parameter has a name");
                count += 1;
            } else {
                let mut j = start;
                while j < i {
                    assert!(
                        bytes[j] != b'{' && bytes[j] != b'}',
                        "a parameter is a whole segment, in braces"
                    );
                    j += 1;
                }
            }
            start = i + 1;
        }
        i += 1;
    }
    count
}

/// `template` with its parameters replaced by `args`, in order, each percent-encoded as one
/// path segment: `path(INSTANCE, &["web 1"])` is `/v1/instances/web%201`.
///
/// # Panics
/// When `args` does not hold one value per parameter (a programming error, caught by tests).
pub fn path(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        let value = args
            .next()
            .unwrap_or_else(|| panic!("{template}: too few path parameters"));
        out.push_str(&segment(value));
        rest = &rest[close..];
    }
    out.push_str(rest);
    assert!(
        args.next().is_none(),
        "{template}: too many path parameters"
    );
    out
}

/// `value` percent-encoded as one path segment: everything but RFC 3986 `pchar` (unreserved,
/// sub-delims, `:` and `@`) is encoded, so `/`, `?`, `#`, `%` and space never split or end a path.
pub fn segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The OpenAPI 3.1 document of the API (served at `GET /v1/openapi.json`).
pub fn openapi() -> openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = crate::VERSION.to_owned();
    doc
}

/// Every path of the document and its methods (upper case), in the document's order.
pub fn endpoints() -> Vec<(String, Vec<http::Method>)> {
    let doc = ApiDoc::openapi();
    doc.paths
        .paths
        .iter()
        .map(|(path, item)| {
            let mut methods = Vec::new();
            for (method, op) in [
                (http::Method::GET, &item.get),
                (http::Method::POST, &item.post),
                (http::Method::PUT, &item.put),
                (http::Method::PATCH, &item.patch),
                (http::Method::DELETE, &item.delete),
            ] {
                if op.is_some() {
                    methods.push(method);
                }
            }
            (path.clone(), methods)
        })
        .collect()
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Mothership API",
        description = "Manage fleets of IncludeOS unikernels: images, NaCl, builders, live \
            updates. Every failure answers the same JSON error body (`ErrorBody`); scripts \
            branch on its `code`. An `{id}` is a whole ID, a name (or alias), or a unique ID prefix of \
            6+ characters; an ambiguous prefix answers `ambiguous_id` with the matching IDs in \
            `candidates`. Every route but `/v1/health`, `/v1/openapi.json` and \
            `/apidocs` needs HTTP basic auth. See docs/API.md for the whole story.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    paths(
        health, openapi_json, apidocs, apidocs_file, metrics, info,
        login, session_info, logout,
        list_bobproviders, update_bobprovider, list_bobs, prepare_bob,
        list_builders, get_builder, delete_builder,
        list_services, create_service, get_service, put_service, delete_service, service_archive,
        build_image, list_builds, get_build, cancel_build, build_log, validate_nacl, check_nacl,
        list_images, upload_image, get_image, image_binary, delete_image,
        list_nacls, create_nacl, get_nacl, update_nacl, delete_nacl,
        list_snippets, create_snippet, get_snippet, update_snippet, delete_snippet,
        list_uplinks, create_uplink, get_uplink, uplink_token, update_uplink, delete_uplink,
        list_instances, delete_instances, instance_counts, get_instance, update_instance,
        delete_instance, instance_logs, instance_panics, instance_stats, request_instance_stats,
        deploy_instance, upgrade_instance,
        list_deploys, create_deploy, get_deploy,
        list_upgrades, get_upgrade,
        list_rollouts, create_rollout, get_rollout, pause_rollout, resume_rollout,
        cancel_rollout, rollback_rollout,
        get_desired, put_desired, delete_desired, put_desired_group, delete_desired_group,
        events, audit,
        list_webhooks, create_webhook, get_webhook, delete_webhook,
    ),
    components(schemas(ErrorBody, EventRecord)),
    modifiers(&Security),
    tags(
        (name = "system", description = "Health, information, metrics and this description"),
        (name = "builders", description = "Bob providers, builders and the services they build"),
        (name = "builds", description = "Building images from services and NaCls"),
        (name = "images", description = "Unikernel images"),
        (name = "documents", description = "NaCls and snippets"),
        (name = "uplinks", description = "Uplink configurations baked into images"),
        (name = "instances", description = "The instances that docked"),
        (name = "deploys", description = "Live updates of docked instances"),
        (name = "upgrades", description = "Build-and-deploy of one instance"),
        (name = "rollouts", description = "An image to a group of instances in waves"),
        (name = "desired", description = "The image an instance or group should run, kept so"),
        (name = "events", description = "Events, webhooks and the audit log"),
    ),
)]
struct ApiDoc;

/// Basic auth on every operation but the public ones, with the answers every authenticated
/// route can give (401, 429, 503) and the 500 any route can.
struct Security;

impl Modify for Security {
    fn modify(&self, doc: &mut openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "basic",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Basic)
                    .description(Some(
                        "the users of the server's htpasswd file (off with --serverauth none)",
                    ))
                    .build(),
            ),
        );
        let error = |text: &str| -> RefOr<Response> {
            ResponseBuilder::new()
                .description(text)
                .content(
                    "application/json",
                    openapi::ContentBuilder::new()
                        .schema(Some(openapi::Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
                .into()
        };
        components.responses.insert(
            "Unauthorized".into(),
            error("`unauthorized`: no, malformed or wrong credentials (with `WWW-Authenticate`)"),
        );
        components.responses.insert(
            "TooManyFailures".into(),
            error("`too_many_failures`: this address failed to log in too often (`Retry-After`)"),
        );
        components.responses.insert(
            "AuthUnavailable".into(),
            error(
                "`auth_busy`: too many password checks wait (`Retry-After`); \
                 `auth_unavailable`: the htpasswd file cannot be read",
            ),
        );
        components.responses.insert(
            "CsrfFailed".into(),
            error(
                "`csrf_failed`: authenticated by the session cookie without the session's CSRF \
                 token in X-CSRF-Token",
            ),
        );
        components.responses.insert(
            "Internal".into(),
            error("`internal`: a failure inside the server (details in its log)"),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(openapi::security::ApiKey::Cookie(
                openapi::security::ApiKeyValue::with_description(
                    super::session::COOKIE_TLS,
                    "the web interface's session cookie from POST /v1/session (without TLS: \
                     mothership_session); POST, PUT, PATCH and DELETE with it also need the \
                     session's CSRF token in X-CSRF-Token",
                ),
            )),
        );
        let requirement =
            openapi::security::SecurityRequirement::new("basic", Vec::<String>::new());
        let session = openapi::security::SecurityRequirement::new("session", Vec::<String>::new());
        for (path, item) in doc.paths.paths.iter_mut() {
            let public = PUBLIC.contains(&path.as_str());
            for (op, writes) in [
                (&mut item.get, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.patch, true),
                (&mut item.delete, true),
            ]
            .into_iter()
            .filter_map(|(op, writes)| op.as_mut().map(|op| (op, writes)))
            {
                let responses = &mut op.responses.responses;
                let mut add = |status: &str, name: &str| {
                    responses
                        .entry(status.to_owned())
                        .or_insert_with(|| openapi::Ref::from_response_name(name).into());
                };
                add("500", "Internal");
                if !public {
                    add("401", "Unauthorized");
                    add("429", "TooManyFailures");
                    add("503", "AuthUnavailable");
                    if writes {
                        add("403", "CsrfFailed");
                    }
                    op.security = Some(vec![requirement.clone(), session.clone()]);
                }
            }
            // The login checks the credentials it is sent, and needs none.
            if path == SESSION
                && let Some(op) = item.post.as_mut()
            {
                op.security = None;
                op.responses.responses.remove("403");
            }
        }
    }
}

// ---- system ----

/// Whether the server is up (no authentication).
#[utoipa::path(get, path = HEALTH, tag = "system",
    responses((status = 200, description = "the server is up", body = Health)))]
fn health() {}

/// This OpenAPI document (no authentication).
#[utoipa::path(get, path = OPENAPI, tag = "system",
    responses((status = 200, description = "the OpenAPI 3.1 document",
        content_type = "application/json", body = Object)))]
fn openapi_json() {}

/// Interactive documentation of this API (Swagger UI, served by the server itself).
#[utoipa::path(get, path = APIDOCS, tag = "system",
    responses((status = 301, description = "to `/apidocs/`, the page")))]
fn apidocs() {}

/// A file of the interactive documentation (the page is `/apidocs/`).
#[utoipa::path(get, path = APIDOCS_FILE, tag = "system",
    params(("file" = String, Path, description = "`index.html`, a script, a style sheet...")),
    responses(
        (status = 200, description = "the file", content_type = "text/html", body = String),
        (status = 404, description = "`not_found`: no such file", body = ErrorBody),
    ))]
fn apidocs_file() {}

/// The server's figures in the Prometheus text format (basic auth unless `--metricsauth none`).
#[utoipa::path(get, path = METRICS, tag = "system",
    responses((status = 200, description = "Prometheus text format 0.0.4",
        content_type = "text/plain", body = String)))]
fn metrics() {}

/// The server's name, version, uptime and uplink port.
#[utoipa::path(get, path = INFO, tag = "system",
    responses((status = 200, description = "about the server", body = Info)))]
fn info() {}

/// Logs in for the web interface: checks the user name and password (failures count against the
/// same per-address limit as basic auth) and answers the session cookie (`Set-Cookie`:
/// `HttpOnly`, `SameSite=Strict`, `Secure` with TLS) and the CSRF token. No credentials needed.
#[utoipa::path(post, path = SESSION, tag = "system",
    request_body(content = LoginRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "logged in; the cookie is in Set-Cookie", body = SessionInfo),
        (status = 400, description = "`bad_request`: the body is not JSON", body = ErrorBody),
        (status = 415, description = "`unsupported_media_type`: Content-Type is not application/json", body = ErrorBody),
        (status = 422, description = "`invalid_field`: a missing, empty or unknown field", body = ErrorBody),
    ))]
fn login() {}

/// Who the request is from and how it was authenticated; with the session cookie, the session's
/// CSRF token and expiry.
#[utoipa::path(get, path = SESSION, tag = "system",
    responses((status = 200, description = "the session", body = SessionInfo)))]
fn session_info() {}

/// Logs out: ends the session of the cookie (at once, on the server) and clears the cookie.
#[utoipa::path(delete, path = SESSION, tag = "system",
    responses(
        (status = 204, description = "logged out"),
        (status = 403, description = "`csrf_failed`: authenticated by the cookie without X-CSRF-Token", body = ErrorBody),
    ))]
fn logout() {}

// ---- bob providers, builders, services ----

/// The bob providers (DockerHub, Local).
#[utoipa::path(get, path = BOBPROVIDERS, tag = "builders",
    params(PageQuery),
    responses(
        (status = 200, description = "a page of providers", body = Page<BobProvider>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
    ))]
fn list_bobproviders() {}

/// Refreshes a provider's list of bobs.
#[utoipa::path(post, path = BOBPROVIDER_UPDATE, tag = "builders",
    params(("provider" = String, Path, description = "`DockerHub` or `Local`")),
    responses(
        (status = 200, description = "the refreshed provider", body = BobProvider),
        (status = 404, description = "`not_found`: no such provider", body = ErrorBody),
        (status = 502, description = "`registry_unreachable`, `registry_error`, `engine_error`", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`: no Docker engine", body = ErrorBody),
    ))]
fn update_bobprovider() {}

/// A provider's bobs.
#[utoipa::path(get, path = BOBPROVIDER_BOBS, tag = "builders",
    params(("provider" = String, Path, description = "`DockerHub` or `Local`"), PageQuery),
    responses(
        (status = 200, description = "a page of bobs", body = Page<Bob>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
        (status = 404, description = "`not_found`: no such provider", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn list_bobs() {}

/// Pulls a bob onto the engine; the answer streams progress, one JSON object per line.
#[utoipa::path(post, path = BOBPROVIDER_PREPARE, tag = "builders",
    params(
        ("provider" = String, Path, description = "`DockerHub` or `Local`"),
        ("bob" = String, Path, description = "the bob's name"),
    ),
    responses(
        (status = 200, description = "progress events, one per line, the last with `done` or `error`",
            content_type = "application/x-ndjson", body = PrepareEvent),
        (status = 404, description = "`not_found`: no such provider or bob", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn prepare_bob() {}

/// The builders on the engine, newest first.
#[utoipa::path(get, path = BUILDERS, tag = "builders",
    params(PageQuery),
    responses(
        (status = 200, description = "a page of builders", body = Page<Builder>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn list_builders() {}

/// One builder.
#[utoipa::path(get, path = BUILDER, tag = "builders",
    params(("id" = String, Path, description = "at least 12 hex digits of its image ID")),
    responses(
        (status = 200, description = "the builder", body = Builder),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn get_builder() {}

/// Removes a builder image from the engine.
#[utoipa::path(delete, path = BUILDER, tag = "builders",
    params(("id" = String, Path, description = "at least 12 hex digits of its image ID")),
    responses(
        (status = 200, description = "what was removed", body = Builder),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: a container uses it; `ambiguous_id`", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn delete_builder() {}

/// The services the builders bundle and the ones users stored.
#[utoipa::path(get, path = SERVICES, tag = "builders",
    params(PageQuery),
    responses(
        (status = 200, description = "a page of services", body = Page<Service>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
    ))]
fn list_services() {}

/// Stores a service's sources (a tar).
#[utoipa::path(post, path = SERVICES, tag = "builders",
    params(("name" = Option<String>, Query, description = "the name (default: the project in CMakeLists.txt, else the binary)")),
    request_body(content = [u8], content_type = "application/x-tar", description = "the service's sources"),
    responses(
        (status = 201, description = "the stored service", body = StoredService),
        (status = 400, description = "`bad_request`: not a tar, or no service in it", body = ErrorBody),
        (status = 409, description = "`conflict`: a bundled service's name", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
    ))]
fn create_service() {}

/// A service as listed, or with `Accept: application/x-tar` a stored one's sources.
#[utoipa::path(get, path = SERVICE, tag = "builders",
    params(("name" = String, Path, description = "the service's name")),
    responses(
        (status = 200, description = "the service", content(
            (Service = "application/json"),
            (Vec<u8> = "application/x-tar"),
        )),
        (status = 404, description = "`not_found`", body = ErrorBody),
    ))]
fn get_service() {}

/// Stores a service's sources under `name`, replacing what it held.
#[utoipa::path(put, path = SERVICE, tag = "builders",
    params(("name" = String, Path, description = "the service's name")),
    request_body(content = [u8], content_type = "application/x-tar", description = "the service's sources"),
    responses(
        (status = 201, description = "the stored service", body = StoredService),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 409, description = "`conflict`: a bundled service's name", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
    ))]
fn put_service() {}

/// Removes a stored service.
#[utoipa::path(delete, path = SERVICE, tag = "builders",
    params(("name" = String, Path, description = "the service's name")),
    responses(
        (status = 200, description = "what was removed", body = StoredService),
        (status = 404, description = "`not_found`", body = ErrorBody),
    ))]
fn delete_service() {}

/// The normalized tar of a stored service.
#[utoipa::path(get, path = SERVICE_ARCHIVE, tag = "builders",
    params(("name" = String, Path, description = "the service's name")),
    responses(
        (status = 200, description = "the tar", content_type = "application/x-tar", body = [u8]),
        (status = 404, description = "`not_found`", body = ErrorBody),
    ))]
fn service_archive() {}

// ---- builds ----

/// Builds an image of a service with a builder and a NaCl.
#[utoipa::path(post, path = BUILD_IMAGE, tag = "builds",
    params(
        ("service" = String, Path, description = "the service's name"),
        ("builder" = String, Path, description = "the builder's ID (12+ hex digits)"),
    ),
    request_body = BuildRequest,
    responses(
        (status = 202, description = "the build as queued (`Location: /v1/builds/{id}`)", body = Build),
        (status = 400, description = "`bad_request`: no NaCl", body = ErrorBody),
        (status = 404, description = "`not_found`: service, builder, NaCl or uplink", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
        (status = 429, description = "`too_many_builds`: the queue is full", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn build_image() {}

/// The recent builds, newest first.
#[utoipa::path(get, path = BUILDS, tag = "builds",
    params(PageQuery),
    responses(
        (status = 200, description = "a page of builds", body = Page<Build>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
    ))]
fn list_builds() {}

/// One build (live while it runs).
#[utoipa::path(get, path = BUILD, tag = "builds",
    params(("id" = String, Path, description = "the build's ID or a unique prefix")),
    responses(
        (status = 200, description = "the build", body = Build),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 400, description = "`bad_request`: an ID prefix under 6 characters", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_build() {}

/// Cancels a queued or running build.
#[utoipa::path(delete, path = BUILD, tag = "builds",
    params(("id" = String, Path, description = "the build's ID")),
    responses(
        (status = 400, description = "`bad_request`: an ID prefix under 6 characters", body = ErrorBody),
        (status = 200, description = "the cancelled build", body = Build),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: it finished already; `ambiguous_id`", body = ErrorBody),
    ))]
fn cancel_build() {}

/// A build's output.
#[utoipa::path(get, path = BUILD_LOG, tag = "builds",
    params(
        ("id" = String, Path, description = "the build's ID"),
        ("follow" = Option<bool>, Query, description = "stream until the build finishes"),
    ),
    responses(
        (status = 200, description = "the log", content_type = "text/plain", body = String),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 400, description = "`bad_request`: an ID prefix under 6 characters", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn build_log() {}

/// Checks a NaCl with a builder's NaCl transpiler.
#[utoipa::path(post, path = NACL_VALIDATE, tag = "builds",
    params(("builder" = String, Path, description = "the builder's ID")),
    request_body(content = String, content_type = "text/plain", description = "the NaCl"),
    responses(
        (status = 200, description = "valid or not, with the errors", body = ValidateResult),
        (status = 404, description = "`not_found`: no such builder", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 429, description = "`too_many_builds`", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn validate_nacl() {}

/// Checks a NaCl with Mothership's own checks (syntax, types, names, addresses), no builder
/// needed: every problem with its place.
#[utoipa::path(post, path = NACL_CHECK, tag = "documents",
    request_body(content = String, content_type = "text/plain", description = "the NaCl (UTF-8, at most 1 MiB)"),
    responses(
        (status = 200, description = "valid or not, with every diagnostic", body = NaclCheck),
        (status = 400, description = "`bad_request`: the body is not UTF-8", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
    ))]
fn check_nacl() {}

// ---- images ----

/// The stored images.
#[utoipa::path(get, path = IMAGES, tag = "images",
    params(ListQuery),
    responses(
        (status = 200, description = "a page", body = Page<Image>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn list_images() {}

/// Uploads an image (an ELF binary).
#[utoipa::path(post, path = IMAGES, tag = "images",
    params(("tag" = Option<String>, Query, description = "the image's tag")),
    request_body(content = [u8], content_type = "application/octet-stream", description = "the ELF binary"),
    responses(
        (status = 201, description = "the new image", body = Image),
        (status = 200, description = "the same bytes were stored already: that image", body = Image),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 408, description = "`request_timeout`: the body stalled", body = ErrorBody),
        (status = 411, description = "`length_required`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 422, description = "`not_elf`, `invalid_field`", body = ErrorBody),
        (status = 507, description = "`disk_full`", body = ErrorBody),
    ))]
fn upload_image() {}

/// An image's record, or with `Accept: application/octet-stream` its bytes (ranges work).
#[utoipa::path(get, path = IMAGE, tag = "images",
    params(("id" = String, Path, description = "the image's ID or a unique prefix of 6+ digits")),
    responses(
        (status = 200, description = "the image", content(
            (Image = "application/json"),
            (Vec<u8> = "application/octet-stream"),
        )),
        (status = 206, description = "the range asked for", content_type = "application/octet-stream", body = [u8]),
        (status = 400, description = "`bad_request`: a prefix under 6 digits", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
        (status = 416, description = "`range_not_satisfiable`", body = ErrorBody),
    ))]
fn get_image() {}

/// An image's bytes whatever `Accept` says (ranges work): the link a browser downloads.
#[utoipa::path(get, path = IMAGE_BINARY, tag = "images",
    params(("id" = String, Path, description = "the image's ID or a unique prefix of 6+ digits")),
    responses(
        (status = 200, description = "the binary, `Content-Disposition: attachment`", content_type = "application/octet-stream", body = [u8]),
        (status = 206, description = "the range asked for", content_type = "application/octet-stream", body = [u8]),
        (status = 400, description = "`bad_request`: a prefix under 6 digits", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
        (status = 416, description = "`range_not_satisfiable`", body = ErrorBody),
    ))]
fn image_binary() {}

/// Deletes an image.
#[utoipa::path(delete, path = IMAGE, tag = "images",
    params(("id" = String, Path, description = "the image's ID or a unique prefix of 6+ digits")),
    responses(
        (status = 204, description = "deleted"),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn delete_image() {}

// ---- NaCls and snippets ----

macro_rules! documents {
    ($tag:literal, $what:literal, $list:ident, $create:ident, $get:ident, $update:ident,
     $delete:ident, $many:expr, $one:expr, [$($force:tt)*], $invalid:literal) => {
        #[doc = concat!("The ", $what, "s (without content).")]
        #[utoipa::path(get, path = $many, tag = $tag,
            params(ListQuery),
            responses(
                (status = 200, description = "a page", body = Page<DocumentSummary>),
                (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
                (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
            ))]
        fn $list() {}

        #[doc = concat!("Stores a ", $what, ".")]
        #[utoipa::path(post, path = $many, tag = $tag,
            params($($force)*),
            request_body = DocumentCreate,
            responses(
                (status = 201, description = "stored", body = Document),
                (status = 400, description = "`bad_request`", body = ErrorBody),
                (status = 409, description = "`duplicate_name`", body = ErrorBody),
                (status = 413, description = "`payload_too_large`: content over 1 MiB", body = ErrorBody),
                (status = 422, description = $invalid, body = ErrorBody),
            ))]
        fn $create() {}

        #[doc = concat!("One ", $what, " with its content.")]
        #[utoipa::path(get, path = $one, tag = $tag,
            params(("id" = String, Path, description = "ID, unique prefix or name")),
            responses(
                (status = 200, description = "found", body = Document),
                (status = 404, description = "`not_found`", body = ErrorBody),
                (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
            ))]
        fn $get() {}

        #[doc = concat!("Renames a ", $what, " or changes its content.")]
        #[utoipa::path(patch, path = $one, tag = $tag,
            params(("id" = String, Path, description = "ID, unique prefix or name"), $($force)*),
            request_body = DocumentUpdate,
            responses(
                (status = 200, description = "changed", body = Document),
                (status = 400, description = "`bad_request`", body = ErrorBody),
                (status = 404, description = "`not_found`", body = ErrorBody),
                (status = 409, description = "`duplicate_name`, `ambiguous_id`", body = ErrorBody),
                (status = 413, description = "`payload_too_large`", body = ErrorBody),
                (status = 422, description = $invalid, body = ErrorBody),
            ))]
        fn $update() {}

        #[doc = concat!("Deletes a ", $what, ".")]
        #[utoipa::path(delete, path = $one, tag = $tag,
            params(("id" = String, Path, description = "ID, unique prefix or name")),
            responses(
                (status = 204, description = "deleted"),
                (status = 404, description = "`not_found`", body = ErrorBody),
                (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
            ))]
        fn $delete() {}
    };
}

documents!(
    "documents",
    "NaCl",
    list_nacls,
    create_nacl,
    get_nacl,
    update_nacl,
    delete_nacl,
    NACLS,
    NACL,
    [("force" = Option<bool>, Query, description = "store the NaCl even when Mothership's checks find errors in it")],
    "`invalid_field`; `invalid_nacl`: the NaCl has errors (listed in `diagnostics`) and `force` is not set"
);
documents!(
    "documents",
    "snippet",
    list_snippets,
    create_snippet,
    get_snippet,
    update_snippet,
    delete_snippet,
    SNIPPETS,
    SNIPPET,
    [],
    "`invalid_field`"
);

// ---- uplinks ----

/// The uplinks.
#[utoipa::path(get, path = UPLINKS, tag = "uplinks",
    params(ListQuery),
    responses(
        (status = 200, description = "a page", body = Page<Uplink>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn list_uplinks() {}

/// Stores an uplink (a missing token is generated).
#[utoipa::path(post, path = UPLINKS, tag = "uplinks",
    request_body = UplinkCreate,
    responses(
        (status = 201, description = "stored", body = Uplink),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 409, description = "`duplicate_name`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
    ))]
fn create_uplink() {}

/// One uplink.
#[utoipa::path(get, path = UPLINK, tag = "uplinks",
    params(("id" = String, Path, description = "ID, unique prefix or name")),
    responses(
        (status = 200, description = "found", body = Uplink),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_uplink() {}

/// An uplink's token: the one request that shows it (lists and other answers leave it out).
#[utoipa::path(get, path = UPLINK_TOKEN, tag = "uplinks",
    params(("id" = String, Path, description = "ID or name")),
    responses(
        (status = 200, description = "the token", body = UplinkToken),
        (status = 404, description = "`not_found`", body = ErrorBody),
    ))]
fn uplink_token() {}

/// Changes an uplink: absent keys stay, `null` clears an option.
#[utoipa::path(patch, path = UPLINK, tag = "uplinks",
    params(("id" = String, Path, description = "ID, unique prefix or name")),
    request_body = UplinkUpdate,
    responses(
        (status = 200, description = "changed", body = Uplink),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`duplicate_name`, `ambiguous_id`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
    ))]
fn update_uplink() {}

/// Deletes an uplink.
#[utoipa::path(delete, path = UPLINK, tag = "uplinks",
    params(("id" = String, Path, description = "ID, unique prefix or name")),
    responses(
        (status = 204, description = "deleted"),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn delete_uplink() {}

// ---- instances ----

/// The instances (`X-Total-Count` repeats `total`).
#[utoipa::path(get, path = INSTANCES, tag = "instances",
    params(
        ("search" = Option<String>, Query, description = "case-insensitive substring of UUID, alias, description, addresses, binary, tag, ..."),
        ("status" = Option<String>, Query, description = "`connected`, `disconnected` or `unknown`"),
        ("panicked" = Option<bool>, Query, description = "`true`: only the instances that reported a panic; `false`: only the others"),
        ("desired" = Option<String>, Query, description = "only the instances in this desired state: `in_sync`, `updating`, `failed` or `not_managed`"),
        ("sort" = Option<String>, Query, description = "`first_seen` (default), `last_seen`, `connected_since`, `alias`, `status`, `id`, `tag`, `version`; `-` in front for descending"),
        ("limit" = Option<u64>, Query, description = "items per page, 1-1000, default 100"),
        ("offset" = Option<u64>, Query, description = "items to skip, default 0"),
    ),
    responses(
        (status = 200, description = "a page of instances", body = Page<Instance>, headers(
            ("X-Total-Count" = u64, description = "matches of the filter"),
            ("X-Instance-Counts" = String, description = "`connected=3, disconnected=0, unknown=0, panicked=0, total=3`"),
        )),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown status, desired state or sort key", body = ErrorBody),
    ))]
fn list_instances() {}

/// Forgets many instances: the ids in the body, or every one with a status.
#[utoipa::path(delete, path = INSTANCES, tag = "instances",
    params(
        ("status" = Option<String>, Query, description = "every instance with this status"),
        ("force" = Option<bool>, Query, description = "also connected ones (their connections are closed)"),
    ),
    request_body(content = Option<DeleteInstances>, description = "the ids (UUIDs, aliases, prefixes)"),
    responses(
        (status = 200, description = "what was deleted, not found, or left alone", body = DeleteResult),
        (status = 400, description = "`bad_request`: neither ids nor status", body = ErrorBody),
    ))]
fn delete_instances() {}

/// How many instances have each status.
#[utoipa::path(get, path = INSTANCE_COUNTS, tag = "instances",
    responses((status = 200, description = "the counts", body = InstanceCounts)))]
fn instance_counts() {}

/// One instance.
#[utoipa::path(get, path = INSTANCE, tag = "instances",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix (4+ characters)")),
    responses(
        (status = 200, description = "the instance", body = Instance, headers(
            ("X-Instance-Matched" = String, description = "`uuid`, `alias` or `uuid-prefix`"),
        )),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_instance() {}

/// Sets an instance's alias or description.
#[utoipa::path(patch, path = INSTANCE, tag = "instances",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix")),
    request_body = InstancePatch,
    responses(
        (status = 200, description = "the changed instance", body = Instance),
        (status = 400, description = "`bad_request`: an invalid alias or description", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: the alias is taken; `ambiguous_id`", body = ErrorBody),
        (status = 422, description = "`invalid_field`: an alias that is or could be read as a uuid or uuid prefix", body = ErrorBody),
    ))]
fn update_instance() {}

/// Forgets an instance.
#[utoipa::path(delete, path = INSTANCE, tag = "instances",
    params(
        ("id" = String, Path, description = "UUID, alias or unique UUID prefix"),
        ("force" = Option<bool>, Query, description = "also when connected (the connection is closed)"),
    ),
    responses(
        (status = 200, description = "what was deleted", body = DeleteResult),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: connected, without force; `ambiguous_id`", body = ErrorBody),
    ))]
fn delete_instance() {}

/// The log an instance sent.
#[utoipa::path(get, path = INSTANCE_LOGS, tag = "instances",
    params(
        ("id" = String, Path, description = "UUID, alias or unique UUID prefix"),
        ("lines" = Option<usize>, Query, description = "only the last N lines"),
        ("follow" = Option<bool>, Query, description = "keep streaming new log"),
    ),
    responses(
        (status = 200, description = "the log", content_type = "text/plain", body = String),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn instance_logs() {}

/// The panics an instance reported, oldest first.
#[utoipa::path(get, path = INSTANCE_PANICS, tag = "instances",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix"), PageQuery),
    responses(
        (status = 200, description = "a page of panics", body = Page<PanicReport>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn instance_panics() {}

/// The last stats of an instance and the ones before.
#[utoipa::path(get, path = INSTANCE_STATS, tag = "instances",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix")),
    responses(
        (status = 200, description = "the stats", body = InstanceStats),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn instance_stats() {}

/// Asks a docked instance for its stats now.
#[utoipa::path(post, path = INSTANCE_STATS, tag = "instances",
    params(
        ("id" = String, Path, description = "UUID, alias or unique UUID prefix"),
        ("timeout" = Option<u64>, Query, description = "seconds, 1-60, default 10"),
    ),
    responses(
        (status = 200, description = "the snapshot", body = StatsSnapshot),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`not_connected`, `ambiguous_id`", body = ErrorBody),
        (status = 502, description = "`disconnected`, `bad_answer`", body = ErrorBody),
        (status = "5XX", description = "`busy` (503), `timeout` (504)", body = ErrorBody),
    ))]
fn request_instance_stats() {}

/// Deploys an image to one docked instance (a live update).
#[utoipa::path(post, path = INSTANCE_DEPLOY, tag = "deploys",
    params(
        ("id" = String, Path, description = "UUID, alias or unique UUID prefix"),
        ("image" = String, Path, description = "image ID or unique prefix"),
        ("wait" = Option<bool>, Query, description = "answer with the final record"),
        ("force" = Option<bool>, Query, description = "skip the uplink and version checks"),
    ),
    responses(
        (status = 202, description = "the deploy as it starts (`Location: /v1/deploys/{id}`)", body = Deploy),
        (status = 200, description = "with wait: the final record", body = Deploy),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`not_connected`, `mismatch`, `no_room`, `ambiguous_id`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = "5XX", description = "`busy`: too many deploys run", body = ErrorBody),
    ))]
fn deploy_instance() {}

/// Builds an image for an instance and deploys it there, in one record.
#[utoipa::path(post, path = INSTANCE_UPGRADE, tag = "upgrades",
    params(
        ("id" = String, Path, description = "UUID, alias or unique UUID prefix"),
        ("wait" = Option<bool>, Query, description = "answer when it is over"),
        ("force" = Option<bool>, Query, description = "skip the uplink and version checks"),
    ),
    request_body(content = Option<UpgradeRequest>, description = "every field optional; an empty body is fine"),
    responses(
        (status = 202, description = "the upgrade as it starts (`Location: /v1/upgrades/{id}`)", body = Upgrade),
        (status = 200, description = "with wait: the final record", body = Upgrade),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 404, description = "`not_found`: instance, NaCl or builder", body = ErrorBody),
        (status = 409, description = "`no_builder`, `ambiguous_id`", body = ErrorBody),
        (status = 422, description = "`no_service`, `no_nacl`", body = ErrorBody),
        (status = 429, description = "`too_many_builds`", body = ErrorBody),
        (status = "5XX", description = "`engine_unavailable`, `engine_error`", body = ErrorBody),
    ))]
fn upgrade_instance() {}

// ---- deploys and upgrades ----

/// The deploys (without their targets).
#[utoipa::path(get, path = DEPLOYS, tag = "deploys",
    params(
        ("status" = Option<String>, Query, description = "`running`, `verified` or `failed`"),
        ListQuery,
    ),
    responses(
        (status = 200, description = "a page", body = Page<Deploy>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn list_deploys() {}

/// Deploys an image to many instances: a list or a filter.
#[utoipa::path(post, path = DEPLOYS, tag = "deploys",
    params(("wait" = Option<bool>, Query, description = "answer with the final record")),
    request_body = DeployRequest,
    responses(
        (status = 202, description = "the deploy as it starts", body = Deploy),
        (status = 200, description = "with wait: the final record", body = Deploy),
        (status = 400, description = "`bad_request`: no selector", body = ErrorBody),
        (status = 404, description = "`not_found`, `no_targets`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
        (status = 422, description = "`invalid_field`", body = ErrorBody),
        (status = "5XX", description = "`busy`: too many deploys run", body = ErrorBody),
    ))]
fn create_deploy() {}

/// One deploy with its targets (live while it runs).
#[utoipa::path(get, path = DEPLOY, tag = "deploys",
    params(("id" = String, Path, description = "ID or unique prefix of 4+ digits")),
    responses(
        (status = 200, description = "the deploy", body = Deploy),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_deploy() {}

/// The rollouts, newest first (without their targets).
#[utoipa::path(get, path = ROLLOUTS, tag = "rollouts",
    params(
        ("status" = Option<String>, Query, description = "`running`, `paused`, `completed`, `cancelled`, `rolling_back`, `rolled_back` or `interrupted`"),
        ListQuery,
    ),
    responses(
        (status = 200, description = "a page", body = Page<Rollout>),
        (status = 400, description = "`invalid_parameter`", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or status", body = ErrorBody),
    ))]
fn list_rollouts() {}

/// Starts a rollout: an image to the instances a selector picks, in waves (docs/ROLLOUTS.md).
#[utoipa::path(post, path = ROLLOUTS, tag = "rollouts",
    request_body = RolloutRequest,
    responses(
        (status = 201, description = "the rollout as it starts (`Location: /v1/rollouts/{id}`)", body = Rollout),
        (status = 400, description = "`bad_request`: no selector, a bad wave size or threshold", body = ErrorBody),
        (status = 404, description = "`not_found` (image, instance), `no_targets`", body = ErrorBody),
        (status = 409, description = "`mismatch`: the image does not fit some selected instances (named); `ambiguous_id`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
    ))]
fn create_rollout() {}

/// A rollout with its waves, counts and every target's outcome.
#[utoipa::path(get, path = ROLLOUT, tag = "rollouts",
    params(("id" = String, Path, description = "ID or unique prefix")),
    responses(
        (status = 200, description = "the rollout", body = Rollout),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`", body = ErrorBody),
    ))]
fn get_rollout() {}

/// Pauses a running rollout: nothing new starts; updates under way finish or time out.
#[utoipa::path(post, path = ROLLOUT_PAUSE, tag = "rollouts",
    params(("id" = String, Path, description = "ID or unique prefix")),
    responses(
        (status = 200, description = "the rollout (it settles `paused` once updates under way end)", body = Rollout),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: not running", body = ErrorBody),
    ))]
fn pause_rollout() {}

/// Resumes a paused rollout with its current wave.
#[utoipa::path(post, path = ROLLOUT_RESUME, tag = "rollouts",
    params(("id" = String, Path, description = "ID or unique prefix")),
    responses(
        (status = 200, description = "the rollout, running", body = Rollout),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: not paused", body = ErrorBody),
    ))]
fn resume_rollout() {}

/// Cancels a running or paused rollout (emergency stop): nothing new starts, updates under way
/// finish or time out, queued targets are skipped.
#[utoipa::path(post, path = ROLLOUT_CANCEL, tag = "rollouts",
    params(("id" = String, Path, description = "ID or unique prefix")),
    responses(
        (status = 200, description = "the rollout (it settles `cancelled`)", body = Rollout),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: already ended", body = ErrorBody),
    ))]
fn cancel_rollout() {}

/// Rolls a running or paused rollout back: stops it, then deploys every updated or failed
/// target the image it ran before.
#[utoipa::path(post, path = ROLLOUT_ROLLBACK, tag = "rollouts",
    params(("id" = String, Path, description = "ID or unique prefix")),
    responses(
        (status = 200, description = "the rollout (it settles `rolled_back`)", body = Rollout),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`conflict`: already ended", body = ErrorBody),
    ))]
fn rollback_rollout() {}

/// An instance's desired image and where it stands against it (`not_managed` without one).
#[utoipa::path(get, path = INSTANCE_DESIRED, tag = "desired",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix")),
    responses(
        (status = 200, description = "its desired state", body = DesiredState),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`", body = ErrorBody),
    ))]
fn get_desired() {}

/// Gives an instance a desired image: Mothership updates it now if it is connected and runs
/// another binary, and whenever it docks running another, with bounded attempts and a
/// back-off (docs/ROLLOUTS.md, "Desired state").
#[utoipa::path(put, path = INSTANCE_DESIRED, tag = "desired",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix")),
    request_body = DesiredRequest,
    responses(
        (status = 200, description = "its desired state", body = DesiredState),
        (status = 400, description = "`bad_request`: no `image_id`", body = ErrorBody),
        (status = 404, description = "`not_found` (instance, image)", body = ErrorBody),
        (status = 409, description = "`mismatch`, `no_room`: the image does not fit the instance; `ambiguous_id`", body = ErrorBody),
    ))]
fn put_desired() {}

/// Removes an instance's desired image (nothing is deployed; it becomes `not_managed`).
#[utoipa::path(delete, path = INSTANCE_DESIRED, tag = "desired",
    params(("id" = String, Path, description = "UUID, alias or unique UUID prefix")),
    responses(
        (status = 200, description = "its desired state, `not_managed`", body = DesiredState),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`", body = ErrorBody),
    ))]
fn delete_desired() {}

/// Gives every instance a selector picks now (tag, service, version, or a list) a desired
/// image; the image must fit each.
#[utoipa::path(put, path = DESIRED, tag = "desired",
    request_body = DesiredGroupRequest,
    responses(
        (status = 200, description = "the instances changed", body = DesiredChange),
        (status = 400, description = "`bad_request`: no `image_id`, an empty selector", body = ErrorBody),
        (status = 404, description = "`not_found` (image, instance), `no_targets`", body = ErrorBody),
        (status = 409, description = "`mismatch`, `no_room`: the image does not fit some instances (named); `ambiguous_id`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
    ))]
fn put_desired_group() {}

/// Removes the desired image of every instance a selector picks.
#[utoipa::path(delete, path = DESIRED, tag = "desired",
    request_body = DesiredGroupClear,
    responses(
        (status = 200, description = "the instances that had one", body = DesiredChange),
        (status = 400, description = "`bad_request`: an empty selector", body = ErrorBody),
        (status = 404, description = "`not_found`, `no_targets`", body = ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ErrorBody),
    ))]
fn delete_desired_group() {}

/// The upgrades, newest first.
#[utoipa::path(get, path = UPGRADES, tag = "upgrades",
    params(
        ("instance_id" = Option<String>, Query, description = "UUID, alias or unique prefix"),
        ("status" = Option<String>, Query, description = "`building`, `deploying`, `verified`, `failed` or `cancelled`"),
        ListQuery,
    ),
    responses(
        (status = 200, description = "a page", body = Page<Upgrade>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn list_upgrades() {}

/// One upgrade with its build and deploy.
#[utoipa::path(get, path = UPGRADE, tag = "upgrades",
    params(("id" = String, Path, description = "ID or unique prefix of 4+ digits")),
    responses(
        (status = 200, description = "the upgrade", body = Upgrade),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_upgrade() {}

// ---- events, audit, webhooks ----

/// What happens, as server-sent events (each `data:` an `EventRecord`).
#[utoipa::path(get, path = EVENTS, tag = "events",
    params(
        ("type" = Option<String>, Query, description = "only these types: a comma list, `prefix*` wildcards, repeatable"),
        ("since" = Option<u64>, Query, description = "start after this event id"),
        ("follow" = Option<bool>, Query, description = "`false`: the history only"),
        ("instance_id" = Option<String>, Query, description = "only events about this instance (`data.instance_id`): UUID, alias or unique UUID prefix; a deleted instance's whole UUID"),
        ("Last-Event-ID" = Option<u64>, Header, description = "start after this event id"),
    ),
    responses(
        (status = 200, description = "the stream", content_type = "text/event-stream", body = String),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an instance_id prefix that starts several UUIDs, listed in `candidates`", body = ErrorBody),
        (status = 422, description = "`invalid_field`: an unknown type, an empty instance_id", body = ErrorBody),
    ))]
fn events() {}

/// The audit log of state-changing requests, newest first.
#[utoipa::path(get, path = AUDIT, tag = "events",
    params(ListQuery),
    responses(
        (status = 200, description = "a page", body = Page<AuditEntry>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn audit() {}

/// The webhooks (without secrets).
#[utoipa::path(get, path = WEBHOOKS, tag = "events",
    params(PageQuery),
    responses(
        (status = 200, description = "a page", body = Page<Webhook>),
        (status = 400, description = "`invalid_parameter`: an unknown parameter or a value that does not parse", body = ErrorBody),
        (status = 422, description = "`invalid_field`: limit or offset out of range, an unknown sort key or filter value", body = ErrorBody),
    ))]
fn list_webhooks() {}

/// Registers a webhook.
#[utoipa::path(post, path = WEBHOOKS, tag = "events",
    request_body = WebhookCreate,
    responses(
        (status = 201, description = "the webhook, with its secret (shown only here)", body = Webhook),
        (status = 400, description = "`bad_request`", body = ErrorBody),
        (status = 409, description = "`too_many_webhooks`", body = ErrorBody),
        (status = 422, description = "`invalid_field`: a url that is not http(s)", body = ErrorBody),
    ))]
fn create_webhook() {}

/// One webhook.
#[utoipa::path(get, path = WEBHOOK, tag = "events",
    params(("id" = String, Path, description = "ID or unique prefix of 4+ hex digits")),
    responses(
        (status = 200, description = "the webhook", body = Webhook),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn get_webhook() {}

/// Deletes a webhook (what was queued for it is dropped).
#[utoipa::path(delete, path = WEBHOOK, tag = "events",
    params(("id" = String, Path, description = "ID or unique prefix of 4+ hex digits")),
    responses(
        (status = 204, description = "deleted"),
        (status = 404, description = "`not_found`", body = ErrorBody),
        (status = 409, description = "`ambiguous_id`: an ID prefix that starts several IDs, listed in `candidates`", body = ErrorBody),
    ))]
fn delete_webhook() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_filled_and_encoded() {
        assert_eq!(path(INSTANCE, &["web 1"]), "/v1/instances/web%201");
        assert_eq!(
            path(BOBPROVIDER_PREPARE, &["DockerHub", "a/b"]),
            "/v1/bobproviders/DockerHub/prepare/bobs/a%2Fb"
        );
        assert_eq!(path(INSTANCES, &[]), "/v1/instances");
        assert_eq!(segment("a:b@c+d*e"), "a:b@c+d*e");
        assert_eq!(segment("a b/c?d#e%f"), "a%20b%2Fc%3Fd%23e%25f");
        assert_eq!(segment("ü"), "%C3%BC");
    }

    #[test]
    fn the_document_is_openapi_3_1_with_every_template() {
        let doc = serde_json::to_value(openapi()).expect("serializes");
        assert_eq!(doc["openapi"], "3.1.0");
        let endpoints = endpoints();
        for template in [HEALTH, OPENAPI, INSTANCE_DEPLOY, WEBHOOK, METRICS] {
            assert!(
                endpoints.iter().any(|(p, _)| p == template),
                "{template} missing"
            );
        }
    }
}
