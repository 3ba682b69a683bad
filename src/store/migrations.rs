//! Versioned schema changes. Each step has a unique name and runs once, in list order, inside a
//! transaction; the names applied are recorded. A database holding a step this binary does not
//! know was written by a newer version and is refused.
//!
//! To change the schema, append a step; never edit one that has shipped.

use std::path::Path;

use rusqlite::Connection;

use super::StoreError;

/// One schema step.
pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every step, in order. Modules append theirs here.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        name: "0001_meta",
        sql: "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    },
    Migration {
        name: "0002_uplinks",
        sql: super::uplinks::SCHEMA,
    },
    Migration {
        name: "0002_nacls",
        sql: super::nacls::SCHEMA,
    },
    Migration {
        name: "0002_snippets",
        sql: super::snippets::SCHEMA,
    },
    Migration {
        name: "0002_images",
        sql: super::images::SCHEMA,
    },
    Migration {
        name: "0003_instances",
        sql: super::instances::MIGRATION,
    },
    Migration {
        name: "0005_builders",
        sql: super::builders::MIGRATION_SQL,
    },
    Migration {
        name: "0004_deploys",
        sql: super::deploys::SCHEMA,
    },
    Migration {
        name: "0006_upgrades",
        sql: super::upgrades::SCHEMA,
    },
    Migration {
        name: "0007_instance_conflicts",
        sql: super::instances::CONFLICTS_MIGRATION,
    },
    Migration {
        name: "0008_images_trusted_certificate",
        sql: super::images::TRUSTED_CERTIFICATE,
    },
    Migration {
        name: "0009_services",
        sql: super::services::SCHEMA,
    },
    Migration {
        name: "0010_instances_by_auth_id",
        sql: super::instances::AUTH_ID_INDEX,
    },
    Migration {
        name: "0011_instance_uplink_binding",
        sql: super::instances::BINDING_MIGRATION,
    },
    Migration {
        name: "0012_webhooks_audit",
        sql: super::webhooks::SCHEMA,
    },
    Migration {
        name: "0013_uplinks_updated",
        sql: super::uplinks::UPDATED_MIGRATION,
    },
    Migration {
        name: "0014_instance_auto_redeploy",
        sql: super::instances::AUTO_REDEPLOY_MIGRATION,
    },
    Migration {
        name: "0015_rollouts",
        sql: super::rollouts::SCHEMA,
    },
    Migration {
        name: "0016_desired",
        sql: super::desired::SCHEMA,
    },
];

pub(super) fn apply(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             name TEXT PRIMARY KEY,
             applied_at INTEGER NOT NULL
         );",
    )?;
    let applied: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM schema_migrations")?;
        stmt.query_map([], |row| row.get::<_, String>(0))?
            .collect::<Result<_, _>>()?
    };
    if let Some(unknown) = applied
        .iter()
        .find(|name| !MIGRATIONS.iter().any(|m| m.name == name.as_str()))
    {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            migration: unknown.clone(),
        });
    }
    for m in MIGRATIONS {
        if applied.iter().any(|a| a == m.name) {
            continue;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(m.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES (?1, strftime('%s','now'))",
            [m.name],
        )?;
        tx.commit()?;
    }
    Ok(())
}
