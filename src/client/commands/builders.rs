//! `mothership builders list|inspect|delete`.

use crate::cli::{BuildersCommand, GlobalArgs, OutputFormat};
use crate::client::commands::bobs::segment;
use crate::client::output::{print_fields, print_machine, print_table};
use crate::client::{ApiClient, Settings};
use crate::protocol::builders::Builder;

pub async fn run(global: &GlobalArgs, cmd: BuildersCommand) -> anyhow::Result<()> {
    let settings = Settings::resolve(global)?;
    let client = ApiClient::new(&settings)?;
    match cmd {
        BuildersCommand::List => {
            let list: Vec<Builder> = client.get_json("/v1/builders").await?;
            if print_machine(settings.output, &list)? {
                return Ok(());
            }
            if settings.output == OutputFormat::Id {
                list.iter().for_each(|b| println!("{}", b.id));
                return Ok(());
            }
            let rows = list
                .iter()
                .map(|b| {
                    vec![
                        b.id.clone(),
                        b.version.clone(),
                        b.build_date.clone(),
                        b.provider_id.clone(),
                        b.services.join(","),
                        b.tags.join(","),
                    ]
                })
                .collect::<Vec<_>>();
            print_table(
                &[
                    "ID",
                    "VERSION",
                    "BUILD DATE",
                    "PROVIDER",
                    "SERVICES",
                    "TAGS",
                ],
                &rows,
            )
        }
        BuildersCommand::Inspect { id } => {
            let b: Builder = client
                .get_json(&format!("/v1/builders/{}", segment(&id)))
                .await?;
            if print_machine(settings.output, &b)? {
                return Ok(());
            }
            if settings.output == OutputFormat::Id {
                println!("{}", b.id);
                return Ok(());
            }
            print_fields(&[
                ("ID", b.id.clone()),
                ("Name", b.name.clone()),
                ("Version", b.version.clone()),
                ("VCS ref", b.vcs_ref.clone()),
                ("Build date", b.build_date.clone()),
                ("Provider", b.provider_id.clone()),
                ("Services", b.services.join(", ")),
                ("Tags", b.tags.join(", ")),
                ("Size", format!("{} bytes", b.size)),
                ("Created", b.created.clone().unwrap_or_default()),
            ])
        }
        BuildersCommand::Delete { id } => {
            let response = client
                .send(client.request(
                    reqwest::Method::DELETE,
                    &format!("/v1/builders/{}", segment(&id)),
                ))
                .await?;
            let b: Builder = response.json().await?;
            if !print_machine(settings.output, &b)? {
                println!("Deleted builder {} ({})", b.id, b.version);
            }
            Ok(())
        }
    }
}
