//! `mothership info`: the server's name, version, uptime and uplink port.

use crate::cli::GlobalArgs;
use crate::client::connect;
use crate::client::output::{print_fields, print_item};
use crate::protocol::Info;
use crate::protocol::routes;

pub async fn run(global: &GlobalArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let info: Info = client.get_json(routes::INFO).await?;
    // A server has no ID; its name stands in for one.
    print_item(settings.output, &info, &info.name, || {
        let mut fields = vec![
            ("Name", info.name.clone()),
            ("Server", client.base().to_owned()),
            ("Version", info.version.clone()),
            ("API version", info.api_version.clone()),
            ("Uptime", format_duration(info.uptime_secs)),
        ];
        if let Some(uplink) = &info.uplink {
            fields.push(("Uplink port", uplink.port.to_string()));
            fields.push(("Uplink TLS", uplink.tls.clone()));
            if let Some(fp) = &uplink.certificate_fingerprint {
                fields.push(("Uplink certificate", fp.clone()));
            }
        }
        print_fields(&fields)
    })
}

/// `3d 4h 5m 6s`, leaving out leading zero units.
pub fn format_duration(secs: u64) -> String {
    let (d, h, m, s) = (secs / 86400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    if d > 0 {
        format!("{d}d {h}h {m}m {s}s")
    } else if h > 0 {
        format!("{h}h {m}m {s}s")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    }
}
