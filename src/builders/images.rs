//! Builders as the engine has them: images carrying the builder label. Listing, lookup by id,
//! removal, and the pull that turns a bob into a builder.

use std::collections::{HashMap, HashSet};

use bollard::models::ImageSummary;
use bollard::query_parameters::{
    CreateImageOptions, ListContainersOptions, ListImagesOptions, RemoveImageOptions,
    TagImageOptions,
};
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::contract::engine_error;
use super::{
    BUILDER_LABEL, BuildersError, Engine, build_date_of, classic, is_builder, schema_label,
    services_of, short_id, vcs_ref_of,
};
use crate::protocol::builders::{Builder, BuilderContract, PrepareEvent};

/// A builder and its full engine image id.
#[derive(Debug, Clone)]
pub struct EngineBuilder {
    pub builder: Builder,
    pub full_id: String,
    pub labels: HashMap<String, String>,
}

/// Every builder image on the engine (either spelling of the builder label), with the contract
/// each follows. `hub_ids` are the bob ids the DockerHub provider knows: a builder with one of
/// them came from there, any other is `Local`.
pub async fn list(
    engine: &Engine,
    hub_ids: &HashSet<String>,
) -> Result<Vec<EngineBuilder>, BuildersError> {
    let docker = engine.docker().await?;
    // The engine filters on one label value at a time: ask for the key, check the value here.
    let filters = HashMap::from([("label".to_owned(), vec![BUILDER_LABEL.to_owned()])]);
    let images = docker
        .list_images(Some(ListImagesOptions {
            filters: Some(filters),
            ..Default::default()
        }))
        .await
        .map_err(|e| engine_error(engine, "list images", e))?;
    let mut builders: Vec<EngineBuilder> = images
        .into_iter()
        .filter(|image| is_builder(&image.labels))
        .map(|image| from_summary(image, hub_ids))
        .collect();
    for b in &mut builders {
        if b.builder.contract == BuilderContract::Mothership {
            continue;
        }
        b.builder.contract = classic::contract_of(engine, &docker, &b.full_id).await;
        if b.builder.contract == BuilderContract::Classic {
            b.builder.services = vec![classic::STARBASE.to_owned()];
        }
    }
    builders.sort_by(|a, b| {
        b.builder
            .build_date
            .cmp(&a.builder.build_date)
            // Two images of one build date (a builder re-made locally): the newer first.
            .then_with(|| b.builder.created.cmp(&a.builder.created))
            .then_with(|| a.builder.id.cmp(&b.builder.id))
    });
    Ok(builders)
}

fn from_summary(image: ImageSummary, hub_ids: &HashSet<String>) -> EngineBuilder {
    let id = short_id(&image.id);
    let label = |key: &str| schema_label(&image.labels, key).unwrap_or_default();
    let services = services_of(&image.labels);
    let builder = Builder {
        provider_id: if hub_ids.contains(&id) {
            "DockerHub".into()
        } else {
            "Local".into()
        },
        name: label("name"),
        version: label("version"),
        vcs_ref: vcs_ref_of(&image.labels),
        build_date: build_date_of(&image.labels),
        contract: if image.labels.contains_key(super::SERVICES_LABEL) {
            BuilderContract::Mothership
        } else {
            BuilderContract::Unknown
        },
        services,
        tags: image
            .repo_tags
            .iter()
            .filter(|t| t.as_str() != "<none>:<none>")
            .cloned()
            .collect(),
        size: image.size,
        created: time::OffsetDateTime::from_unix_timestamp(image.created)
            .ok()
            .map(crate::protocol::timestamp::format),
        id,
    };
    EngineBuilder {
        builder,
        full_id: image.id,
        labels: image.labels,
    }
}

