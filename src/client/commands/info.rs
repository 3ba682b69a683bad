//! `mothership info`: the server's name, version and uptime.

use crate::cli::GlobalArgs;
use crate::client::connect;
use crate::client::output::{print_fields, print_item};
use crate::protocol::Info;

pub async fn run(global: &GlobalArgs) -> anyhow::Result<()> {
    let (settings, client) = connect(global)?;
    let info: Info = client.get_json("/v1/info").await?;
    // A server has no ID; its name stands in for one.
    print_item(settings.output, &info, &info.name, || {
        print_fields(&[
            ("Name", info.name.clone()),
            ("Server", client.base().to_owned()),
            ("Version", info.version.clone()),
            ("API version", info.api_version.clone()),
            ("Uptime", format_duration(info.uptime_secs)),
        ])
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
