//! `mothership uplinks list|create|show|update|delete`.

use crate::cli::content::{
    ListArgs, UplinkIdArg, UplinkOptionArgs, UplinkShowArgs, UplinkUpdateArgs, UplinksCommand,
};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::client::output::{print_fields, print_item, print_list};
use crate::client::paging::{date, fetch_all};
use crate::client::{ApiClient, connect};
use crate::protocol::routes;
use crate::protocol::uplinks::{
    Uplink, UplinkCreate, UplinkIndex, UplinkOptions, UplinkToken, UplinkUpdate,
};

pub async fn run(global: &GlobalArgs, command: UplinksCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let format = settings.output;
    match command {
        UplinksCommand::List(args) => list(&client, format, &args).await,
        UplinksCommand::Create(args) => {
            let body = UplinkCreate {
                name: args.name.clone(),
                url: args.url.clone(),
                token: args.token.clone(),
                options: options(&args.options, read_ca(&args.options)?),
            };
            let uplink: Uplink = client
                .send_json(
                    client
                        .request(reqwest::Method::POST, routes::UPLINKS)
                        .json(&body),
                )
                .await?;
            print_one(format, &uplink, "Created ")
        }
        UplinksCommand::Show(UplinkShowArgs { id, token }) => {
            let mut uplink = get(&client, &id).await?;
            if token {
                let shown: UplinkToken = client
                    .get_json(&format!("{}/token", path(&uplink.id)))
                    .await?;
                uplink.token = shown.token;
            }
            print_one(format, &uplink, "")
        }
        UplinksCommand::Update(args) => {
            let body = update(&args, read_ca(&args.options)?);
            let uplink: Uplink = client
                .send_json(
                    client
                        .request(reqwest::Method::PATCH, &path(&args.id))
                        .json(&body),
                )
                .await?;
            print_one(format, &uplink, "Updated ")
        }
        UplinksCommand::Delete(UplinkIdArg { id }) => {
            let uplink = get(&client, &id).await?;
            client
                .send(client.request(reqwest::Method::DELETE, &path(&uplink.id)))
                .await?;
            print_item(format, &uplink, &uplink.id, || {
                println!("Deleted uplink {} ({})", uplink.name, uplink.id);
                Ok(())
            })
        }
    }
}

fn path(key: &str) -> String {
    routes::path(routes::UPLINK, &[key])
}

async fn get(client: &ApiClient, key: &str) -> anyhow::Result<Uplink> {
    client.get_json(&path(key)).await
}

fn index(raw: &str) -> UplinkIndex {
    raw.parse::<u32>()
        .map(UplinkIndex::Number)
        .unwrap_or_else(|_| UplinkIndex::Name(raw.to_owned()))
}

/// The `--ca` file's text, when one is given.
fn read_ca(a: &UplinkOptionArgs) -> anyhow::Result<Option<String>> {
    use anyhow::Context;
    a.ca.as_deref()
        .map(|path| {
            std::fs::read_to_string(path).with_context(|| {
                format!(
                    "failed to read the CA certificate file {} (--ca takes a PEM file)",
                    path.display()
                )
            })
        })
        .transpose()
}

fn options(a: &UplinkOptionArgs, ca: Option<String>) -> UplinkOptions {
    UplinkOptions {
        index: a.index.as_deref().map(index),
        tag: a.tag.clone(),
        certs: a.certs.clone(),
        verify: a.verify,
        reboot: a.reboot,
        ws_logging: a.ws_logging,
        serialize_ct: a.serialize_ct,
        send_stats: a.send_stats,
        ca,
    }
}

fn update(a: &UplinkUpdateArgs, ca: Option<String>) -> UplinkUpdate {
    let o = &a.options;
    let cleared = |key: &str| a.clear.iter().any(|c| c == key);
    // A value given sets it, --clear KEY sends null, neither leaves it out.
    fn pick<T>(value: Option<T>, clear: bool) -> Option<Option<T>> {
        match (value, clear) {
            (Some(v), _) => Some(Some(v)),
            (None, true) => Some(None),
            (None, false) => None,
        }
    }
    UplinkUpdate {
        name: a.name.clone(),
        url: a.url.clone(),
        token: a.token.clone(),
        index: pick(o.index.as_deref().map(index), cleared("index")),
        tag: pick(o.tag.clone(), cleared("tag")),
        certs: pick(o.certs.clone(), cleared("certs")),
        verify: pick(o.verify, cleared("verify")),
        reboot: pick(o.reboot, cleared("reboot")),
        ws_logging: pick(o.ws_logging, cleared("ws_logging")),
        serialize_ct: pick(o.serialize_ct, cleared("serialize_ct")),
        send_stats: pick(o.send_stats, cleared("send_stats")),
        ca: pick(ca, cleared("ca")),
    }
}

async fn list(client: &ApiClient, format: OutputFormat, args: &ListArgs) -> anyhow::Result<()> {
    let uplinks: Vec<Uplink> = fetch_all(client, routes::UPLINKS, args).await?;
    print_list(
        format,
        &uplinks,
        |u| &u.id,
        &["ID", "NAME", "URL", "CREATED", "WARNING"],
        |u| {
            vec![
                u.id.clone(),
                u.name.clone(),
                u.url.clone(),
                date(&u.created),
                if u.problems.is_empty() {
                    "-".into()
                } else {
                    "instances cannot use this url".into()
                },
            ]
        },
    )?;
    if format == OutputFormat::Table {
        for u in uplinks.iter().filter(|u| !u.problems.is_empty()) {
            eprintln!(
                "warning: uplink {} ({}): {}",
                u.name,
                u.id,
                u.problems.join("; ")
            );
        }
    }
    Ok(())
}

fn print_one(format: OutputFormat, u: &Uplink, verb: &str) -> anyhow::Result<()> {
    print_item(format, u, &u.id, || print_uplink_fields(u, verb))
}

/// An uplink for people, after `{verb}uplink NAME (ID)` when `verb` is given.
fn print_uplink_fields(u: &Uplink, verb: &str) -> anyhow::Result<()> {
    if !verb.is_empty() {
        println!("{verb}uplink {} ({})", u.name, u.id);
    }
    let o = &u.options;
    let show = |v: Option<String>| v.unwrap_or_else(|| "(instance default)".into());
    let mut fields = vec![
        ("ID", u.id.clone()),
        ("Name", u.name.clone()),
        ("URL", u.url.clone()),
        (
            "Warning",
            if u.problems.is_empty() {
                "-".into()
            } else {
                u.problems.join("; ")
            },
        ),
        (
            "Token",
            if u.token.is_empty() {
                "(hidden: uplinks show --token shows it)".into()
            } else {
                u.token.clone()
            },
        ),
        ("Created", date(&u.created)),
        ("Index", show(o.index.as_ref().map(ToString::to_string))),
        ("Tag", show(o.tag.clone())),
        ("Certs", show(o.certs.clone())),
        ("Verify", show(o.verify.map(|v| v.to_string()))),
        ("Reboot", show(o.reboot.map(|v| v.to_string()))),
        ("WS logging", show(o.ws_logging.map(|v| v.to_string()))),
        ("Serialize CT", show(o.serialize_ct.map(|v| v.to_string()))),
        ("Send stats", show(o.send_stats.map(|v| format!("{v} ms")))),
    ];
    if let Some(fp) = &u.presented_certificate {
        fields.push(("Server certificate", fp.clone()));
    }
    print_fields(&fields)
}
