//! One API for scripts (issue 12): the same rules on every endpoint — timestamps, 405s and
//! `OPTIONS`, secrets kept out of lists, one list shape with one paging rule, one name per idea.

use reqwest::Method;
use serde_json::{Value, json};

use crate::hangar::wait_status;
use crate::helper::instance::{self, InstanceSpec};
use crate::helper::{TestServer, UPLINK_TOKEN};
use crate::images::{elf, upload};
use mothership::protocol::instances::InstanceStatus;

/// True when `s` starts like a date-time (`2025-05-01T`).
fn looks_like_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 11
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
}

/// `2025-05-01T12:25:13.123Z` exactly.
fn wire_form(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 24
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && b[19] == b'.'
        && digits(20..23)
        && b[23] == b'Z'
}

/// Every date-time string anywhere in `v`, with its JSON path.
fn times(v: &Value, path: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) if looks_like_time(s) => out.push((path, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                times(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                times(item, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

async fn get_json(server: &TestServer, path: &str) -> Value {
    let r = server.get(path).send().await.expect("get");
    assert_eq!(r.status(), 200, "GET {path}");
    r.json().await.expect("json")
}

/// Regression: timestamps came with 0 to 3 fractional digits (`…14.2Z`, `…25:13Z`), so a script
/// needed two formats and could not compare them as text.
#[tokio::test]
async fn every_timestamp_has_exactly_three_fractional_digits() {
    let server = TestServer::start().await;
    let spec = InstanceSpec::new(UPLINK_TOKEN);
    let mut inst = instance::spawn(server.uplink_target(), spec.clone());
    inst.wait_docked().await;
    wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
    assert_eq!(
        upload(&server, elf(4096, 7), Some("web")).await.status(),
        201
    );
    let r = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "fw", "content": "Iface eth0 { index: 0, address: 10.0.0.43 }"}))
        .send()
        .await
        .expect("create nacl");
    assert_eq!(r.status(), 201);
    let mut found = Vec::new();
    for path in [
        "/v1/instances".to_owned(),
        format!("/v1/instances/{}", spec.uuid),
        "/v1/images".to_owned(),
        "/v1/nacls".to_owned(),
        "/v1/uplinks".to_owned(),
        "/v1/audit".to_owned(),
    ] {
        let body = get_json(&server, &path).await;
        times(&body, path.clone(), &mut found);
    }
    assert!(
        found.len() >= 5,
        "expected timestamps in the answers, found {found:?}"
    );
    let wrong: Vec<_> = found.iter().filter(|(_, t)| !wire_form(t)).collect();
    assert!(wrong.is_empty(), "not in the wire form: {wrong:?}");
    drop(inst);
}

/// Regression: unknown query parameters were silently ignored on some endpoints
/// (`POST /v1/images?tga=web` stored the image without its tag). Every endpoint refuses them now with
/// `400 invalid_parameter`, naming the parameter; a value that does not parse names the parameter
/// and the value; `limit` has one range everywhere.
#[tokio::test]
async fn unknown_or_malformed_query_parameters_are_refused_everywhere() {
    let server = TestServer::start_with(|config| {
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let unknown = [
        (Method::POST, "/v1/images?tga=web"),
        (Method::GET, "/v1/builds?offst=100"),
        (Method::GET, "/v1/instances/counts?status=connected"),
        (Method::DELETE, "/v1/instances?al=1"),
        (Method::GET, "/v1/info?verbose=1"),
        (Method::GET, "/v1/health?x=1"),
        (Method::GET, "/v1/images?colour=red"),
        (Method::GET, "/v1/instances?colour=red"),
        (Method::GET, "/v1/instances/some-uuid?colour=red"),
    ];
    for (method, path) in unknown {
        let mut request = server.request(method.clone(), path);
        if method == Method::POST {
            request = request
                .header("content-type", "application/octet-stream")
                .body(elf(4096, 1));
        }
        let r = request.send().await.expect("send");
        assert_eq!(r.status(), 400, "{method} {path}");
        let body: mothership::protocol::ErrorBody = r.json().await.expect("error body");
        let name = path
            .split_once('?')
            .and_then(|(_, q)| q.split_once('='))
            .map(|(k, _)| k)
            .unwrap_or_default();
        assert_eq!(body.error.code, "invalid_parameter", "{method} {path}");
        assert!(
            body.error.message.contains(name),
            "{method} {path}: {}",
            body.error.message
        );
    }
    let images: Value = get_json(&server, "/v1/images").await;
    assert_eq!(images["total"], 0, "nothing stored by a refused upload");

    for path in ["/v1/builds?limit=abc", "/v1/images?limit=-1"] {
        let r = server.get(path).send().await.expect("send");
        assert_eq!(r.status(), 400, "{path}");
        let body: mothership::protocol::ErrorBody = r.json().await.expect("error body");
        assert_eq!(body.error.code, "invalid_parameter", "{path}");
        assert!(
            body.error.message.contains("limit") && body.error.message.contains("\""),
            "{path}: {}",
            body.error.message
        );
    }
    for path in [
        "/v1/builds?limit=0",
        "/v1/builds?limit=1001",
        "/v1/images?limit=0",
        "/v1/instances?limit=1001",
    ] {
        let r = server.get(path).send().await.expect("send");
        assert_eq!(r.status(), 422, "{path}");
        let body: mothership::protocol::ErrorBody = r.json().await.expect("error body");
        assert_eq!(body.error.code, "invalid_field", "{path}");
        assert!(
            body.error.message.contains("limit"),
            "{path}: {}",
            body.error.message
        );
    }
}

/// Every list endpoint of the API (`{id}` is filled with a docked instance), and whether this
/// test stores 2+ items in it (the others it checks for shape and parameters only: they need a
/// Docker engine, builds or deploys to have items). [`every_list_is_in_the_table`] checks that
/// the OpenAPI document has no list this table lacks.
const LISTS: &[(&str, bool)] = &[
    ("/v1/images", true),
    ("/v1/nacls", true),
    ("/v1/snippets", true),
    ("/v1/uplinks", true),
    ("/v1/webhooks", true),
    ("/v1/audit", true),
    ("/v1/instances", true),
    ("/v1/instances/{id}/panics", false),
    ("/v1/bobproviders", true),
    ("/v1/bobproviders/{provider}/bobs", false),
    ("/v1/builders", false),
    ("/v1/services", false),
    ("/v1/builds", false),
    ("/v1/deploys", false),
    ("/v1/upgrades", false),
    ("/v1/rollouts", false),
];

async fn error_of(server: &TestServer, path: &str) -> (u16, mothership::protocol::ErrorBody) {
    let r = server.get(path).send().await.expect("send");
    let status = r.status().as_u16();
    let text = r.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"));
    (status, body)
}

/// Regression: lists came in four shapes (a page object, a bare array with `X-Total-Count`, a
/// bare array whose `offset` was ignored so a paging loop repeated page one, unpaged arrays) and
/// `limit=0` was a 422 on some lists and a 200 on others. Now every list answers
/// `{"items", "total"}`, pages with `limit` and `offset`, and gives the same error for the same
/// mistake, naming the parameter and the value.
#[tokio::test]
async fn every_list_has_one_shape_and_one_paging_rule() {
    // No engine: the lists that need one answer 503 to a good query, but check the query first.
    let server = TestServer::start_with(|config| {
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let mut docked = Vec::new();
    for _ in 0..2 {
        let spec = InstanceSpec::new(UPLINK_TOKEN);
        let mut inst = instance::spawn(server.uplink_target(), spec.clone());
        inst.wait_docked().await;
        wait_status(&server, &spec.uuid, InstanceStatus::Connected).await;
        docked.push(inst);
    }
    for seed in 0..2u8 {
        let tag = format!("list-{seed}");
        assert_eq!(
            upload(&server, elf(4096, 40 + seed), Some(&tag))
                .await
                .status(),
            201
        );
        for (path, body) in [
            (
                "/v1/nacls",
                json!({"name": format!("n{seed}"), "content": "Iface eth0 { index: 0, config: dhcp }"}),
            ),
            (
                "/v1/snippets",
                json!({"name": format!("s{seed}"), "content": "x"}),
            ),
            (
                "/v1/uplinks",
                json!({"name": format!("u{seed}"), "url": format!("http://10.0.0.{seed}:9090/")}),
            ),
            (
                "/v1/webhooks",
                json!({"url": format!("http://127.0.0.1:9/hook{seed}")}),
            ),
        ] {
            let r = server
                .request(Method::POST, path)
                .json(&body)
                .send()
                .await
                .expect("post");
            assert_eq!(r.status(), 201, "POST {path}: {:?}", r.text().await);
        }
    }
    let instance = docked[0].spec.uuid.clone();

    for &(template, filled) in LISTS {
        let path = template
            .replace("{id}", &instance)
            .replace("{provider}", "Local");
        let r = server.get(&path).send().await.expect("send");
        let status = r.status().as_u16();
        if status == 503 {
            // Needs the engine; its parameters are checked below all the same.
            assert!(!filled, "{path}");
        } else {
            assert_eq!(status, 200, "GET {path}");
            let page: Value = r.json().await.expect("json");
            let keys: Vec<&String> = page.as_object().expect("an object").keys().collect();
            assert_eq!(keys, ["items", "total"], "{path}: {page}");
            let total = page["total"].as_u64().expect("total");
            assert_eq!(
                page["items"].as_array().expect("items").len() as u64,
                total.min(100)
            );
            if filled {
                assert!(total >= 2, "{path}: {page}");
                let first = get_json(&server, &format!("{path}?limit=1")).await;
                let second = get_json(&server, &format!("{path}?limit=1&offset=1")).await;
                let past = get_json(&server, &format!("{path}?limit=5&offset={total}")).await;
                for p in [&first, &second, &past] {
                    assert_eq!(p["total"], total, "{path}: {p}");
                }
                assert_eq!(first["items"].as_array().map(Vec::len), Some(1), "{path}");
                assert_eq!(second["items"].as_array().map(Vec::len), Some(1), "{path}");
                assert_ne!(
                    first["items"][0], second["items"][0],
                    "{path}: pages differ"
                );
                assert_eq!(past["items"], json!([]), "{path}");
            }
        }
        for (query, want_status, want_code, named) in [
            ("colour=red", 400, "invalid_parameter", &["colour"][..]),
            ("limit=0", 422, "invalid_field", &["limit", "0"]),
            ("limit=1001", 422, "invalid_field", &["limit", "1001"]),
            ("limit=-1", 400, "invalid_parameter", &["limit", "\"-1\""]),
            ("limit=abc", 400, "invalid_parameter", &["limit", "\"abc\""]),
            ("offset=-1", 400, "invalid_parameter", &["offset", "\"-1\""]),
            (
                "offset=abc",
                400,
                "invalid_parameter",
                &["offset", "\"abc\""],
            ),
        ] {
            let (status, body) = error_of(&server, &format!("{path}?{query}")).await;
            assert_eq!(
                (status, body.error.code.as_str()),
                (want_status, want_code),
                "{path}?{query}: {}",
                body.error.message
            );
            for word in named {
                assert!(
                    body.error.message.contains(word),
                    "{path}?{query}: {word} missing in {}",
                    body.error.message
                );
            }
        }
    }
    let r = server
        .get("/v1/instances?limit=1")
        .send()
        .await
        .expect("send");
    assert_eq!(
        r.headers()["x-total-count"],
        "2",
        "the header stays, with total"
    );
    drop(docked);
}

/// The `$ref`'d schema of `schema`, or `schema` itself.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => r
            .strip_prefix("#/components/schemas/")
            .map_or(schema, |name| &doc["components"]["schemas"][name]),
        None => schema,
    }
}

/// The list table above holds every `GET` whose answer is a page, and no `GET` answers a bare
/// JSON array.
#[tokio::test]
async fn every_list_is_in_the_table() {
    let server = TestServer::start().await;
    let doc = get_json(&server, "/v1/openapi.json").await;
    let mut pages = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        let schema = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        if schema.is_null() {
            continue;
        }
        let schema = resolve(&doc, schema);
        assert_ne!(schema["type"], "array", "GET {path} answers a bare array");
        let props = &schema["properties"];
        if props["items"].is_object() && props["total"].is_object() {
            pages.push(path.clone());
        }
    }
    let mut table: Vec<String> = LISTS.iter().map(|(p, _)| (*p).to_owned()).collect();
    table.sort();
    pages.sort();
    assert_eq!(pages, table, "the lists of the document and of LISTS");
}

/// Pairs of names for one idea; the API uses the first, never the second.
const SYNONYMS: &[(&str, &str)] = &[
    ("status", "state"),
    ("image_id", "image"),
    ("version", "includeos_version"),
    ("created", "created_at"),
    ("updated", "updated_at"),
    ("first_seen", "first_at"),
    ("last_seen", "last_at"),
    ("id", "uuid"),
    ("instance_id", "instance"),
    ("nacl_id", "nacl"),
];

/// References whose old name stays for the object itself: the API names an object's ID `X_id`
/// and uses `X` only for the object (`builder` on a pull's last line is the new builder,
/// `uplink` on an instance the uplink configuration it reported), never for a string.
const ID_SYNONYMS: &[(&str, &str)] = &[("builder_id", "builder"), ("uplink_id", "uplink")];

/// The names of properties whose value may be a string, and every query parameter name.
fn string_names(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (name, schema) in props {
                    if may_be_string(schema) {
                        out.insert(name.clone());
                    }
                }
            }
            if map.get("in").and_then(Value::as_str) == Some("query")
                && let Some(name) = map.get("name").and_then(Value::as_str)
            {
                out.insert(name.to_owned());
            }
            for item in map.values() {
                string_names(item, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| string_names(i, out)),
        _ => {}
    }
}

/// `{"type": "string"}`, `{"type": ["string", "null"]}`, or a `oneOf`/`anyOf`/`allOf` with one.
fn may_be_string(schema: &Value) -> bool {
    match &schema["type"] {
        Value::String(t) => t == "string",
        Value::Array(types) => types.iter().any(|t| t == "string"),
        _ => ["oneOf", "anyOf", "allOf"].iter().any(|k| {
            schema[*k]
                .as_array()
                .is_some_and(|alternatives| alternatives.iter().any(may_be_string))
        }),
    }
}

/// Every property name of the document's schemas (recursively) and every query parameter name.
fn names(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                out.extend(props.keys().cloned());
            }
            if map.get("in").and_then(Value::as_str) == Some("query")
                && let Some(name) = map.get("name").and_then(Value::as_str)
            {
                out.insert(name.to_owned());
            }
            for item in map.values() {
                names(item, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| names(i, out)),
        _ => {}
    }
}

