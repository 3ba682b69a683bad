//! `mothership builders list|inspect|delete`.

use crate::cli::{BuildersCommand, GlobalArgs};
use crate::client::connect;
use crate::client::output::{print_fields, print_item, print_list, unknown};
use crate::client::paging::fetch_every;
use crate::protocol::builders::Builder;
use crate::protocol::routes;

pub async fn run(global: &GlobalArgs, cmd: BuildersCommand) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    match cmd {
        BuildersCommand::List => {
            let list: Vec<Builder> = fetch_every(&client, routes::BUILDERS).await?;
            print_list(
                settings.output,
                &list,
                |b| &b.id,
                &[
                    "ID",
                    "VERSION",
                    "BUILD DATE",
                    "PROVIDER",
                    "CONTRACT",
                    "SERVICES",
                    "TAGS",
                ],
                |b| {
                    vec![
                        b.id.clone(),
                        b.version.clone(),
                        unknown(&b.build_date),
                        b.provider_id.clone(),
                        b.contract.as_str().to_owned(),
                        b.services.join(","),
                        b.tags.join(","),
                    ]
                },
            )
        }
        BuildersCommand::Inspect { id } => {
            let b: Builder = client
                .get_json(&routes::path(routes::BUILDER, &[&id]))
                .await?;
            print_item(settings.output, &b, &b.id, || {
                print_fields(&[
                    ("ID", b.id.clone()),
                    ("Name", b.name.clone()),
                    ("Version", b.version.clone()),
                    ("VCS ref", unknown(&b.vcs_ref)),
                    ("Build date", unknown(&b.build_date)),
                    ("Provider", b.provider_id.clone()),
                    ("Contract", b.contract.describe().to_owned()),
                    ("Services", b.services.join(", ")),
                    ("Tags", b.tags.join(", ")),
                    ("Size", format!("{} bytes", b.size)),
                    ("Created", b.created.clone().unwrap_or_default()),
                ])
            })
        }
        BuildersCommand::Delete { id } => {
            let b: Builder = client
                .send_json(client.request(
                    reqwest::Method::DELETE,
                    &routes::path(routes::BUILDER, &[&id]),
                ))
                .await?;
            print_item(settings.output, &b, &b.id, || {
                println!("Deleted builder {} ({})", b.id, b.version);
                Ok(())
            })
        }
    }
}