/// The builder `id` (12 hex digits or more of its image id), or 404 naming it.
pub async fn find(
    engine: &Engine,
    id: &str,
    hub_ids: &HashSet<String>,
) -> Result<EngineBuilder, BuildersError> {
    let wanted = id
        .strip_prefix("sha256:")
        .unwrap_or(id)
        .to_ascii_lowercase();
    if wanted.len() >= 12 {
        for b in list(engine, hub_ids).await? {
            if b.full_id.trim_start_matches("sha256:").starts_with(&wanted) {
                return Ok(b);
            }
        }
    }
    Err(BuildersError::Unknown(format!(
        "no builder with id {id:?} on the Docker engine at {}: see `mothership builders list`, \
         or prepare one with `mothership bobs prepare`",
        engine.host()
    )))
}

/// Removes a builder image from the engine unless a container uses it.
pub async fn delete(engine: &Engine, builder: &EngineBuilder) -> Result<(), BuildersError> {
    let docker = engine.docker().await?;
    let filters = HashMap::from([("ancestor".to_owned(), vec![builder.full_id.clone()])]);
    let users = docker
        .list_containers(Some(ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..Default::default()
        }))
        .await
        .map_err(|e| engine_error(engine, "list containers", e))?;
    if !users.is_empty() {
        let names: Vec<String> = users
            .iter()
            .filter_map(|c| c.names.as_ref().and_then(|n| n.first().cloned()))
            .collect();
        return Err(BuildersError::WrongState(format!(
            "builder {} is in use by container(s) {}: wait for the build to finish or remove \
             them first",
            builder.builder.id,
            names.join(", ")
        )));
    }
    // Force: an image with several tags is otherwise refused; no container uses it (above).
    docker
        .remove_image(
            &builder.full_id,
            Some(RemoveImageOptions {
                force: true,
                ..Default::default()
            }),
            None,
        )
        .await
        .map_err(|e| engine_error(engine, &format!("remove image {}", builder.builder.id), e))?;
    Ok(())
}

/// Pulls `reference@digest`, tags it `reference:tag` for each tag, and checks it became the
/// image `expected_id`. Progress goes to `events`; the caller sends the final line.
pub async fn pull(
    engine: &Engine,
    reference: &str,
    digest: &str,
    tags: &[String],
    expected_id: &str,
    events: &mpsc::Sender<PrepareEvent>,
) -> Result<(), BuildersError> {
    let docker = engine.docker().await?;
    let mut stream = docker.create_image(
        Some(CreateImageOptions {
            from_image: Some(reference.to_owned()),
            tag: Some(digest.to_owned()),
            ..Default::default()
        }),
        None,
        None,
    );
    let action = format!("pull {reference}@{digest}");
    while let Some(item) = stream.next().await {
        let info = item.map_err(|e| engine_error(engine, &action, e))?;
        if let Some(detail) = info.error_detail.and_then(|d| d.message) {
            return Err(BuildersError::Engine {
                host: engine.host().to_owned(),
                action,
                detail,
            });
        }
        let progress = info.progress_detail.unwrap_or_default();
        // A closed receiver means the client left; the pull goes on regardless.
        let _ = events
            .send(PrepareEvent {
                layer: info.id,
                status: info.status.unwrap_or_default(),
                current: progress.current,
                total: progress.total,
                ..Default::default()
            })
            .await;
    }
    let pulled = format!("{reference}@{digest}");
    let inspect = docker
        .inspect_image(&pulled)
        .await
        .map_err(|e| engine_error(engine, &format!("inspect {pulled}"), e))?;
    let id = short_id(inspect.id.as_deref().unwrap_or_default());
    if id != expected_id {
        return Err(BuildersError::WrongState(format!(
            "{pulled} is image {id}, not the bob {expected_id} the provider listed: run \
             `mothership bobproviders update` and prepare again"
        )));
    }
    for tag in tags {
        docker
            .tag_image(
                &pulled,
                Some(TagImageOptions {
                    repo: Some(reference.to_owned()),
                    tag: Some(tag.clone()),
                }),
            )
            .await
            .map_err(|e| engine_error(engine, &format!("tag {pulled} as {reference}:{tag}"), e))?;
    }
    Ok(())
}