/// Regression: one idea had several names (`state` on deploys and upgrades, `status` on builds
/// and instances; `includeos_version` on images, `version` on builds and builders; `image` on
/// deploys, `image_id` on builds), so a script needed a wrapper per resource. Every property and
/// query parameter of the OpenAPI document now comes from one vocabulary: no name of a synonym
/// pair's second column, and no name outside the list below (a new name is added here after
/// checking that no existing one means the same).
#[tokio::test]
async fn every_name_in_the_document_comes_from_one_vocabulary() {
    let server = TestServer::start().await;
    let doc = get_json(&server, "/v1/openapi.json").await;
    let mut found = std::collections::BTreeSet::new();
    names(&doc["paths"], &mut found);
    names(&doc["components"]["schemas"], &mut found);
    for (keep, synonym) in SYNONYMS {
        assert!(
            !found.contains(*synonym),
            "`{synonym}` is in the document: the API calls that `{keep}`"
        );
    }
    let mut strings = std::collections::BTreeSet::new();
    string_names(&doc["paths"], &mut strings);
    string_names(&doc["components"]["schemas"], &mut strings);
    for (keep, synonym) in ID_SYNONYMS {
        assert!(
            !strings.contains(*synonym),
            "`{synonym}` holds a string (a reference) in the document: the API calls that `{keep}`"
        );
    }
    let unknown: Vec<&String> = found
        .iter()
        .filter(|n| !VOCABULARY.contains(&n.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "names outside the vocabulary: {unknown:?}; check that none means what an existing \
         name means, then add them to VOCABULARY"
    );
}

/// The names the API uses, properties and query parameters.
const VOCABULARY: &[&str] = &[
    "desired",
    "next_attempt",
    "set_by",
    "set_at",
    "includeos_version",
    "waves",
    "wave",
    "success_threshold",
    "soak_seconds",
    "skipped",
    "selector",
    "rolled_back",
    "rollback",
    "previous_image_id",
    "planned",
    "error_threshold",
    "current_wave",
    "build_per_version",
    "builds",
    "build_id",
    "acked",
    "addr",
    "address",
    "alias",
    "all",
    "api_version",
    "arch",
    "at",
    "auth",
    "attempts",
    "auth_id",
    "binary",
    "bobs",
    "bound_uplink",
    "auto_redeploy",
    "trigger",
    "build",
    "build_date",
    "builder",
    "builder_id",
    "builders",
    "ca",
    "candidates",
    "certificate_fingerprint",
    "certs",
    "code",
    "column",
    "concurrency",
    "conflicts",
    "connected",
    "connected_since",
    "consecutive_failures",
    "content",
    "contract",
    "counts",
    "csrf_token",
    "cpu_features",
    "created",
    "current",
    "data",
    "deleted",
    "delivered",
    "diagnostics",
    "delivery",
    "deploy",
    "description",
    "devices",
    "diagnostics",
    "disconnect_reason",
    "disconnected",
    "disconnected_at",
    "dns",
    "driver",
    "dropped",
    "end_column",
    "end_line",
    "error",
    "errors",
    "events",
    "exit_code",
    "end_column",
    "end_line",
    "expires",
    "failed",
    "files",
    "fingerprint",
    "finished",
    "first_seen",
    "follow",
    "force",
    "gateway",
    "hint",
    "history",
    "id",
    "ids",
    "image_id",
    "image_size",
    "index",
    "instance_id",
    "instances",
    "items",
    "last_attempt",
    "last_delivered",
    "last_error",
    "last_log",
    "last_seen",
    "last_status",
    "last_update",
    "latest",
    "layer",
    "limit",
    "line",
    "lines",
    "live_address",
    "log_bytes",
    "mac",
    "message",
    "messages",
    "method",
    "nacl_content",
    "nacl_id",
    "nacl_name",
    "name",
    "net",
    "netmask",
    "not_found",
    "offset",
    "panicked",
    "panics",
    "path",
    "password",
    "physical_ram",
    "port",
    "prepared",
    "presented_certificate",
    "problems",
    "project",
    "provider_id",
    "queued",
    "reason",
    "reboot",
    "search",
    "secret",
    "send_stats",
    "sent",
    "serialize_ct",
    "service",
    "services",
    "severity",
    "since",
    "size",
    "severity",
    "sort",
    "source",
    "started",
    "stats",
    "status",
    "stored",
    "tag",
    "tags",
    "targets",
    "text",
    "time",
    "timeout",
    "tls",
    "token",
    "total",
    "trusted_certificate",
    "type",
    "unknown",
    "update_time_taken",
    "updated",
    "uplink",
    "uplink_id",
    "uplink_url",
    "uptime_secs",
    "url",
    "user",
    "uuid_problem",
    "valid",
    "value",
    "vcs_ref",
    "verified",
    "verify",
    "version",
    "wait",
    "warnings",
    "ws_logging",
];

/// Every route the OpenAPI document lists without query parameters (item routes such as
/// `GET /v1/images/{id}`, actions, creates) refuses one, as the lists do, instead of ignoring it.
#[tokio::test]
async fn every_route_without_query_parameters_refuses_one() {
    let server = TestServer::start_with(|config| {
        config.docker_host = Some("tcp://127.0.0.1:9".to_owned());
    })
    .await;
    let doc = serde_json::to_value(mothership::protocol::routes::openapi()).expect("document");
    let paths = doc["paths"].as_object().expect("paths");
    let mut checked = 0;
    for (template, item) in paths {
        for (method, op) in item.as_object().expect("path item") {
            let Ok(method) = method.to_ascii_uppercase().parse::<Method>() else {
                continue;
            };
            let takes_query = op["parameters"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| p["in"] == "query"));
            if takes_query
                || template.starts_with("/apidocs")
                || method == Method::HEAD
                || method == Method::OPTIONS
            {
                continue;
            }
            // Every path parameter as `x`: the query is checked before anything is looked up.
            let mut path = String::new();
            let mut in_param = false;
            for c in template.chars() {
                match c {
                    '{' => in_param = true,
                    '}' => {
                        in_param = false;
                        path.push('x');
                    }
                    _ if in_param => {}
                    _ => path.push(c),
                }
            }
            let url = format!("{path}?zz=1");
            let r = server
                .request(method.clone(), &url)
                .send()
                .await
                .expect("send");
            let status = r.status();
            let text = r.text().await.expect("body");
            assert_eq!(status, 400, "{method} {url} ({template}): {text}");
            let body: mothership::protocol::ErrorBody =
                serde_json::from_str(&text).expect("error body");
            assert_eq!(body.error.code, "invalid_parameter", "{method} {url}");
            assert!(
                body.error.message.contains("zz"),
                "{method} {url}: {}",
                body.error.message
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} routes checked");
}

/// Request bodies are JSON objects; a wrong type, a `null` for a field that cannot be cleared,
/// or a positional array is a `422 invalid_field` naming the field in JSON terms (no Rust type
/// names), text that is not JSON a `400`; an empty `PATCH` changes nothing, `updated` included.
#[tokio::test]
async fn bodies_are_objects_and_mistakes_name_the_field() {
    let server = TestServer::start().await;
    let nacl: Value = server
        .request(Method::POST, "/v1/nacls")
        .json(&json!({"name": "web", "content": "Iface eth0 { index: 0, config: dhcp }"}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("nacl");
    let cases: Vec<(Method, &str, Value, &str)> = vec![
        (
            Method::POST,
            "/v1/nacls",
            json!(["other", "content"]),
            "not an array",
        ),
        (
            Method::POST,
            "/v1/nacls",
            json!({"name": "other"}),
            "missing field `content`",
        ),
        (
            Method::POST,
            "/v1/nacls",
            json!({"name": 5, "content": ""}),
            "invalid field name",
        ),
        (
            Method::PATCH,
            "/v1/nacls/web",
            json!({"name": null}),
            "invalid field name",
        ),
        (
            Method::PATCH,
            "/v1/nacls/web",
            json!({"content": ["a"]}),
            "invalid field content",
        ),
        (
            Method::PATCH,
            "/v1/nacls/web",
            json!([{"name": "x"}]),
            "not an array",
        ),
        (
            Method::PATCH,
            "/v1/uplinks/default",
            json!({"index": true}),
            "invalid field index",
        ),
        (
            Method::PATCH,
            "/v1/uplinks/default",
            json!({"url": null}),
            "invalid field url",
        ),
        (
            Method::PATCH,
            "/v1/uplinks/default",
            json!({"verify": "yes"}),
            "invalid field verify",
        ),
        (
            Method::POST,
            "/v1/webhooks",
            json!({"url": 1}),
            "invalid field url",
        ),
        // Renamed fields (issue 12) say their new name, before any lookup or engine.
        (
            Method::POST,
            "/v1/images/build/services/Starbase/builders/f26237a6412f",
            json!({"nacl": "web"}),
            "`nacl` is now `nacl_id`",
        ),
        (
            Method::POST,
            "/v1/images/build/services/Starbase/builders/f26237a6412f",
            json!({"nacl_content": "x", "uplink": "default"}),
            "`uplink` is now `uplink_id`",
        ),
        (
            Method::POST,
            "/v1/instances/3057fb31-0000-4000-8000-e7d8aae25cb7/upgrade",
            json!({"builder": "f26237a6412f"}),
            "`builder` is now `builder_id`",
        ),
    ];
    for (method, path, body, says) in cases {
        let r = server
            .request(method.clone(), path)
            .json(&body)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), 422, "{method} {path} {body}");
        let e: mothership::protocol::ErrorBody = r.json().await.expect("error body");
        assert_eq!(e.error.code, "invalid_field", "{method} {path} {body}");
        let message = &e.error.message;
        assert!(message.contains(says), "{method} {path} {body}: {message}");
        for rust in [
            "untagged",
            "struct ",
            "UplinkIndex",
            "DocumentUpdate",
            "Option",
            "u32",
        ] {
            assert!(!message.contains(rust), "{method} {path} {body}: {message}");
        }
    }
    let r = server
        .request(Method::POST, "/v1/nacls")
        .header("content-type", "application/json")
        .body("name=other")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 400);
    let e: mothership::protocol::ErrorBody = r.json().await.expect("error body");
    assert!(
        e.error.message.contains("not valid JSON"),
        "{}",
        e.error.message
    );

    // An empty PATCH, or one that sets what is there, writes nothing.
    for body in [json!({}), json!({"name": "web"})] {
        let r = server
            .request(Method::PATCH, "/v1/nacls/web")
            .json(&body)
            .send()
            .await
            .expect("patch");
        assert_eq!(r.status(), 200, "{body}");
        let after: Value = r.json().await.expect("nacl");
        assert_eq!(after, nacl, "{body}");
    }
}
